#include "metrics/plan.h"

#include "metrics/funnel.h"
#include "metrics/kpiengine.h"
#include "metrics/kpisupport.h"
#include "metrics/kpitotals.h"
#include "metrics/period.h"
#include "metrics/stats.h"

#include <QCoreApplication>

#include <cmath>

namespace revalign {

namespace {
QString text(const char* source) {
    return QString::fromUtf8(source);
}

// Of the contacts that entered stage `from` in the basis, the share that have reached `to` so far, and
// the median days between the two (out-of-order dates left out).
void stageRate(const FactTable& f, const ResolvedFilter& filter, const Window& w, int from, int to,
               std::optional<double>& rate, std::optional<double>& days) {
    if (from < 0 || to < 0)
        return;
    const auto& at = f.contacts.stageAt;
    qint64 entered = 0, reached = 0;
    std::vector<float> gaps;
    for (qsizetype i = 0; i < f.contacts.size(); ++i) {
        const qint64 t = at[size_t(from)][size_t(i)];
        if (!w.contains(t) || !filter.contact(f, i))
            continue;
        ++entered;
        const qint64 next = at[size_t(to)][size_t(i)];
        if (next == kNoTime)
            continue;
        ++reached;
        if (next >= t)
            gaps.push_back(float(double(next - t) / 86400.0));
    }
    rate = ratio(double(reached), double(entered));
    days = median(gaps);
}

std::optional<double> kpi(const KpiReport& r, const char* key) {
    const KpiValue* v = r.find(QString::fromLatin1(key));
    return v ? v->value : std::nullopt;
}
} // namespace

const PlanStep* ReversePlan::find(const QString& key) const {
    for (const PlanStep& s : steps)
        if (s.key == key)
            return &s;
    return nullptr;
}

DateRange planBasis(const FactTable& f) {
    if (!f.dataTo.isValid())
        return {};
    return {std::max(f.dataFrom, f.dataTo.addYears(-1).addDays(1)), f.dataTo};
}

DateRange defaultPlanPeriod(const FactTable& f, PeriodKind kind) {
    const QDate next = f.dataTo.isValid() ? f.dataTo.addDays(1) : QDate::currentDate();
    return PeriodCalendar(f.settings).containing(next, kind);
}

PlanRates workspaceRates(const FactTable& f, const DateRange& basis, const MetricFilters& filters) {
    PlanRates r;
    if (!basis.isValid())
        return r;
    const KpiReport k = computeKpis(f, {basis, PeriodKind::Month, filters});
    r.averageDealSize = kpi(k, "average_deal_size");
    r.winRate = kpi(k, "win_rate");
    r.cycleDays = kpi(k, "sales_cycle_days");
    r.mqlToSal = kpi(k, "mql_acceptance_rate");
    const ResolvedFilter filter(f, filters);
    const Window w = Window::of(f, basis);
    std::optional<double> unused;
    stageRate(f, filter, w, f.stageOf.sql, f.stageOf.opportunity, r.sqlToOpportunity, r.sqlToOpportunityDays);
    stageRate(f, filter, w, f.stageOf.sal, f.stageOf.sql, r.salToSql, r.salToSqlDays);
    stageRate(f, filter, w, f.stageOf.mql, f.stageOf.sal, unused, r.mqlToSalDays);
    const auto why = [&](const char* key, const char* kpiKey, std::optional<double>& rate) {
        const QString reason = unsupportedReason(f, QString::fromLatin1(kpiKey), filters);
        if (!reason.isEmpty()) {
            rate.reset();
            r.reasons.emplace_back(QString::fromLatin1(key), reason);
        }
    };
    why("average_deal_size", "average_deal_size", r.averageDealSize);
    why("win_rate", "win_rate", r.winRate);
    why("sales_cycle_days", "sales_cycle_days", r.cycleDays);
    why("sql_to_opportunity", "sqls", r.sqlToOpportunity);
    why("sal_to_sql", "sqls", r.salToSql);
    why("mql_to_sal", "mql_acceptance_rate", r.mqlToSal);
    return r;
}

ReversePlan planFromTarget(const FactTable& f, double target, const DateRange& period, const PlanRates& rates,
                           const MetricFilters& filters) {
    ReversePlan p;
    p.period = period;
    p.target = target;
    p.rates = rates;
    p.basis = planBasis(f);
    const ResolvedFilter filter(f, filters);
    if (period.isValid()) {
        const KpiTotals t = accumulate(f, filter, {Window::of(f, period)}).front();
        p.booked = double(t.bookings) / 100.0;
    }
    p.stillToBook = std::max(0.0, target - p.booked);
    const QDate today = f.dataTo.isValid() ? f.dataTo.addDays(1) : QDate::currentDate();
    const auto reasonFor = [&](const char* key) {
        for (const auto& [k, why] : rates.reasons)
            if (k == QLatin1String(key))
                return why;
        return text(QT_TRANSLATE_NOOP("KpiSupport", "the rate it needs is n/a in the basis range"));
    };
    const auto teamOfStage = [&](int stage, Team fallback) {
        return stage >= 0 ? f.stages[size_t(stage)].team : fallback;
    };
    // Each step divides the one after it by a rate and starts a lag earlier.
    struct Link {
        const char* key;
        std::optional<double> rate;
        std::optional<double> days;
        const char* rateKey;
        Team team;
    };
    const std::optional<double> won = rates.averageDealSize && *rates.averageDealSize > 0
                                          ? std::optional<double>(p.stillToBook / *rates.averageDealSize)
                                          : std::nullopt;
    // Deals created `cycle` days before the period ends close in it, at the median.
    QDate by = period.to;
    const auto step = [&](const char* key, Team team, std::optional<double> needed, const QDate& day,
                          const char* rateKey) {
        PlanStep s;
        s.key = QString::fromLatin1(key);
        s.team = team;
        s.needed = needed;
        s.by = day;
        s.late = day.isValid() && day < today;
        if (!needed)
            s.reason = reasonFor(rateKey);
        p.steps.push_back(s);
    };
    step("won_deals", Team::Sales, won, period.to, "average_deal_size");
    const std::optional<double> opportunities = won && rates.winRate && *rates.winRate > 0
                                                    ? std::optional<double>(*won / *rates.winRate)
                                                    : std::nullopt;
    if (rates.cycleDays)
        by = period.to.addDays(-qint64(std::ceil(*rates.cycleDays)));
    step("opportunities", Team::Sales, opportunities, rates.cycleDays ? by : QDate(),
         won ? "win_rate" : "average_deal_size");
    step("pipeline", Team::Sales,
         opportunities && rates.averageDealSize
             ? std::optional<double>(*opportunities * *rates.averageDealSize)
             : std::nullopt,
         rates.cycleDays ? by : QDate(), won ? "win_rate" : "average_deal_size");
    const Link links[] = {
        {"sqls", rates.sqlToOpportunity, rates.sqlToOpportunityDays, "sql_to_opportunity",
         teamOfStage(f.stageOf.sql, Team::Sales)},
        {"sals", rates.salToSql, rates.salToSqlDays, "sal_to_sql", teamOfStage(f.stageOf.sal, Team::Sales)},
        {"mqls", rates.mqlToSal, rates.mqlToSalDays, "mql_to_sal",
         teamOfStage(f.stageOf.mql, Team::Marketing)},
    };
    std::optional<double> after = opportunities;
    QDate afterBy = rates.cycleDays ? by : QDate();
    const char* missing = won ? (opportunities ? nullptr : "win_rate") : "average_deal_size";
    for (const Link& link : links) {
        const std::optional<double> needed =
            after && link.rate && *link.rate > 0 ? std::optional<double>(*after / *link.rate) : std::nullopt;
        if (!needed && !missing)
            missing = link.rateKey;
        const QDate day =
            afterBy.isValid() && link.days ? afterBy.addDays(-qint64(std::ceil(*link.days))) : QDate();
        step(link.key, link.team, needed, day, missing ? missing : link.rateKey);
        after = needed;
        afterBy = day;
    }
    return p;
}

} // namespace revalign
