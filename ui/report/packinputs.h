#pragma once

#include "domain/definitionchange.h"
#include "domain/funnelstage.h"
#include "domain/kpidefinition.h"
#include "domain/meeting.h"
#include "metrics/funnel.h"
#include "metrics/kpiengine.h"
#include "metrics/mqlbacklog.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

// The plain inputs of each section of the meeting pack. The builder (packbuilder.h) fills them from the
// core (KPI report, series, funnel, meetings, definitions); each section's renderer (packsections.h) turns
// one of them into blocks of the document. Nothing here knows about widgets, pages or file formats.
namespace revalign::ui::report {

// The pack's period and how it sits in the data.
struct PackPeriod {
    DateRange range;                    // inclusive days
    PeriodKind kind = PeriodKind::Week; // the granularity of targets, comparisons and charts
    bool wholePeriod = false;           // exactly one week / month / quarter of the workspace calendar
    DateRange previous;                 // what "vs previous" compares with
    QDate dataFrom, dataTo;             // the days the data covers (first and latest record)
    // The period runs past the latest record (the week is not over in the data) or starts before the
    // first: its figures cover fewer days than its name says.
    bool partial() const { return dataTo.isValid() && (range.to > dataTo || range.from < dataFrom); }
    // The days that hold data (the whole range when none is missing).
    DateRange covered() const;
};

// (1) Cover: the period in full, the headline KPIs vs target, what changed most.
struct CoverInput {
    QString workspace;
    QString filters; // "" = everything in the workspace
    PackPeriod period;
    QString currency;
    std::vector<KpiValue> headline; // the KPIs the pack leads with, in registry order
    std::vector<KpiValue> all;      // every KPI: the changes are ranked over all of them
};

// (2) Since last sync. The waterfall comes from deal history (issue 13); until a workspace has deal
// snapshots it is unavailable, with the reason.
struct PipelineWaterfallInput {
    QString unavailableReason; // non-empty: n/a, and why
    DateRange closeWindow;     // the close dates whose open pipeline is followed
    QDate fromDay, toDay;      // the two moments compared (the previous sync, this one)
    double start = 0, created = 0, pulledIn = 0, increased = 0, decreased = 0, pushedOut = 0, won = 0,
           lost = 0, end = 0; // currency units
};

// One bucket of the trend charts: a period of the pack's granularity; the last ones are the pack's own.
struct TrendBucket {
    DateRange range;
    bool partial = false; // clipped, or past the latest record
    std::map<QString, std::optional<double>> values;
    std::map<QString, std::optional<double>> targets;
};

struct SinceLastSyncInput {
    PackPeriod period;
    QString currency;
    PipelineWaterfallInput waterfall;
    MqlBacklog backlog;         // this period
    MqlBacklog previousBacklog; // the period before, for "the backlog was N a week earlier"
    // The handoff, period by period: MQLs accepted / rejected / pending, and the shared KPIs.
    std::vector<TrendBucket> buckets;
    std::vector<KpiValue> handoffKpis;
};

// (3) Marketing | sales side by side at the pack's granularity.
struct SideBySideInput {
    PackPeriod period;
    QString currency;
    std::vector<TrendBucket> buckets;
    std::vector<KpiValue> kpis; // every KPI of the period (the tables under the charts)
};

// (4) The funnel and the deal pipeline. Until the deal pipeline of issue 12 lands, deals are counted by
// their current deal stage from the opportunity columns.
struct DealStageRow {
    QString name;                      // "(none)" for deals without a stage
    qint64 deals = 0;                  // open deals now in this stage
    double amount = 0, weighted = 0;   // currency units
    std::optional<double> probability; // the stage's, when the workspace defines the stage
    bool defined = true;               // false: the stage comes from the data, nobody defined it
};

struct FunnelPipelineInput {
    PackPeriod period;
    QString currency;
    FunnelReport funnel;             // flow: entries per stage in the period
    std::vector<QString> stageNames; // display names, funnel order
    std::vector<Team> stageTeams;    // the team that owns each stage
    QDate dealsAsOf;                 // the latest record: "current" stage means as of this day
    std::vector<DealStageRow> deals; // workspace order of the deal stages
    qint64 wonInPeriod = 0, lostInPeriod = 0;
    double wonAmount = 0, lostAmount = 0;
};

// (5) The meetings of the period: notes and action items.
struct MeetingNotes {
    Meeting meeting;
    std::vector<MeetingNote> notes;
};

struct NotesInput {
    PackPeriod period;
    std::vector<MeetingNotes> meetings; // held in the period, oldest first
    std::vector<ActionItem> actions;    // raised in, carried into or done in the period
};

// (6) Appendix: the definitions the figures were computed with, and who agreed them when.
struct DefinitionsInput {
    std::vector<FunnelStage> stages;
    std::vector<KpiDefinition> kpis;
    std::vector<DefinitionChange> changes; // newest first, up to the pack's generation
    qsizetype changesLeftOut = 0;          // older entries not printed
    QString currency;
};

struct PackInputs {
    QDateTime generatedAt;
    CoverInput cover;
    SinceLastSyncInput sinceLastSync;
    SideBySideInput sideBySide;
    FunnelPipelineInput funnel;
    NotesInput notes;
    DefinitionsInput definitions;
};

} // namespace revalign::ui::report
