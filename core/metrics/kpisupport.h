#pragma once

#include "metrics/facttable.h"
#include "metrics/metricquery.h"

#include <QString>

namespace revalign {

// Which facts each KPI needs, and whether the workspace carries them. A KPI whose facts no record in the
// workspace carries is n/a with the reason — "no handoff decisions in this workspace" — on every screen
// and in the CLI, instead of a 0 %, 100 % or ratio built from absent data (docs/kpis.md "Supported or
// n/a"). The facts are looked for in the whole workspace; a filter that leaves no records gives the
// ordinary n/a of a zero denominator.
//
// Reasons are English source strings (context "KpiSupport"): the CLI prints them as they are, the UI
// shows their translation (ui/uitext.h builtinText).
QString unsupportedReason(const FactTable& facts, const QString& kpiKey, const MetricFilters& filters = {});

// The same for the chart parts that are not registry KPIs (mqls_accepted, won_count, campaign_cost …).
QString unsupportedPartReason(const FactTable& facts, const QString& partKey,
                              const MetricFilters& filters = {});

// The sentence a view with no data of a kind shows instead of a row of zeros.
QString noLeadDataReason();
QString noDealDataReason();
// A funnel stage no contact has a date for (nor for any later stage).
QString noStageDatesReason();
// Pipeline coverage needs a bookings target still to reach.
QString noBookingsTargetReason();
QString bookingsTargetMetReason();
// The sales cycle when every won deal of the range has impossible dates (left out).
QString impossibleCycleReason();

} // namespace revalign
