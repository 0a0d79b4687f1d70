#include "commands.h"
#include "metricoptions.h"

#include "metrics/waterfall.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace revalign::cli {

namespace {
// Money in currency units, exact to the cent (the shortest decimal that reads back as the same double).
QJsonValue money(qint64 cents) {
    return QJsonValue(double(cents) / 100.0);
}

QString moneyText(qint64 cents) {
    return QLocale::c().toString(double(cents) / 100.0, 'f', 2);
}

QJsonValue dayOrNull(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString& s, bool exists) {
    return exists && !s.isEmpty() ? QJsonValue(s) : QJsonValue();
}

const char* const kForecastKeys[kForecastFlowSize] = {"outside",   "omitted", "pipeline",
                                                      "best_case", "commit",  "closed"};

QJsonObject changeJson(const WaterfallChange& c) {
    return {{QStringLiteral("id"), c.sourceId},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("owner"), c.owner},
            {QStringLiteral("bucket"), toKey(c.bucket)},
            {QStringLiteral("amount"), money(c.deltaCents)},
            {QStringLiteral("amount_before"), c.before.exists ? money(c.before.amountCents) : QJsonValue()},
            {QStringLiteral("amount_after"), money(c.after.amountCents)},
            {QStringLiteral("close_before"), c.before.exists ? dayOrNull(c.before.close) : QJsonValue()},
            {QStringLiteral("close_after"), dayOrNull(c.after.close)},
            {QStringLiteral("stage_before"), textOrNull(c.before.stage, c.before.exists)},
            {QStringLiteral("stage_after"), textOrNull(c.after.stage, true)},
            {QStringLiteral("assumed_before"), c.before.assumed}};
}

