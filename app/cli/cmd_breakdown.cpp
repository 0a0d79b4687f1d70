#include "commands.h"
#include "metricoptions.h"

#include "metrics/kpiengine.h"
#include "metrics/kpisupport.h"
#include "util/csvwriter.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace revalign::cli {

namespace {
struct ByOption {
    const char* name;
    Dimension dimension;
    const char* defaultMetric;
};
// Marketing's slices rank by MQLs, sales' by bookings, unless --metric says otherwise.
const ByOption kBy[] = {
    {"owner", Dimension::Owner, "bookings"},
    {"manager", Dimension::Manager, "bookings"}, // the owner's direct manager
    {"region", Dimension::Region, "bookings"},
    {"team", Dimension::Team, "bookings"},
    {"deal-stage", Dimension::DealStage, "bookings"},
    {"channel", Dimension::Channel, "mqls"},
    {"campaign", Dimension::Campaign, "mqls"},
    {"persona", Dimension::Persona, "mqls"},
    {"segment", Dimension::Segment, "bookings"},
};

// The fixed columns every row carries (JSON name, value key, unit), before the other KPIs.
struct Column {
    const char* name;
    const char* key;
    KpiUnit unit;
};
const Column kFixed[] = {
    {"opportunities", "opportunities_created", KpiUnit::Count},
    {"open_opportunities", "open_opportunities", KpiUnit::Count},
    {"open_pipeline", "open_pipeline", KpiUnit::Money},
    {"won", "won_count", KpiUnit::Count},
    {"lost", "lost_count", KpiUnit::Count},
    {"bookings", "bookings", KpiUnit::Money},
    {"win_rate", "win_rate", KpiUnit::Ratio},
};

std::optional<double> valueOf(const BreakdownRow& row, const QString& key) {
    const auto it = row.values.find(key);
    return it == row.values.end() ? std::nullopt : it->second;
}

// The unit of a KPI or of one of the parts.
std::optional<KpiUnit> unitOf(const FactTable& f, const QString& key) {
    for (const KpiDefinition& def : f.kpis)
        if (def.key == key)
            return def.unit;
    for (const Column& c : kFixed)
        if (key == QLatin1String(c.key))
            return c.unit;
    if (key == u"mqls_accepted" || key == u"mqls_rejected" || key == u"mqls_pending")
        return KpiUnit::Count;
    if (key == u"campaign_cost")
        return KpiUnit::Money;
    return std::nullopt;
}

// The other KPIs: every registry KPI not already among the fixed columns.
std::vector<const KpiDefinition*> otherKpis(const FactTable& f) {
    std::vector<const KpiDefinition*> out;
    for (const KpiDefinition& def : f.kpis)
        if (std::none_of(std::begin(kFixed), std::end(kFixed),
                         [&](const Column& c) { return def.key == QLatin1String(c.key); }))
            out.push_back(&def);
    return out;
}

QString cell(std::optional<double> v, KpiUnit unit) {
    const QJsonValue j = jsonNumber(v, unit);
    if (j.isNull())
        return QString();
    return unit == KpiUnit::Count ? QString::number(j.toInteger()) : QString::number(j.toDouble(), 'g', 12);
}
} // namespace

