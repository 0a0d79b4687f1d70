// The cover (the period, the headline KPIs vs target, what changed most) and "since last sync" (the
// pipeline waterfall and the MQL backlog).
#include "kpiformat.h"
#include "report/packcharts.h"
#include "report/packsections.h"
#include "report/packstyle.h"
#include "report/packtext.h"
#include "report/packtr.h"

#include <QLocale>

#include <cmath>

namespace revalign::ui::report {

namespace {
QString coloured(const QString& html, const QColor& c) {
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(c.name(), html);
}

// Figures never break inside (a "$4,367/day" split after the slash reads as two values).
QString unbroken(const QString& html) {
    return QStringLiteral("<p style=\"white-space:nowrap\">%1</p>").arg(html);
}

QString changeCell(const KpiValue& k) {
    const QString change = kpiChangeText(k);
    const std::optional<bool> good = changeIsGood(k.value, k.previous, k.direction);
    return unbroken(good ? coloured(esc(change), *good ? colour::good : colour::bad) : esc(change));
}

QString count(qint64 n) {
    return QLocale().toString(n);
}
} // namespace

Block kpiTable(const std::vector<KpiValue>& kpis, const PackPeriod& period, const QString& currency,
               bool withTarget) {
    // One line per KPI where the words allow: each figure in a column of its own.
    std::vector<TableColumn> columns{{Pack::tr("KPI"), withTarget ? 2.3 : 2.0, false},
                                     {periodColumn(period), withTarget ? 1.0 : 1.25, true}};
    if (withTarget) {
        columns.push_back({Pack::tr("Target"), 0.9, true});
        columns.push_back({Pack::tr("Status"), 2.4, false});
    }
    columns.push_back({Pack::tr("Previous"), withTarget ? 1.0 : 1.25, true});
    columns.push_back({Pack::tr("Change"), withTarget ? 1.1 : 1.3, true});
    std::vector<TableRow> rows;
    for (const KpiValue& k : kpis) {
        TableRow row;
        const QString value = esc(kpiValueText(k, currency));
        row.cells << esc(kpiName(k)) << (k.value && std::isfinite(*k.value) ? unbroken(value) : value);
        if (withTarget) {
            const KpiStatus status = kpiStatus(k, period);
            row.cells << unbroken(esc(kpiTargetText(k, currency)))
                      << coloured(esc(status.words), status.colour);
            row.marker = status.colour;
        }
        row.cells << unbroken(esc(formatKpiValue(k.key, k.previous, k.unit, currency))) << changeCell(k);
        rows.push_back(std::move(row));
    }
    return Block::table(std::move(columns), std::move(rows));
}

Section coverSection(const CoverInput& in) {
    Section s;
    s.key = QStringLiteral("cover");
    const QString scope = in.filters.isEmpty() ? Pack::tr("Every contact and deal in the workspace")
                                               : Pack::tr("Filtered: %1").arg(in.filters);
    s.blocks.push_back(Block::text(
        QStringLiteral("<p style=\"font-size:10pt;color:%1\">%2</p>"
                       "<p style=\"font-size:24pt;font-weight:bold;margin-top:4pt;margin-bottom:4pt\">%3</p>"
                       "<p style=\"font-size:10pt;color:%1\">%4<br>%5</p>")
            .arg(colour::muted.name(), esc(Pack::tr("Sales–marketing sync · %1").arg(in.workspace)),
                 esc(periodTitle(in.period)),
                 esc(Pack::tr("Compared with %1").arg(previousPhrase(in.period))), esc(scope))));
    if (in.period.partial())
        s.blocks.push_back(Block::note(esc(partialPeriodNote(in.period))));

    s.blocks.push_back(Block::heading(esc(Pack::tr("What changed most"))));
    const std::vector<ChangeSentence> changes = biggestChanges(in.all, in.currency, in.period, 3);
    QString html;
    for (const ChangeSentence& c : changes)
        html += QStringLiteral("<p>%1&nbsp;&nbsp;%2</p>")
                    .arg(coloured(c.rose ? QStringLiteral("▲") : QStringLiteral("▼"),
                                  c.good ? colour::good : colour::bad),
                         esc(c.text));
    if (changes.size() < 3)
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(fewerChangesSentence(qsizetype(changes.size()), in.period)));
    s.blocks.push_back(Block::text(html));

    s.blocks.push_back(Block::heading(esc(Pack::tr("Headline KPIs vs target"))));
    s.blocks.push_back(kpiTable(in.headline, in.period, in.currency, true));
    s.blocks.push_back(
        Block::text(QStringLiteral("<p class=\"muted\">%1</p>")
                        .arg(esc(Pack::tr("Every KPI follows: the handoff’s under “Since last "
                                          "sync”, the others under “Marketing | sales”; how each is "
                                          "computed, and its targets, in the appendix.")))));
    return s;
}

