#pragma once

#include "domain/enums.h"
#include "metrics/facttable.h"
#include "metrics/metricquery.h"

#include <QString>

#include <optional>
#include <vector>

namespace revalign {

// What the reverse funnel assumes: the workspace's own rates over a basis range, each of which the user
// may replace with a what-if. n/a where the data cannot support the rate (the reason says why).
struct PlanRates {
    std::optional<double> averageDealSize;  // currency: won amount ÷ won deals
    std::optional<double> winRate;          // won ÷ (won + lost)
    std::optional<double> cycleDays;        // median days created → won
    std::optional<double> sqlToOpportunity; // of the contacts that entered SQL, the share at opportunity
    std::optional<double> salToSql;         // of those that entered SAL, the share at SQL
    std::optional<double> mqlToSal;         // of the MQLs sales decided on, the share accepted
    // Median days from the previous stage, for "by when".
    std::optional<double> sqlToOpportunityDays, salToSqlDays, mqlToSalDays;
    // Why a rate is n/a, keyed like the JSON ("win_rate", "sql_to_opportunity", …).
    std::vector<std::pair<QString, QString>> reasons;

    friend bool operator==(const PlanRates&, const PlanRates&) = default;
};

// One thing a stage must deliver.
struct PlanStep {
    QString key; // won_deals, opportunities, pipeline, sqls, sals, mqls
    Team team = Team::Sales;
    std::optional<double> needed; // exact; counts read rounded up
    QDate by;                     // the latest day it must be done by to close in the period
    bool late = false;            // `by` is already past at the data's last day
    QString reason;               // why needed is n/a

    friend bool operator==(const PlanStep&, const PlanStep&) = default;
};

struct ReversePlan {
    DateRange period;
    double target = 0;           // bookings target for the period, currency
    double booked = 0;           // already booked in the period (won deals closing in it so far)
    double stillToBook = 0;      // target − booked (0 when met)
    DateRange basis;             // where the workspace's rates come from
    PlanRates rates;             // as used (what-ifs applied)
    std::vector<PlanStep> steps; // won deals ← opportunities (+ pipeline) ← SQLs ← SALs ← MQLs

    const PlanStep* find(const QString& key) const;
};

// The basis for a plan: the twelve months of data up to its last day (all of it when shorter).
DateRange planBasis(const FactTable& facts);
// The default period: the `kind` period containing the day after the data's last day.
DateRange defaultPlanPeriod(const FactTable& facts, PeriodKind kind);
// The workspace's own rates over `basis`, under the filters.
PlanRates workspaceRates(const FactTable& facts, const DateRange& basis, const MetricFilters& filters = {});
// From a bookings target back to what each stage must deliver, by when. Throws Error for an unknown
// filter name.
ReversePlan planFromTarget(const FactTable& facts, double target, const DateRange& period,
                           const PlanRates& rates, const MetricFilters& filters = {});

} // namespace revalign
