#include "commands.h"
#include "metricoptions.h"

#include "metrics/plan.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace revalign::cli {

namespace {
// The what-if options: each replaces one of the workspace's own rates.
struct RateOption {
    const char* name;
    std::optional<double> PlanRates::*field;
    const char* help;
    bool percent; // typed as a percentage (25 = 0.25)
};
const RateOption kRates[] = {
    {"deal-size", &PlanRates::averageDealSize, "What-if average deal size (currency).", false},
    {"win-rate", &PlanRates::winRate, "What-if win rate in percent.", true},
    {"cycle-days", &PlanRates::cycleDays, "What-if sales cycle in days.", false},
    {"sql-to-opportunity", &PlanRates::sqlToOpportunity, "What-if SQL → opportunity rate in percent.", true},
    {"sal-to-sql", &PlanRates::salToSql, "What-if SAL → SQL rate in percent.", true},
    {"mql-to-sal", &PlanRates::mqlToSal, "What-if MQL → SAL (acceptance) rate in percent.", true},
};

QJsonValue optional(std::optional<double> v, int decimals = 6) {
    if (!v || !std::isfinite(*v))
        return QJsonValue();
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

KpiUnit unitOfStep(const QString& key) {
    return key == u"pipeline" ? KpiUnit::Money : KpiUnit::Count;
}

QString readable(const PlanStep& s) {
    if (!s.needed)
        return QStringLiteral("n/a (%1)").arg(s.reason);
    return s.key == u"pipeline" ? QString::number(*s.needed, 'f', 2)
                                : QString::number(qint64(std::ceil(*s.needed - 1e-9)));
}
} // namespace

int cmdPlan(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("plan WORKSPACE"), QStringLiteral("a workspace file"));
    parser.addOption({QStringLiteral("target"), QStringLiteral("Bookings target for the period (currency)."),
                      QStringLiteral("AMOUNT")});
    // --period (default quarter: the one containing the day after the data ends), --from/--to and the
    // filters, as the other metric commands read them.
    addMetricOptions(parser);
    for (const RateOption& r : kRates)
        parser.addOption({QString::fromLatin1(r.name), QString::fromLatin1(r.help), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    bool ok = false;
    const double target = parser.value(QStringLiteral("target")).toDouble(&ok);
    if (!parser.isSet(QStringLiteral("target")) || !ok || !std::isfinite(target) || target <= 0) {
        io.err << "revalign-cli plan: --target AMOUNT is required and must be a positive number\n";
        return BadUsage;
    }
    MetricQuery period;
    if (!readMetricQuery(parser, io, period))
        return BadUsage;
    if (period.allTime) {
        io.err << "revalign-cli plan: a target is for a period: --all-time does not apply\n";
        return BadUsage;
    }
    if (period.range.from.isValid() != period.range.to.isValid()) {
        io.err << "revalign-cli plan: give both --from and --to, or neither\n";
        return BadUsage;
    }
    const PeriodKind kind = parser.isSet(QStringLiteral("period")) ? period.period : PeriodKind::Quarter;
    std::vector<std::pair<std::optional<double> PlanRates::*, double>> whatIfs;
    for (const RateOption& r : kRates) {
        if (!parser.isSet(QString::fromLatin1(r.name)))
            continue;
        const double v = parser.value(QString::fromLatin1(r.name)).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v <= 0 || (r.percent && v > 100)) {
            io.err << "revalign-cli plan: --" << r.name << " '" << parser.value(QString::fromLatin1(r.name))
                   << "' must be a positive number" << (r.percent ? " up to 100" : "") << '\n';
            return BadUsage;
        }
        whatIfs.emplace_back(r.field, r.percent ? v / 100.0 : v);
    }
    const QString path = parser.positionalArguments().at(1);
    const FactSnapshot facts = loadSnapshot(path);
    const DateRange range = period.range.isValid() ? period.range : defaultPlanPeriod(*facts, kind);
    ReversePlan plan;
    try {
        PlanRates rates = workspaceRates(*facts, planBasis(*facts), period.filters);
        for (const auto& [field, value] : whatIfs)
            rates.*field = value;
        plan = planFromTarget(*facts, target, range, rates, period.filters);
    } catch (const Error& e) {
        throw Error(path + QStringLiteral(": ") + e.message());
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        io.out << "Reverse funnel for " << QString::number(target, 'f', 2) << ' ' << facts->settings.currency
               << " of bookings " << range.from.toString(Qt::ISODate) << " … "
               << range.to.toString(Qt::ISODate) << "\n  already booked "
               << QString::number(plan.booked, 'f', 2) << ", still to book "
               << QString::number(plan.stillToBook, 'f', 2) << "\n  rates from "
               << isoOrNull(plan.basis.from).toString() << " … " << isoOrNull(plan.basis.to).toString()
               << '\n';
        for (const PlanStep& s : plan.steps)
            io.out << "  " << qSetFieldWidth(14) << Qt::left << s.key << qSetFieldWidth(0) << readable(s)
                   << (s.by.isValid() ? QStringLiteral(" by %1").arg(s.by.toString(Qt::ISODate)) : QString())
                   << (s.late ? " (already late)" : "") << "  [" << toKey(s.team) << "]\n";
        return Success;
    }
    const PlanRates& r = plan.rates;
    QJsonObject rates{{QStringLiteral("average_deal_size"), optional(r.averageDealSize, 2)},
                      {QStringLiteral("win_rate"), optional(r.winRate)},
                      {QStringLiteral("sales_cycle_days"), optional(r.cycleDays)},
                      {QStringLiteral("sql_to_opportunity"), optional(r.sqlToOpportunity)},
                      {QStringLiteral("sal_to_sql"), optional(r.salToSql)},
                      {QStringLiteral("mql_to_sal"), optional(r.mqlToSal)},
                      {QStringLiteral("sql_to_opportunity_days"), optional(r.sqlToOpportunityDays)},
                      {QStringLiteral("sal_to_sql_days"), optional(r.salToSqlDays)},
                      {QStringLiteral("mql_to_sal_days"), optional(r.mqlToSalDays)}};
    QJsonObject reasons;
    for (const auto& [key, why] : r.reasons)
        reasons.insert(key, why);
    QJsonArray steps;
    QJsonObject teams;
    for (const PlanStep& s : plan.steps) {
        const QJsonValue needed = !s.needed ? QJsonValue()
                                  : unitOfStep(s.key) == KpiUnit::Money
                                      ? optional(s.needed, 2)
                                      : QJsonValue(qint64(std::ceil(*s.needed - 1e-9)));
        steps.append(QJsonObject{
            {QStringLiteral("key"), s.key},
            {QStringLiteral("team"), toKey(s.team)},
            {QStringLiteral("needed"), needed},
            {QStringLiteral("exact"), optional(s.needed)},
            {QStringLiteral("by"), isoOrNull(s.by)},
            {QStringLiteral("late"), s.late},
            {QStringLiteral("reason"), s.reason.isEmpty() ? QJsonValue() : QJsonValue(s.reason)}});
        QJsonObject team = teams.value(toKey(s.team)).toObject();
        team.insert(s.key, needed);
        teams.insert(toKey(s.team), team);
    }
    const QJsonObject root{
        {QStringLiteral("target"), optional(target, 2)},
        {QStringLiteral("from"), isoOrNull(range.from)},
        {QStringLiteral("to"), isoOrNull(range.to)},
        {QStringLiteral("currency"), facts->settings.currency},
        {QStringLiteral("booked"), optional(plan.booked, 2)},
        {QStringLiteral("still_to_book"), optional(plan.stillToBook, 2)},
        {QStringLiteral("basis"), QJsonObject{{QStringLiteral("from"), isoOrNull(plan.basis.from)},
                                              {QStringLiteral("to"), isoOrNull(plan.basis.to)}}},
        {QStringLiteral("rates"), rates},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("teams"), teams}};
    io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    return Success;
}

} // namespace revalign::cli
