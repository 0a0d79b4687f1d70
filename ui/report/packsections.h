#pragma once

#include "report/packdocument.h"
#include "report/packinputs.h"

// One renderer per section of the meeting pack: a plain input struct in, the section's blocks out.
namespace revalign::ui::report {

Section coverSection(const CoverInput& in);                 // packcover.cpp
Section sinceLastSyncSection(const SinceLastSyncInput& in); // packcover.cpp
Section sideBySideSection(const SideBySideInput& in);       // packtrends.cpp
Section funnelSection(const FunnelPipelineInput& in);       // packtrends.cpp
Section notesSection(const NotesInput& in);                 // packappendix.cpp
Section definitionsSection(const DefinitionsInput& in);     // packappendix.cpp

// The whole document: the six sections, the running header and the footer's generated-at line.
PackDocument composePack(const PackInputs& in);

// Shared by the renderers: a column chart of KPIs (or their parts, "mqls_accepted") per trend bucket,
// the pack's own period shaded, partial periods hatched, and optionally one KPI's target as a step.
struct TrendChartSpec {
    QString title;
    std::vector<std::pair<QString, QColor>> series; // KPI key (or part) -> colour
    QString targetOf;                               // KPI key whose target is drawn, or empty
    KpiUnit unit = KpiUnit::Count;
};
Block trendChart(const std::vector<TrendBucket>& buckets, const PackPeriod& period, const QString& currency,
                 const std::vector<KpiValue>& kpis, const TrendChartSpec& spec, double heightPoints);
// "Week by week: the last 12 weeks up to the end of the pack's period (shaded)." and the hatching.
QString trendCaption(const std::vector<TrendBucket>& buckets, const PackPeriod& period);

// A KPI table (name, value, previous, change; with target and status when
// `withTarget`), one row per KPI.
Block kpiTable(const std::vector<KpiValue>& kpis, const PackPeriod& period, const QString& currency,
               bool withTarget);

} // namespace revalign::ui::report
