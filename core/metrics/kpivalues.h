#pragma once

#include "metrics/kpitotals.h"

#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace revalign {

// Turns the sums of one window into KPI values in display units (the formulas live here).
// `bookingsTarget` (currency units) feeds pipeline coverage; nullopt makes coverage n/a.
std::map<QString, std::optional<double>> kpiValues(const KpiTotals& totals,
                                                   std::optional<double> bookingsTarget);

// The parts behind a KPI's value, for KpiValue::detail.
std::vector<std::pair<QString, double>> kpiDetail(const FactTable& facts, const QString& key,
                                                  const KpiTotals& totals);

} // namespace revalign
