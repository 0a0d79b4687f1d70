#pragma once

#include "domain/enums.h"
#include "metrics/facttable.h"
#include "metrics/kpitotals.h"
#include "metrics/metricquery.h"

#include <QString>

#include <array>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace revalign {

// One KPI for one query. Values are in display units: ratios as fractions 0..1, money in the workspace
// currency (not cents), hours, days, counts. nullopt = "n/a" (zero denominator, no data, no target).
struct KpiValue {
    QString key;
    QString name;
    QString formula;
    Team team = Team::Shared;
    KpiUnit unit = KpiUnit::Count;
    KpiDirection direction = KpiDirection::HigherIsBetter;
    std::optional<double> value;
    // Why the value is n/a when the data cannot support it at all (e.g. "no handoff decisions in this
    // workspace"): shown beside "n/a" on tiles, in the sync table, the meeting pack and the CLI's JSON.
    // Empty when the value is set, or n/a for an ordinary reason (a zero denominator in this period).
    QString reason;
    std::optional<double> target;   // for the query's period kind, scaled to the range (docs/kpis.md)
    std::optional<double> previous; // the previous equal period
    std::optional<double> lastYear; // the same period last year
    std::optional<double> change;   // value − previous (for ratios: in fraction points)
    std::optional<double> changeLastYear;
    // Parts behind the value: accepted / rejected / pending MQLs, rejections per reason, SLA met /
    // missed / not due yet.
    std::vector<std::pair<QString, double>> detail;

    friend bool operator==(const KpiValue&, const KpiValue&) = default;
};

// Amounts of the opportunities whose close date falls in the range, per forecast category, with the
// cumulative roll-ups (Closed; + Commit; + Best case; + Pipeline). Won deals count as Closed, lost ones
// are left out, open ones count in their own category (Omitted is shown but not rolled up).
struct Forecast {
    std::array<double, 5> byCategory{}; // by ForecastCategory
    std::array<double, 5> cumulative{}; // Closed, Commit roll-up, Best case roll-up, Pipeline roll-up
    friend bool operator==(const Forecast&, const Forecast&) = default;
};

// Records a period view leaves out because no period can hold them (no creation date; closed without a
// close date), among those the filters select. "All time" counts them.
struct UndatedRecords {
    qint64 contacts = 0;
    qint64 opportunities = 0;
    bool any() const { return contacts > 0 || opportunities > 0; }
    friend bool operator==(const UndatedRecords&, const UndatedRecords&) = default;
};

struct KpiReport {
    DateRange range; // invalid when the workspace has no data and no range was given
    DateRange previousRange;
    DateRange lastYearRange;
    PeriodKind period = PeriodKind::Month;
    bool allTime = false;
    // The range is still in progress: it starts on or before the data's last day and ends after it
    // ("this month" on the 15th). Its figures are so far, not final.
    bool partial = false;
    UndatedRecords undated; // left out of this period view (zero for all time)
    QString currency;
    std::vector<KpiValue> kpis; // in registry order
    Forecast forecast;

    const KpiValue* find(const QString& key) const&;
    // A pointer into a temporary report dangles at the end of the statement (ASan found three).
    const KpiValue* find(const QString& key) const&& = delete;
};

// Every KPI of the registry for a query, with previous period, same period last year and changes.
// Thread-safe on a shared snapshot. Throws Error for a filter name that is not in the data.
KpiReport computeKpis(const FactTable& facts, const MetricQuery& query);

// The value of each KPI per period of `query.period` within the range (clipped at both ends): the
// series behind sparklines and charts.
struct SeriesPoint {
    DateRange range;
    bool partial = false; // the period is still in progress at the data's last day
    // KPI key -> value, plus the parts mqls_accepted, mqls_rejected, mqls_pending, won_count,
    // lost_count, open_pipeline (currency), open_opportunities and campaign_cost (currency; n/a when not
    // attributable). KPIs and parts the workspace's data cannot support are n/a (kpisupport.h).
    std::map<QString, std::optional<double>> values;
    std::map<QString, std::optional<double>> targets; // KPI key -> target for this (clipped) period
};
std::vector<SeriesPoint> computeSeries(const FactTable& facts, const MetricQuery& query);

// The KPIs per value of a dimension (persona, channel, ...), for the query's range and filters. Rows for
// values with no activity in the range are left out. Campaign rows are per campaign (names may repeat).
// By deal stage only the opportunity KPIs are meaningful (contacts fall under "(none)").
struct BreakdownRow {
    qint32 code = 0;
    QString key;                                     // stable: the name, or a campaign's CRM id
    QString name;                                    // "(none)" for records without a value; for
                                                     // campaigns whose name repeats, "name (id)"
    std::map<QString, std::optional<double>> values; // same keys as SeriesPoint::values
    Forecast forecast;                               // deals closing in the range, rolled up
};
std::vector<BreakdownRow> computeBreakdown(const FactTable& facts, const MetricQuery& query, Dimension by);

// The records behind a figure: the numerator (e.g. accepted MQLs) or the denominator (decided MQLs).
// Counts and amounts have the same set on both sides.
enum class DrillSide { Numerator, Denominator };
struct DrillDown {
    enum class Kind { Contacts, Opportunities, None } kind = Kind::None;
    std::vector<qint64> ids; // workspace row ids, ascending
};
DrillDown drillDown(const FactTable& facts, const MetricQuery& query, const QString& kpiKey,
                    DrillSide side = DrillSide::Numerator);

// The date range a query covers: its own, or the whole data range (always the latter for all time).
DateRange effectiveRange(const FactTable& facts, const MetricQuery& query);
// The window a query is counted in (all time: every record).
Window queryWindow(const FactTable& facts, const MetricQuery& query);
// Whether a period that starts on `from` and whose whole period ends on `periodEnd` is still in
// progress at the data's last day.
bool isPartialPeriod(const FactTable& facts, const QDate& from, const QDate& periodEnd);

} // namespace revalign