QJsonObject waterfallJson(const Waterfall& w, const FactTable& facts, const MetricFilters& filters) {
    const auto moment = [&facts](qint64 t) {
        return t == kNoTime ? QJsonValue() : dayOrNull(localDate(facts, t));
    };
    const auto instant = [](qint64 t) {
        return t == kNoTime ? QJsonValue()
                            : QJsonValue(QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate));
    };
    QJsonObject o{{QStringLiteral("from"), moment(w.from)},
                  {QStringLiteral("to"), moment(w.to)},
                  {QStringLiteral("from_at"), instant(w.from)},
                  {QStringLiteral("to_at"), instant(w.to)},
                  {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), dayOrNull(w.window.from)},
                                                         {QStringLiteral("to"), dayOrNull(w.window.to)}}},
                  {QStringLiteral("currency"), facts.settings.currency},
                  {QStringLiteral("filters"), filtersJson(filters)}};
    const auto bucketValue = [&w](WaterfallBucket b) {
        return w.available ? money(w.magnitude(b)) : QJsonValue();
    };
    o.insert(QStringLiteral("start"), w.available ? money(w.startCents) : QJsonValue());
    for (int b = 0; b < kWaterfallBuckets; ++b)
        o.insert(toKey(WaterfallBucket(b)), bucketValue(WaterfallBucket(b)));
    o.insert(QStringLiteral("end"), w.available ? money(w.endCents) : QJsonValue());
    if (!w.available) {
        o.insert(QStringLiteral("reason"), w.reason);
        for (const char* key :
             {"deals", "slipped", "stalled", "owner_moves", "forecast_moves", "stage_times"})
            o.insert(QString::fromLatin1(key), QJsonArray());
        o.insert(QStringLiteral("notes"), QJsonArray());
        return o;
    }
    QJsonObject counts{{QStringLiteral("start"), w.startDeals}, {QStringLiteral("end"), w.endDeals}};
    for (int b = 0; b < kWaterfallBuckets; ++b)
        counts.insert(toKey(WaterfallBucket(b)), w.bucketDeals[size_t(b)]);
    o.insert(QStringLiteral("deal_counts"), counts);
    QJsonArray deals;
    for (const WaterfallChange& c : w.changes)
        deals.append(changeJson(c));
    o.insert(QStringLiteral("deals"), deals);
    QJsonArray slipped;
    for (const SlippedDeal& s : w.slipped)
        slipped.append(QJsonObject{{QStringLiteral("id"), s.sourceId},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("owner"), s.owner},
                                   {QStringLiteral("pushes"), s.pushes},
                                   {QStringLiteral("pushes_in_period"), s.pushesInPeriod},
                                   {QStringLiteral("days_pushed"), s.daysPushed},
                                   {QStringLiteral("first_close"), dayOrNull(s.firstClose)},
                                   {QStringLiteral("close"), dayOrNull(s.close)},
                                   {QStringLiteral("amount"), money(s.amountCents)}});
    o.insert(QStringLiteral("slipped"), slipped);
    QJsonArray stalled;
    for (const StalledDeal& s : w.stalled)
        stalled.append(QJsonObject{{QStringLiteral("id"), s.sourceId},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("owner"), s.owner},
                                   {QStringLiteral("stage"), s.stage},
                                   {QStringLiteral("days_in_stage"), s.daysInStage},
                                   {QStringLiteral("expected_days"), s.expectedDays},
                                   {QStringLiteral("since"), dayOrNull(s.since)},
                                   {QStringLiteral("at_least"), s.atLeast},
                                   {QStringLiteral("amount"), money(s.amountCents)}});
    o.insert(QStringLiteral("stalled"), stalled);
    QJsonArray owners;
    for (const OwnerMove& m : w.ownerMoves)
        owners.append(QJsonObject{{QStringLiteral("id"), m.sourceId},
                                  {QStringLiteral("name"), m.name},
                                  {QStringLiteral("from"), m.from},
                                  {QStringLiteral("to"), m.to},
                                  {QStringLiteral("amount"), money(m.amountCents)}});
    o.insert(QStringLiteral("owner_moves"), owners);
    QJsonArray forecasts;
    for (const ForecastMove& m : w.forecastMoves)
        forecasts.append(QJsonObject{{QStringLiteral("id"), m.sourceId},
                                     {QStringLiteral("name"), m.name},
                                     {QStringLiteral("from"), QString::fromLatin1(kForecastKeys[m.from])},
                                     {QStringLiteral("to"), QString::fromLatin1(kForecastKeys[m.to])},
                                     {QStringLiteral("amount"), money(m.amountCents)}});
    o.insert(QStringLiteral("forecast_moves"), forecasts);
    QJsonArray categories, flowDeals, flowAmounts;
    for (int i = 0; i < kForecastFlowSize; ++i) {
        categories.append(QString::fromLatin1(kForecastKeys[i]));
        QJsonArray d, a;
        for (int k = 0; k < kForecastFlowSize; ++k) {
            d.append(w.forecastFlow.deals[size_t(i)][size_t(k)]);
            a.append(money(w.forecastFlow.cents[size_t(i)][size_t(k)]));
        }
        flowDeals.append(d);
        flowAmounts.append(a);
    }
    o.insert(QStringLiteral("forecast_flow"), QJsonObject{{QStringLiteral("categories"), categories},
                                                          {QStringLiteral("deals"), flowDeals},
                                                          {QStringLiteral("amounts"), flowAmounts}});
    QJsonArray stages;
    for (const StageTime& t : w.stageTimes)
        stages.append(QJsonObject{{QStringLiteral("stage"), t.stage},
                                  {QStringLiteral("stays"), t.stays},
                                  {QStringLiteral("median_days"), std::round(t.medianDays * 10) / 10},
                                  {QStringLiteral("mean_days"), std::round(t.meanDays * 10) / 10}});
    o.insert(QStringLiteral("stage_times"), stages);
    const MqlBacklogChange& m = w.mqls;
    const auto count = [&m](qint64 v) { return m.available ? QJsonValue(v) : QJsonValue(); };
    QJsonObject mqls{{QStringLiteral("pending_before"), count(m.pendingBefore)},
                     {QStringLiteral("new"), count(m.newMqls)},
                     {QStringLiteral("accepted"), count(m.accepted)},
                     {QStringLiteral("rejected"), count(m.rejected)},
                     {QStringLiteral("pending_after"), count(m.pendingAfter)},
                     {QStringLiteral("undated"), count(m.undated)}};
    if (!m.available)
        mqls.insert(QStringLiteral("reason"), m.reason);
    o.insert(QStringLiteral("mql_backlog"), mqls);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(w.notes));
    return o;
}

