#include "report/packbuilder.h"

#include "metrics/dealpipeline.h"
#include "metrics/kpitotals.h"
#include "metrics/waterfall.h"
#include "report/packtr.h"
#include "store/definitionstore.h"
#include "store/meetingstore.h"
#include "store/workspace.h"
#include "uitext.h"
#include "util/error.h"

#include <algorithm>
#include <set>

namespace revalign::ui::report {

namespace {
// The day of the latest record: what "now" is for a workspace of exports.
QDate latestDay(const FactTable& f) {
    if (f.asOf == kNoTime)
        return {};
    return QDate::fromJulianDay(f.hours.localDay(f.asOf));
}

// The KPIs the cover leads with: the volumes and rates each team is judged by, and any KPI the teams set
// a target for.
bool isHeadline(const KpiValue& k) {
    static const std::set<QString> keys{QStringLiteral("mqls"),
                                        QStringLiteral("cost_per_mql"),
                                        QStringLiteral("marketing_sourced_pipeline"),
                                        QStringLiteral("mql_acceptance_rate"),
                                        QStringLiteral("sla_compliance"),
                                        QStringLiteral("pipeline_created"),
                                        QStringLiteral("bookings"),
                                        QStringLiteral("win_rate"),
                                        QStringLiteral("pipeline_coverage")};
    return keys.count(k.key) > 0 || k.target.has_value();
}

std::vector<TrendBucket> buckets(const FactTable& f, const MetricQuery& q, const PackPeriod& period) {
    const PeriodCalendar calendar(f.settings);
    std::vector<TrendBucket> out;
    for (const SeriesPoint& p : computeSeries(f, q)) {
        TrendBucket b;
        b.range = p.range;
        b.values = p.values;
        b.targets = p.targets;
        b.partial = !calendar.isWholePeriod(p.range, period.kind) ||
                    (period.dataTo.isValid() && p.range.to > period.dataTo) ||
                    (period.dataFrom.isValid() && p.range.from < period.dataFrom);
        out.push_back(std::move(b));
    }
    return out;
}

// The deal pipeline (metrics/dealpipeline, issue 12): open deals by the stage they are in now, in the
// workspace's order (stages nobody defined after the defined ones, flagged), and the deals closed in the
// period. "Now" is the latest record: the open deals are read over a range that ends on that day.
void dealPipeline(const FactTable& f, const MetricQuery& q, const PackPeriod& period,
                  FunnelPipelineInput& out) {
    MetricQuery now = q;
    if (period.dataTo.isValid() && period.dataTo > q.range.to)
        now.range.to = period.dataTo;
    for (const revalign::DealStageRow& s : computeDealPipeline(f, now).stages) {
        if (s.closed || s.deals == 0)
            continue;
        DealStageRow row;
        const bool noStage = !s.defined && s.name == u"(no stage)";
        row.name = noStage ? Pack::tr("(no stage)") : s.name;
        row.deals = s.deals;
        row.amount = s.amount;
        row.weighted = s.weighted;
        row.probability = s.probability;
        row.defined = s.defined || noStage;
        out.deals.push_back(row);
    }
    const DealPipelineReport closed = computeDealPipeline(f, q);
    double closedAmount = 0;
    for (const revalign::DealStageRow& s : closed.stages)
        closedAmount += s.closed ? s.amount : 0;
    out.wonInPeriod = closed.won;
    out.lostInPeriod = closed.lost;
    out.wonAmount = closed.bookings;
    out.lostAmount = closedAmount - closed.bookings;
}
} // namespace

int trendLength(PeriodKind kind) {
    return kind == PeriodKind::Quarter ? 8 : 12;
}

PackPeriod resolvePeriod(const FactTable& f, const DateRange& requested) {
    const PeriodCalendar calendar(f.settings);
    PackPeriod p;
    p.dataFrom = f.dataFrom;
    p.dataTo = latestDay(f);
    if (requested.isValid()) {
        p.range = requested;
    } else {
        const QDate anchor = p.dataTo.isValid() ? p.dataTo : QDate::currentDate();
        p.range = calendar.containing(anchor, PeriodKind::Week);
        if (p.range.to > anchor)
            p.range = calendar.previous(p.range, PeriodKind::Week);
    }
    for (PeriodKind kind : {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter})
        if (calendar.isWholePeriod(p.range, kind)) {
            p.kind = kind;
            p.wholePeriod = true;
            break;
        }
    if (!p.wholePeriod) {
        const qint64 days = p.range.days();
        p.kind = days <= 31 ? PeriodKind::Week : days <= 186 ? PeriodKind::Month : PeriodKind::Quarter;
    }
    p.previous = calendar.previous(p.range, p.kind);
    return p;
}

QString describeFilters(const MetricFilters& m) {
    QStringList parts;
    const auto add = [&parts](const QString& dimension, const QStringList& names) {
        if (!names.isEmpty())
            parts << Pack::tr("%1: %2").arg(dimension, names.join(QStringLiteral(", ")));
    };
    add(Pack::tr("Persona"), m.personas);
    add(Pack::tr("Channel"), m.channels);
    add(Pack::tr("Campaign"), m.campaigns);
    add(Pack::tr("Owner"), m.owners);
    add(Pack::tr("Team"), m.teams);
    add(Pack::tr("Segment"), m.segments);
    add(Pack::tr("Manager"), m.managers); // the manager's whole team
    add(Pack::tr("Region"), m.regions);
    return parts.join(QStringLiteral(" · "));
}

PackInputs buildPackInputs(const FactTable& f, Workspace& workspace, const PackQuery& query,
                           const std::function<void(int)>& progress) {
    const auto step = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    PackInputs in;
    in.generatedAt = query.generatedAt.isValid() ? query.generatedAt : QDateTime::currentDateTime();
    const PackPeriod period = resolvePeriod(f, query.period);
    const QString currency = f.settings.currency;
    const MetricQuery q{period.range, period.kind, query.filters};

    const KpiReport report = computeKpis(f, q);
    step(25);
    CoverInput& cover = in.cover;
    cover.workspace = f.settings.name;
    cover.filters = describeFilters(query.filters);
    cover.period = period;
    cover.currency = currency;
    cover.all = report.kpis;
    for (const KpiValue& k : report.kpis)
        if (isHeadline(k))
            cover.headline.push_back(k);

    SinceLastSyncInput& since = in.sinceLastSync;
    since.period = period;
    since.currency = currency;
    since.waterfall.fromDay = period.previous.to;
    since.waterfall.toDay = period.range.to;
    {
        // The deals' history (issue 13) as the sync page's panel computes it: A = the end of the period
        // before, B = the latest snapshot by the end of this period (the end itself without one). The
        // close window is the fiscal quarter holding B.
        WaterfallQuery wq;
        wq.filters = query.filters;
        wq.from = endOfDay(f, period.previous.to);
        const qint64 end = endOfDay(f, period.range.to);
        const qint64 latest = latestSnapshotAtOrBefore(f, end);
        wq.to = latest != kNoTime && latest > wq.from ? latest : end;
        PipelineWaterfallInput& w = since.waterfall;
        try {
            const Waterfall wf = computeWaterfall(f, wq);
            if (!wf.available) {
                w.unavailableReason = wf.reason;
            } else {
                w.closeWindow = wf.window;
                w.fromDay = localDate(f, wf.from);
                w.toDay = localDate(f, wf.to);
                const auto units = [&](WaterfallBucket b) { return double(wf.magnitude(b)) / 100.0; };
                w.start = double(wf.startCents) / 100.0;
                w.end = double(wf.endCents) / 100.0;
                w.created = units(WaterfallBucket::New);
                w.pulledIn = units(WaterfallBucket::PulledIn);
                w.increased = units(WaterfallBucket::Increased);
                w.decreased = units(WaterfallBucket::Decreased);
                w.pushedOut = units(WaterfallBucket::PushedOut);
                w.won = units(WaterfallBucket::Won);
                w.lost = units(WaterfallBucket::Lost);
            }
        } catch (const Error& e) {
            w.unavailableReason = e.message(); // a filter naming nobody in the deals: said, not guessed
        }
    }
    since.backlog = computeMqlBacklog(f, query.filters, period.range);
    since.previousBacklog = computeMqlBacklog(f, query.filters, period.previous);
    step(40);

    SideBySideInput& side = in.sideBySide;
    side.period = period;
    side.currency = currency;
    side.kpis = report.kpis;
    {
        // The pack's own period as its own bucket(s), after the periods before it: a custom range then
        // never shares a bucket with the days before it.
        const PeriodCalendar calendar(f.settings);
        const std::vector<TrendBucket> current = buckets(f, q, period);
        QDate start = period.range.from;
        for (int i = 0; i < trendLength(period.kind) - int(current.size()); ++i)
            start = calendar.containing(start.addDays(-1), period.kind).from;
        if (start < period.range.from) {
            MetricQuery before = q;
            before.range = {start, period.range.from.addDays(-1)};
            side.buckets = buckets(f, before, period);
        }
        side.buckets.insert(side.buckets.end(), current.begin(), current.end());
    }
    since.buckets = side.buckets;
    for (const KpiValue& k : report.kpis)
        if (k.team == Team::Shared)
            since.handoffKpis.push_back(k);
    step(60);

    FunnelPipelineInput& funnel = in.funnel;
    funnel.period = period;
    funnel.currency = currency;
    funnel.funnel = computeFunnel(f, q, FunnelMode::Flow);
    for (const StageFacts& s : f.stages) {
        funnel.stageNames.push_back(builtinText("FunnelStage", s.name));
        funnel.stageTeams.push_back(s.team);
    }
    funnel.dealsAsOf = period.dataTo;
    dealPipeline(f, q, period, funnel);
    step(75);

    MeetingStore meetings(workspace.db());
    NotesInput& notes = in.notes;
    notes.period = period;
    for (const Meeting& m : meetings.meetings())
        if (m.heldOn >= period.range.from && m.heldOn <= period.range.to)
            notes.meetings.push_back({m, meetings.notes(m.id)});
    std::reverse(notes.meetings.begin(), notes.meetings.end()); // oldest first
    notes.actions = meetings.actionItemsBetween(period.range.from, period.range.to);

    DefinitionStore definitions(workspace.db());
    DefinitionsInput& defs = in.definitions;
    defs.currency = currency;
    defs.stages = definitions.funnelStages();
    defs.kpis = f.kpis; // exactly the definitions the figures were computed with
    constexpr int kChangesShown = 25;
    defs.changes = definitions.changeLog(1000);
    if (qsizetype(defs.changes.size()) > kChangesShown) {
        defs.changesLeftOut = qsizetype(defs.changes.size()) - kChangesShown;
        defs.changes.resize(kChangesShown);
    }
    step(85);
    return in;
}

} // namespace revalign::ui::report
