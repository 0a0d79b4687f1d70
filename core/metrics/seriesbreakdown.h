#pragma once

#include "metrics/kpiengine.h"
#include "metrics/kpitotals.h"

namespace revalign {

// A KPI per period, split by the values of a dimension: "leads and MQLs by channel over time". One pass
// over the facts for every period and group at once.
struct GroupSeries {
    qint32 code = 0;
    QString name;                                                 // "(none)" for records without a value
    std::vector<std::map<QString, std::optional<double>>> values; // one per period, KPI key -> value
    double weight = 0; // the sum of the ranking KPI over the range, for picking the largest groups
};

struct SeriesBreakdown {
    std::vector<DateRange> periods;
    std::vector<GroupSeries> groups; // largest first by `rankBy`; groups with no activity left out
};

// `maxGroups` keeps the largest groups and folds the rest into one "Other" group (summing counts and
// money; ratios are not summable and become n/a there).
SeriesBreakdown computeSeriesBreakdown(const FactTable& facts, const MetricQuery& query, Dimension by,
                                       const QString& rankBy, int maxGroups = 6);

} // namespace revalign