void printText(const Waterfall& w, const FactTable& facts, Io io) {
    const auto day = [&facts](qint64 t) { return localDate(facts, t).toString(Qt::ISODate); };
    io.out << "Pipeline closing " << w.window.from.toString(Qt::ISODate) << " … "
           << w.window.to.toString(Qt::ISODate);
    if (w.from != kNoTime && w.to != kNoTime)
        io.out << ", end of " << day(w.from) << " → end of " << day(w.to);
    io.out << '\n';
    if (!w.available) {
        io.out << "  n/a: " << w.reason << '\n';
        return;
    }
    const auto line = [&io](const char* sign, const char* label, qint64 cents, qint64 deals) {
        io.out << "  " << sign << ' ' << qSetFieldWidth(12) << Qt::left << label << qSetFieldWidth(16)
               << Qt::right << moneyText(cents) << qSetFieldWidth(0) << "  (" << deals << ")\n";
    };
    static const char* const kLabels[] = {"New",        "Pulled in", "Increased", "Decreased",
                                          "Pushed out", "Won",       "Lost"};
    line(" ", "Start", w.startCents, w.startDeals);
    for (int b = 0; b < kWaterfallBuckets; ++b)
        line(subtracts(WaterfallBucket(b)) ? "−" : "+", kLabels[b], w.magnitude(WaterfallBucket(b)),
             w.bucketDeals[size_t(b)]);
    line("=", "End", w.endCents, w.endDeals);
    for (const Mover& m : biggestMovers(w, 5)) {
        QStringList what;
        for (const WaterfallChange& c : m.changes)
            what << toKey(c.bucket) + u' ' + moneyText(c.deltaCents);
        io.out << "  mover: " << m.name << " (" << m.sourceId << "): " << what.join(QStringLiteral(", "))
               << '\n';
    }
    for (const SlippedDeal& s : w.slipped)
        io.out << "  slipped: " << s.name << ": pushed " << s.pushes << "× by " << s.daysPushed
               << " days in all, now " << s.close.toString(Qt::ISODate) << '\n';
    for (const StalledDeal& s : w.stalled)
        io.out << "  stalled: " << s.name << ": " << (s.atLeast ? "at least " : "") << s.daysInStage
               << " days in " << s.stage << " (expected " << s.expectedDays << ")\n";
    if (w.mqls.available)
        io.out << "  MQL backlog: " << w.mqls.pendingBefore << " pending → " << w.mqls.pendingAfter << " (+"
               << w.mqls.newMqls << " new, −" << w.mqls.accepted << " accepted, −" << w.mqls.rejected
               << " rejected)\n";
    for (const QString& note : w.notes)
        io.out << "  note: " << note << '\n';
}
} // namespace