Section sinceLastSyncSection(const SinceLastSyncInput& in) {
    Section s;
    s.key = QStringLiteral("since-last-sync");
    s.title = Pack::tr("Since last sync");
    s.blocks.push_back(
        Block::text(QStringLiteral("<p>%1</p>")
                        .arg(esc(Pack::tr("What moved between the end of %1 and the end of %2.")
                                     .arg(previousPhrase(in.period), periodPhrase(in.period))))));

    s.blocks.push_back(Block::heading(esc(Pack::tr("Pipeline waterfall"))));
    const PipelineWaterfallInput& w = in.waterfall;
    if (!w.unavailableReason.isEmpty()) {
        s.blocks.push_back(
            Block::note(QStringLiteral("<b>%1</b> %2")
                            .arg(esc(QCoreApplication::translate("KpiFormat", "n/a") + QStringLiteral(" —")),
                                 esc(w.unavailableReason))));
    } else {
        WaterfallChart::Spec spec;
        spec.unit = KpiUnit::Money;
        spec.currency = in.currency;
        spec.steps = {{longDate(w.fromDay), w.start, true, {}},
                      {Pack::tr("New"), w.created, false, {}},
                      {Pack::tr("Pulled in"), w.pulledIn, false, {}},
                      {Pack::tr("Increased"), w.increased, false, {}},
                      {Pack::tr("Decreased"), -w.decreased, false, {}},
                      {Pack::tr("Pushed out"), -w.pushedOut, false, {}},
                      {Pack::tr("Won"), -w.won, false, {}},
                      {Pack::tr("Lost"), -w.lost, false, {}},
                      {longDate(w.toDay), w.end, true, {}}};
        spec.emptyText =
            Pack::tr("No open pipeline closing in %1, and nothing moved.").arg(dayRange(w.closeWindow));
        const QString moved = Pack::tr("Open pipeline closing in %1 went from %2 to %3.")
                                  .arg(dayRange(w.closeWindow), formatMoney(w.start, in.currency, true),
                                       formatMoney(w.end, in.currency, true));
        spec.summaryText = moved;
        s.blocks.push_back(Block::chartOf(std::make_shared<WaterfallChart>(std::move(spec)), 170));
        // Said in words too: the chart's labels are rounded, and a reader who copies the text gets it.
        s.blocks.push_back(Block::text(QStringLiteral("<p>%1</p>").arg(esc(moved))));
    }

    s.blocks.push_back(Block::heading(esc(Pack::tr("MQL backlog: waiting for sales’ answer"))));
    const MqlBacklog& b = in.backlog;
    const QDate endDay = b.measuredTo.isValid() ? b.measuredTo : in.period.range.to;
    WaterfallChart::Spec spec;
    spec.unit = KpiUnit::Count;
    spec.steps = {
        {Pack::tr("Waiting on %1").arg(longDate(in.period.range.from)), double(b.start), true, {}},
        {Pack::tr("New MQLs"), double(b.entered), false, colour::marketing},
        {Pack::tr("Accepted"), -double(b.accepted), false, colour::sales},
        {Pack::tr("Rejected"), -double(b.rejected), false, colour::bad},
        {Pack::tr("Still waiting at the end of %1").arg(longDate(endDay)), double(b.end), true, {}}};
    spec.emptyText =
        Pack::tr("No MQL was waiting for sales, and none arrived, in %1.").arg(dayRange(in.period.range));
    const QString movement =
        Pack::tr("The backlog went from %1 to %2: %3 new MQLs, %4 accepted and %5 rejected by sales.")
            .arg(count(b.start), count(b.end), count(b.entered), count(b.accepted), count(b.rejected));
    spec.summaryText = movement;
    s.blocks.push_back(Block::chartOf(std::make_shared<WaterfallChart>(std::move(spec)), 140));
    QString text =
        QStringLiteral("<p>%1 %2</p>")
            .arg(esc(movement), esc(Pack::tr("At the end of %1 it stood at %2.")
                                        .arg(previousPhrase(in.period), count(in.previousBacklog.end))));
    text +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(Pack::tr("Waiting at the end, by how long: %1 up to 7 days, %2 for 8–30 days, %3 for "
                              "31–90 days, %4 for over 90 days.")
                         .arg(count(b.endAges[0]), count(b.endAges[1]), count(b.endAges[2]),
                              count(b.endAges[3]))));
    s.blocks.push_back(Block::text(text));
    if (b.measuredTo.isValid() && b.measuredTo < in.period.range.to)
        s.blocks.push_back(
            Block::note(esc(Pack::tr("The end of the period is measured at the latest record, %1.")
                                .arg(longDate(b.measuredTo)))));
    if (b.undatedDecisions > 0)
        s.blocks.push_back(Block::note(esc(Pack::tr(
            "%n answered MQLs have no decision date: they count as answered the moment they became MQL.", "",
            int(b.undatedDecisions)))));

    s.blocks.push_back(Block::heading(esc(Pack::tr("The handoff, period by period"))));
    s.blocks.push_back(Block::text(
        QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(trendCaption(in.buckets, in.period)))));
    s.blocks.push_back(trendChart(in.buckets, in.period, in.currency, in.handoffKpis,
                                  {Pack::tr("MQLs by sales’ answer"),
                                   {{QStringLiteral("mqls_accepted"), colour::sales},
                                    {QStringLiteral("mqls_rejected"), colour::bad},
                                    {QStringLiteral("mqls_pending"), colour::muted}},
                                   QString(),
                                   KpiUnit::Count},
                                  118));
    s.blocks.push_back(kpiTable(in.handoffKpis, in.period, in.currency, false));
    return s;
}

} // namespace revalign::ui::report
