#pragma once

#include "metrics/facttable.h"
#include "metrics/metricquery.h"
#include "report/packinputs.h"

#include <QDateTime>

#include <functional>

namespace revalign {
class Workspace;
}

namespace revalign::ui::report {

struct PackQuery {
    DateRange period; // invalid: the latest whole week in the data
    MetricFilters filters;
    QDateTime generatedAt; // invalid: now
};

// The pack's period: the range asked for (its granularity from its length: one whole week, month or
// quarter of the workspace calendar is that period; other ranges up to 31 days count as weeks, up to
// 186 days as months, longer as quarters), or by default the latest week that is complete in the data.
PackPeriod resolvePeriod(const FactTable& facts, const DateRange& requested);

// How many buckets the side-by-side charts show: 12 weeks, 12 months or 8 quarters, ending with the pack's
// period.
int trendLength(PeriodKind kind);

// "Channel: Events · Persona: CFO"; empty without filters.
QString describeFilters(const MetricFilters& filters);

// Everything the pack shows, from the core: the KPI report, series, funnel and MQL backlog from the fact
// snapshot; notes, action items and the change log from the workspace (read only; the calling thread's
// own connection). Throws Error for a filter naming something not in the data. `progress` gets 0..100.
PackInputs buildPackInputs(const FactTable& facts, Workspace& workspace, const PackQuery& query,
                           const std::function<void(int)>& progress = {});

} // namespace revalign::ui::report
