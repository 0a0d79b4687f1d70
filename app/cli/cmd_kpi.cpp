#include "commands.h"
#include "metricoptions.h"

#include "util/csvwriter.h"
#include "util/error.h"

#include "metrics/kpiengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace revalign::cli {

namespace {
QJsonValue number(std::optional<double> v, KpiUnit unit) {
    return jsonNumber(v, unit);
}

QString text(std::optional<double> v, KpiUnit unit) {
    const QJsonValue j = number(v, unit);
    if (j.isNull())
        return QString();
    return unit == KpiUnit::Count ? QString::number(j.toInteger()) : QString::number(j.toDouble(), 'g', 12);
}

QJsonObject rangeJson(const DateRange& r) {
    return {{QStringLiteral("from"), isoOrNull(r.from)}, {QStringLiteral("to"), isoOrNull(r.to)}};
}

QJsonObject kpiJson(const KpiValue& k) {
    QJsonObject o{{QStringLiteral("key"), k.key},
                  {QStringLiteral("name"), k.name},
                  {QStringLiteral("team"), toKey(k.team)},
                  {QStringLiteral("value"), number(k.value, k.unit)},
                  {QStringLiteral("unit"), toKey(k.unit)},
                  {QStringLiteral("direction"), toKey(k.direction)},
                  {QStringLiteral("target"), number(k.target, k.unit)},
                  {QStringLiteral("previous"), number(k.previous, k.unit)},
                  {QStringLiteral("same_period_last_year"), number(k.lastYear, k.unit)},
                  {QStringLiteral("change"), number(k.change, k.unit)},
                  {QStringLiteral("change_last_year"), number(k.changeLastYear, k.unit)},
                  {QStringLiteral("formula"), k.formula},
                  // Why the value is n/a when the data cannot support it (null otherwise).
                  {QStringLiteral("reason"), k.reason.isEmpty() ? QJsonValue() : QJsonValue(k.reason)}};
    if (!k.detail.empty()) {
        QJsonObject detail;
        for (const auto& [name, value] : k.detail)
            detail.insert(name, value);
        o.insert(QStringLiteral("detail"), detail);
    }
    return o;
}

void printCsv(const KpiReport& r, Io io) {
    io.out << "key,name,team,value,unit,target,previous,same_period_last_year,change,formula,reason\n";
    for (const KpiValue& k : r.kpis) {
        const QStringList row{k.key,
                              k.name,
                              toKey(k.team),
                              text(k.value, k.unit),
                              toKey(k.unit),
                              text(k.target, k.unit),
                              text(k.previous, k.unit),
                              text(k.lastYear, k.unit),
                              text(k.change, k.unit),
                              k.formula,
                              k.reason};
        QStringList fields;
        for (const QString& f : row)
            fields << CsvWriter::escapeField(f); // quoted and neutralised like every CSV we write
        io.out << fields.join(u',') << '\n';
    }
}

// For people: ratios as percentages, money with two decimals, hours and days with one.
QString readable(std::optional<double> v, KpiUnit unit) {
    if (!v || !std::isfinite(*v))
        return QStringLiteral("n/a");
    switch (unit) {
    case KpiUnit::Count:
        return QString::number(std::llround(*v));
    case KpiUnit::Ratio:
        return QString::number(*v * 100.0, 'f', 1) + u'%';
    case KpiUnit::Money:
    case KpiUnit::MoneyPerDay:
        return QString::number(*v, 'f', 2);
    case KpiUnit::Hours:
    case KpiUnit::Days:
        return QString::number(*v, 'f', 1);
    }
    return QString::number(*v);
}

void printTable(const KpiReport& r, Io io) {
    if (r.allTime)
        io.out << "KPIs, all time (every record, undated ones included)\n";
    else
        io.out << "KPIs " << isoOrNull(r.range.from).toString() << " … " << isoOrNull(r.range.to).toString()
               << " (previous " << isoOrNull(r.previousRange.from).toString() << " … "
               << isoOrNull(r.previousRange.to).toString() << ")" << (r.partial ? ", still in progress" : "")
               << '\n';
    if (r.undated.any())
        io.out << "  Left out for want of a date: " << r.undated.contacts << " contact(s), "
               << r.undated.opportunities << " deal(s) (--all-time counts them)\n";
    io.out << "  " << qSetFieldWidth(30) << Qt::left << "" << qSetFieldWidth(16) << Qt::right << "value"
           << "previous"
           << "target" << qSetFieldWidth(0) << "  unit" << '\n';
    for (const KpiValue& k : r.kpis)
        io.out << "  " << qSetFieldWidth(30) << Qt::left << k.name << qSetFieldWidth(16) << Qt::right
               << readable(k.value, k.unit) << readable(k.previous, k.unit) << readable(k.target, k.unit)
               << qSetFieldWidth(0) << "  " << toKey(k.unit)
               << (k.reason.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(k.reason)) << '\n';
}
} // namespace

int cmdKpi(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("kpi WORKSPACE"), QStringLiteral("a workspace file"));
    addMetricOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Print CSV, one row per KPI.")});
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    MetricQuery query;
    if (!readMetricQuery(parser, io, query))
        return BadUsage;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (json && parser.isSet(QStringLiteral("csv"))) {
        io.err << "revalign-cli kpi: choose one of --json and --csv\n";
        return BadUsage;
    }
    const QString path = parser.positionalArguments().at(1);
    const FactSnapshot facts = loadSnapshot(path);
    completeRange(*facts, query);
    KpiReport report;
    try {
        report = computeKpis(*facts, query);
    } catch (const Error& e) {
        throw Error(path + QStringLiteral(": ") + e.message());
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        printCsv(report, io);
        return Success;
    }
    if (!json) {
        printTable(report, io);
        return Success;
    }
    QJsonArray kpis;
    for (const KpiValue& k : report.kpis)
        kpis.append(kpiJson(k));
    const QJsonObject root{{QStringLiteral("from"), isoOrNull(report.range.from)},
                           {QStringLiteral("to"), isoOrNull(report.range.to)},
                           {QStringLiteral("period"), toKey(report.period)},
                           {QStringLiteral("all_time"), report.allTime},
                           {QStringLiteral("partial"), report.partial},
                           {QStringLiteral("undated"),
                            QJsonObject{{QStringLiteral("contacts"), report.undated.contacts},
                                        {QStringLiteral("opportunities"), report.undated.opportunities}}},
                           {QStringLiteral("currency"), report.currency},
                           {QStringLiteral("filters"), filtersJson(query.filters)},
                           {QStringLiteral("previous_range"), rangeJson(report.previousRange)},
                           {QStringLiteral("same_period_last_year_range"), rangeJson(report.lastYearRange)},
                           {QStringLiteral("kpis"), kpis},
                           {QStringLiteral("forecast"), forecastJson(report.forecast)}};
    io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    return Success;
}

} // namespace revalign::cli
