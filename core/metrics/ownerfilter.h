#pragma once

#include "metrics/facttable.h"
#include "metrics/metricquery.h"

#include <QStringList>

#include <optional>

namespace revalign {

// The names of the owners a query's owner, manager and region filters allow together ("(none)" for
// records without an owner); nullopt when none of those filters is set. The team filter is left to the
// caller (attribution reads it as the team of the touches). Throws Error naming an unknown name.
std::optional<QStringList> allowedOwnerNames(const FactTable& facts, const MetricFilters& filters);

} // namespace revalign
