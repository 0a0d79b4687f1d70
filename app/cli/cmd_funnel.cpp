#include "commands.h"
#include "metricoptions.h"

#include "util/error.h"

#include "metrics/funnel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace revalign::cli {

namespace {
// Rates and days to 6 decimals (days are floats in memory: 1.04166663 is 1.041667); n/a is null.
QJsonValue optional(std::optional<double> v) {
    return v ? QJsonValue(std::round(*v * 1e6) / 1e6) : QJsonValue();
}

QString cell(std::optional<double> v, char format = 'f', int digits = 1) {
    return v ? QString::number(*v, format, digits) : QStringLiteral("n/a");
}
} // namespace

int cmdFunnel(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("funnel WORKSPACE"), QStringLiteral("a workspace file"));
    addMetricOptions(parser);
    parser.addOption(
        {QStringLiteral("mode"), QStringLiteral("flow (default) or cohort."), QStringLiteral("MODE")});
    parser.addOption(
        {QStringLiteral("cohort-stage"),
         QStringLiteral("Cohort mode: the stage the cohort entered in the range (default: the first)."),
         QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    MetricQuery query;
    if (!readMetricQuery(parser, io, query))
        return BadUsage;
    const QString modeText = parser.value(QStringLiteral("mode"));
    if (!modeText.isEmpty() && modeText != u"flow" && modeText != u"cohort") {
        io.err << "revalign-cli funnel: --mode '" << modeText << "' must be flow or cohort\n";
        return BadUsage;
    }
    const FunnelMode mode = modeText == u"cohort" ? FunnelMode::Cohort : FunnelMode::Flow;
    const QString path = parser.positionalArguments().at(1);
    const FactSnapshot facts = loadSnapshot(path);
    int cohortStage = 0;
    if (parser.isSet(QStringLiteral("cohort-stage"))) {
        cohortStage = facts->stageIndex(parser.value(QStringLiteral("cohort-stage")));
        if (cohortStage < 0)
            throw Error(QStringLiteral("%1: no funnel stage '%2'")
                            .arg(path, parser.value(QStringLiteral("cohort-stage"))));
    }
    completeRange(*facts, query);
    FunnelReport report;
    try {
        report = computeFunnel(*facts, query, mode, cohortStage);
    } catch (const Error& e) {
        throw Error(path + QStringLiteral(": ") + e.message());
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        io.out << "Funnel (" << (mode == FunnelMode::Cohort ? "cohort" : "flow") << ") "
               << isoOrNull(report.range.from).toString() << " … " << isoOrNull(report.range.to).toString()
               << '\n';
        for (const FunnelStageRow& s : report.stages)
            io.out << "  " << qSetFieldWidth(14) << Qt::left << s.name << qSetFieldWidth(10) << Qt::right
                   << s.count << cell(s.nextStepRate, 'f', 3) << cell(s.cumulativeRate, 'f', 3)
                   << cell(s.medianDaysFromPrevious) << qSetFieldWidth(0) << (s.immature ? "  immature" : "")
                   << '\n';
        return Success;
    }
    QJsonArray stages;
    for (const FunnelStageRow& s : report.stages)
        stages.append(
            QJsonObject{{QStringLiteral("key"), s.key},
                        {QStringLiteral("name"), s.name},
                        // Unknown, not zero, when no contact has a date for the stage or a later one.
                        {QStringLiteral("count"), s.reason.isEmpty() ? QJsonValue(s.count) : QJsonValue()},
                        {QStringLiteral("reason"), s.reason.isEmpty() ? QJsonValue() : QJsonValue(s.reason)},
                        {QStringLiteral("next_step_rate"), optional(s.nextStepRate)},
                        {QStringLiteral("cumulative_rate"), optional(s.cumulativeRate)},
                        {QStringLiteral("median_days_from_previous"), optional(s.medianDaysFromPrevious)},
                        {QStringLiteral("p90_days_from_previous"), optional(s.p90DaysFromPrevious)},
                        {QStringLiteral("immature"), s.immature},
                        {QStringLiteral("intervals_left_out"), s.intervalsLeftOut}});
    QJsonArray ageing;
    for (const StageAgeing& a : report.ageing)
        ageing.append(QJsonObject{{QStringLiteral("key"), a.key},
                                  {QStringLiteral("open"), a.open},
                                  {QStringLiteral("median_age_days"), optional(a.medianAgeDays)},
                                  {QStringLiteral("p90_age_days"), optional(a.p90AgeDays)},
                                  {QStringLiteral("age_buckets"),
                                   QJsonArray{a.buckets[0], a.buckets[1], a.buckets[2], a.buckets[3]}}});
    QJsonObject root{
        {QStringLiteral("mode"),
         mode == FunnelMode::Cohort ? QStringLiteral("cohort") : QStringLiteral("flow")},
        {QStringLiteral("from"), isoOrNull(report.range.from)},
        {QStringLiteral("to"), isoOrNull(report.range.to)},
        {QStringLiteral("all_time"), query.allTime},
        {QStringLiteral("filters"), filtersJson(query.filters)},
        {QStringLiteral("reason"), report.reason.isEmpty() ? QJsonValue() : QJsonValue(report.reason)},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("ageing"), ageing}};
    if (mode == FunnelMode::Cohort)
        root.insert(QStringLiteral("cohort_stage"),
                    facts->stages.empty() ? QString() : facts->stages[size_t(report.cohortStage)].key);
    io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    return Success;
}

} // namespace revalign::cli