int cmdBreakdown(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("breakdown WORKSPACE"), QStringLiteral("a workspace file"));
    addMetricOptions(parser);
    parser.addOption(
        {QStringLiteral("by"),
         QStringLiteral("owner, manager, region, team, deal-stage, channel, campaign, persona or "
                        "segment."),
         QStringLiteral("DIMENSION")});
    parser.addOption({QStringLiteral("metric"),
                      QStringLiteral("The KPI the rows are sorted by, largest first (default: mqls for "
                                     "channel, campaign and persona; bookings otherwise)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Print CSV, one row per value.")});
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    MetricQuery query;
    if (!readMetricQuery(parser, io, query))
        return BadUsage;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (json && parser.isSet(QStringLiteral("csv"))) {
        io.err << "revalign-cli breakdown: choose one of --json and --csv\n";
        return BadUsage;
    }
    const QString byText = parser.value(QStringLiteral("by"));
    const auto by = std::find_if(std::begin(kBy), std::end(kBy),
                                 [&](const ByOption& b) { return byText == QLatin1String(b.name); });
    if (by == std::end(kBy)) {
        io.err
            << "revalign-cli breakdown: --by '" << byText
            << "' must be owner, manager, region, team, deal-stage, channel, campaign, persona or segment\n";
        return BadUsage;
    }
    const QString path = parser.positionalArguments().at(1);
    const FactSnapshot facts = loadSnapshot(path);
    const QString metric = parser.isSet(QStringLiteral("metric")) ? parser.value(QStringLiteral("metric"))
                                                                  : QString::fromLatin1(by->defaultMetric);
    const std::optional<KpiUnit> metricUnit = unitOf(*facts, metric);
    if (!metricUnit) {
        QStringList keys;
        for (const KpiDefinition& def : facts->kpis)
            keys << def.key;
        io.err << "revalign-cli breakdown: --metric '" << metric << "' is not a KPI (" << keys.join(u", ")
               << ")\n";
        return BadUsage;
    }
    // Without an owner hierarchy every record would fall under one "(none)" row: a roll-up of nothing.
    if ((by->dimension == Dimension::Manager || by->dimension == Dimension::Region) &&
        facts->dictionary(by->dimension).size() <= 1)
        throw Error(QStringLiteral("%1: --by %2 needs the owner hierarchy (each owner's manager and region), "
                                   "which this workspace does not have: import the CRM's users or a list "
                                   "of owners with their manager and region")
                        .arg(path, byText));
    completeRange(*facts, query);
    std::vector<BreakdownRow> rows;
    try {
        rows = computeBreakdown(*facts, query, by->dimension);
    } catch (const Error& e) {
        throw Error(path + QStringLiteral(": ") + e.message());
    }
    // Largest first; n/a last; ties by key so the order is stable.
    std::stable_sort(rows.begin(), rows.end(), [&](const BreakdownRow& a, const BreakdownRow& b) {
        const auto va = valueOf(a, metric), vb = valueOf(b, metric);
        if (va.has_value() != vb.has_value())
            return va.has_value();
        if (va && *va != *vb)
            return *va > *vb;
        return a.key < b.key;
    });
    const std::vector<const KpiDefinition*> others = otherKpis(*facts);

    if (parser.isSet(QStringLiteral("csv"))) {
        QStringList header{byText, QStringLiteral("name"), QStringLiteral("value")};
        for (const Column& c : kFixed)
            header << QString::fromLatin1(c.name);
        for (const KpiDefinition* def : others)
            header << def->key;
        const auto line = [&](const QStringList& fields) {
            QStringList escaped;
            for (const QString& f : fields)
                escaped << CsvWriter::escapeField(f); // neutralised: names come from the CRM
            io.out << escaped.join(u',') << '\n';
        };
        line(header);
        for (const BreakdownRow& row : rows) {
            QStringList fields{row.key, row.name, cell(valueOf(row, metric), *metricUnit)};
            for (const Column& c : kFixed)
                fields << cell(valueOf(row, QString::fromLatin1(c.key)), c.unit);
            for (const KpiDefinition* def : others)
                fields << cell(valueOf(row, def->key), def->unit);
            line(fields);
        }
        return Success;
    }
    if (!json) {
        io.out << "Breakdown by " << byText << ", sorted by " << metric << ' '
               << (query.allTime
                       ? QStringLiteral("(all time)")
                       : isoOrNull(effectiveRange(*facts, query).from).toString() + QStringLiteral(" … ") +
                             isoOrNull(effectiveRange(*facts, query).to).toString())
               << '\n';
        io.out << "  " << qSetFieldWidth(32) << Qt::left << byText << qSetFieldWidth(14) << Qt::right
               << metric << "opportunities"
               << "won"
               << "bookings"
               << "win rate"
               << "open pipeline" << qSetFieldWidth(0) << '\n';
        for (const BreakdownRow& row : rows) {
            const auto show = [&](const char* key, KpiUnit unit) {
                const QString c = cell(valueOf(row, QString::fromLatin1(key)), unit);
                return c.isEmpty() ? QStringLiteral("n/a") : c;
            };
            const QString v = cell(valueOf(row, metric), *metricUnit);
            io.out << "  " << qSetFieldWidth(32) << Qt::left << row.name.left(31) << qSetFieldWidth(14)
                   << Qt::right << (v.isEmpty() ? QStringLiteral("n/a") : v)
                   << show("opportunities_created", KpiUnit::Count) << show("won_count", KpiUnit::Count)
                   << show("bookings", KpiUnit::Money) << show("win_rate", KpiUnit::Ratio)
                   << show("open_pipeline", KpiUnit::Money) << qSetFieldWidth(0) << '\n';
        }
        return Success;
    }
    QJsonArray out;
    for (const BreakdownRow& row : rows) {
        QJsonObject o{{QStringLiteral("key"), row.key},
                      {QStringLiteral("value"), jsonNumber(valueOf(row, metric), *metricUnit)}};
        if (row.name != row.key)
            o.insert(QStringLiteral("name"), row.name);
        for (const Column& c : kFixed)
            o.insert(QString::fromLatin1(c.name),
                     jsonNumber(valueOf(row, QString::fromLatin1(c.key)), c.unit));
        for (const KpiDefinition* def : others)
            o.insert(def->key, jsonNumber(valueOf(row, def->key), def->unit));
        o.insert(QStringLiteral("forecast"), forecastJson(row.forecast));
        out.append(o);
    }
    // Why a KPI is null in every row: what the workspace's data cannot support.
    QJsonObject reasons;
    for (const KpiDefinition& def : facts->kpis)
        if (const QString r = unsupportedReason(*facts, def.key, query.filters); !r.isEmpty())
            reasons.insert(def.key, r);
    const DateRange range = effectiveRange(*facts, query);
    const QJsonObject root{{QStringLiteral("by"), byText},
                           {QStringLiteral("metric"), metric},
                           {QStringLiteral("from"), isoOrNull(range.from)},
                           {QStringLiteral("to"), isoOrNull(range.to)},
                           {QStringLiteral("all_time"), query.allTime},
                           {QStringLiteral("currency"), facts->settings.currency},
                           {QStringLiteral("filters"), filtersJson(query.filters)},
                           {QStringLiteral("reasons"), reasons},
                           {QStringLiteral("rows"), out}};
    io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    return Success;
}

} // namespace revalign::cli
