#pragma once

#include "metrics/kpitotals.h"

#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace revalign {

// Turns the sums of one window into KPI values in display units (the formulas live here), keyed by KPI
// key, plus the parts mqls_accepted, mqls_rejected, mqls_pending, won_count, lost_count, open_pipeline,
// open_opportunities and campaign_cost.
// `stillToReach` (currency units) is the bookings target still to reach that pipeline coverage is
// measured against: nullopt (no target) or ≤ 0 (met) makes coverage n/a.
std::map<QString, std::optional<double>> kpiValues(const KpiTotals& totals,
                                                   std::optional<double> stillToReach);

// The parts behind a KPI's value, for KpiValue::detail.
std::vector<std::pair<QString, double>> kpiDetail(const FactTable& facts, const QString& key,
                                                  const KpiTotals& totals);

} // namespace revalign