int cmdChanges(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("changes WORKSPACE"), QStringLiteral("a workspace file"));
    parser.addOption(
        {QStringLiteral("from"),
         QStringLiteral("Compare from the end of this day (default: the end of the sync week before the "
                        "latest snapshot's)."),
         QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("To the end of this day (default: the latest snapshot)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("window-from"),
                      QStringLiteral("First close date of the pipeline (default: the quarter of --to)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("window-to"),
                      QStringLiteral("Last close date of the pipeline, inclusive."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("by"),
                      QStringLiteral("Totals per owner, manager, region, team, channel, persona or segment."),
                      QStringLiteral("DIM")});
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto fail = [&](int code, const QString& message) {
        io.err << message << '\n';
        if (json)
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                          .toJson(QJsonDocument::Indented);
        return code;
    };
    QDate from, to, windowFrom, windowTo;
    QString dateErrors;
    QTextStream dateErr(&dateErrors);
    const Io quiet{io.out, dateErr};
    if (!readDateOption(parser, "from", quiet, from) || !readDateOption(parser, "to", quiet, to) ||
        !readDateOption(parser, "window-from", quiet, windowFrom) ||
        !readDateOption(parser, "window-to", quiet, windowTo)) {
        dateErr.flush();
        return fail(BadUsage, dateErrors.trimmed());
    }
    if (from.isValid() && to.isValid() && from >= to)
        return fail(BadUsage, QStringLiteral("revalign-cli changes: --from %1 must be before --to %2")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (windowFrom.isValid() != windowTo.isValid())
        return fail(BadUsage,
                    QStringLiteral("revalign-cli changes: give both --window-from and --window-to"));
    if (windowFrom.isValid() && windowFrom > windowTo)
        return fail(BadUsage, QStringLiteral("revalign-cli changes: --window-from %1 is after --window-to %2")
                                  .arg(windowFrom.toString(Qt::ISODate), windowTo.toString(Qt::ISODate)));
    std::optional<Dimension> by;
    if (parser.isSet(QStringLiteral("by"))) {
        const QString dim = parser.value(QStringLiteral("by"));
        static const std::pair<const char*, Dimension> kDims[] = {
            {"owner", Dimension::Owner},    {"manager", Dimension::Manager}, {"region", Dimension::Region},
            {"team", Dimension::Team},      {"channel", Dimension::Channel}, {"persona", Dimension::Persona},
            {"segment", Dimension::Segment}};
        for (const auto& [key, d] : kDims)
            if (dim == QLatin1String(key))
                by = d;
        if (!by)
            return fail(BadUsage,
                        QStringLiteral("revalign-cli changes: --by '%1' must be owner, manager, region, "
                                       "team, channel, persona or segment")
                            .arg(dim));
    }
    const QString path = parser.positionalArguments().at(1);
    try {
        const FactSnapshot facts = loadSnapshot(path);
        WaterfallQuery q;
        readFilterOptions(parser, q.filters);
        if (from.isValid())
            q.from = endOfDay(*facts, from);
        if (to.isValid())
            q.to = endOfDay(*facts, to);
        if (windowFrom.isValid())
            q.window = {windowFrom, windowTo};
        // Without an owner hierarchy every deal would fall under one "(none)" row: a roll-up of nothing
        // (as `breakdown --by manager` says).
        if (by && (*by == Dimension::Manager || *by == Dimension::Region) &&
            facts->dictionary(*by).size() <= 1)
            return fail(Failed,
                        QStringLiteral("%1: --by %2 needs the owner hierarchy (each owner's manager "
                                       "and region), which this workspace does not have: import the "
                                       "CRM's users or a list of owners with their manager and region")
                            .arg(path, parser.value(QStringLiteral("by"))));
        const Waterfall w = computeWaterfall(*facts, q);
        const std::vector<WaterfallRow> groups =
            by && w.available ? waterfallBreakdown(*facts, q, *by) : std::vector<WaterfallRow>{};
        if (!json) {
            printText(w, *facts, io);
            // The per-group totals in the text too: --by used to be read only with --json.
            for (const WaterfallRow& r : groups) {
                QStringList moved;
                for (int b = 0; b < kWaterfallBuckets; ++b)
                    if (const qint64 c = r.bucketCents[size_t(b)]; c != 0)
                        moved << toKey(WaterfallBucket(b)) + u' ' +
                                     moneyText(subtracts(WaterfallBucket(b)) ? -c : c);
                io.out << "  " << parser.value(QStringLiteral("by")) << ' ' << r.name << ": "
                       << moneyText(r.startCents) << " → " << moneyText(r.endCents);
                if (!moved.isEmpty())
                    io.out << " (" << moved.join(QStringLiteral(", ")) << ')';
                io.out << '\n';
            }
            return Success;
        }
        QJsonObject root = waterfallJson(w, *facts, q.filters);
        if (by && w.available) {
            QJsonArray rows;
            for (const WaterfallRow& r : groups) {
                QJsonObject row{{QStringLiteral("name"), r.name},
                                {QStringLiteral("start"), money(r.startCents)},
                                {QStringLiteral("end"), money(r.endCents)}};
                for (int b = 0; b < kWaterfallBuckets; ++b) {
                    const qint64 c = r.bucketCents[size_t(b)];
                    row.insert(toKey(WaterfallBucket(b)), money(subtracts(WaterfallBucket(b)) ? -c : c));
                }
                rows.append(row);
            }
            root.insert(QStringLiteral("by"), parser.value(QStringLiteral("by")));
            root.insert(QStringLiteral("rows"), rows);
        }
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    } catch (const Error& e) {
        return fail(Failed, path + QStringLiteral(": ") + e.message());
    }
}

} // namespace revalign::cli
