// "Marketing | sales" (the two teams' trends side by side at the pack's granularity) and the funnel with
// the deal pipeline.
#include "kpiformat.h"
#include "report/packcharts.h"
#include "report/packsections.h"
#include "report/packstyle.h"
#include "report/packtext.h"
#include "report/packtr.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace revalign::ui::report {

namespace {
constexpr double kTrendHeight = 150;

QString seriesName(const QString& key, const std::vector<KpiValue>& kpis) {
    for (const KpiValue& k : kpis)
        if (k.key == key)
            return kpiName(k);
    if (key == u"mqls_accepted")
        return Pack::tr("Accepted");
    if (key == u"mqls_rejected")
        return Pack::tr("Rejected");
    if (key == u"mqls_pending")
        return Pack::tr("Pending");
    return key;
}

int highlightFrom(const std::vector<TrendBucket>& buckets, const PackPeriod& period) {
    for (size_t i = 0; i < buckets.size(); ++i)
        if (buckets[i].range.from >= period.range.from)
            return int(i);
    return -1;
}

Block trendBlock(const SideBySideInput& in, const TrendChartSpec& t) {
    return trendChart(in.buckets, in.period, in.currency, in.kpis, t, kTrendHeight);
}

std::vector<KpiValue> ofTeam(const std::vector<KpiValue>& kpis, Team team) {
    std::vector<KpiValue> out;
    for (const KpiValue& k : kpis)
        if (k.team == team)
            out.push_back(k);
    return out;
}

QString percent(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? QLocale().toString(*v * 100.0, 'f', 1) + u'%'
                                  : QCoreApplication::translate("KpiFormat", "n/a");
}

QString days(const std::optional<double>& v) {
    return v && std::isfinite(*v)
               ? QCoreApplication::translate("KpiFormat", "%1 d").arg(QLocale().toString(*v, 'f', 1))
               : QCoreApplication::translate("KpiFormat", "n/a");
}
} // namespace

Block trendChart(const std::vector<TrendBucket>& buckets, const PackPeriod& period, const QString& currency,
                 const std::vector<KpiValue>& kpis, const TrendChartSpec& t, double heightPoints) {
    ColumnChart::Spec spec;
    spec.title = t.title;
    spec.unit = t.unit;
    spec.currency = currency;
    spec.highlighted = highlightFrom(buckets, period);
    for (size_t i = 0; i < buckets.size(); ++i) {
        const DateRange& r = buckets[i].range;
        const bool newYear = i == 0 || r.from.year() != buckets[i - 1].range.from.year();
        spec.labels << bucketLabel(r, period.kind, newYear && period.kind != PeriodKind::Week);
        spec.partial.push_back(buckets[i].partial);
    }
    for (const auto& [key, colour] : t.series) {
        ChartSeries s{seriesName(key, kpis), colour, {}};
        for (const TrendBucket& b : buckets) {
            const auto it = b.values.find(key);
            s.values.push_back(it == b.values.end() ? std::nullopt : it->second);
        }
        spec.series.push_back(std::move(s));
    }
    if (!t.targetOf.isEmpty()) {
        // "Target" alone when there is one series: the chart's title already names it.
        const QString name = t.series.size() == 1 ? Pack::tr("Target")
                                                  : Pack::tr("Target: %1").arg(seriesName(t.targetOf, kpis));
        ChartSeries target{name, colour::target, {}};
        bool any = false;
        for (const TrendBucket& b : buckets) {
            const auto it = b.targets.find(t.targetOf);
            target.values.push_back(it == b.targets.end() ? std::nullopt : it->second);
            any = any || target.values.back().has_value();
        }
        if (any)
            spec.target = std::move(target);
    }
    QStringList names;
    for (const ChartSeries& s : spec.series)
        names << s.name;
    const QString span =
        dayRange({buckets.empty() ? period.range.from : buckets.front().range.from, period.range.to});
    spec.emptyText = Pack::tr("Nothing to chart: no %1 in %2.").arg(names.join(QStringLiteral(", ")), span);
    spec.summaryText = Pack::tr("%1 per period, %2.").arg(names.join(QStringLiteral(", ")), span);
    return Block::chartOf(std::make_shared<ColumnChart>(std::move(spec)), heightPoints);
}

QString trendCaption(const std::vector<TrendBucket>& buckets, const PackPeriod& period) {
    const int n = int(buckets.size());
    QString text;
    switch (period.kind) {
    case PeriodKind::Week:
        text =
            Pack::tr("Week by week: the last %n weeks up to the end of the pack’s period (shaded).", "", n);
        break;
    case PeriodKind::Month:
        text = Pack::tr("Month by month: the last %n months up to the end of the pack’s period (shaded).", "",
                        n);
        break;
    case PeriodKind::Quarter:
        text = Pack::tr(
            "Quarter by quarter: the last %n quarters up to the end of the pack’s period (shaded).", "", n);
        break;
    }
    if (std::any_of(buckets.begin(), buckets.end(), [](const TrendBucket& b) { return b.partial; }))
        text +=
            u' ' + Pack::tr("Hatched bars are partial periods (cut by the range or by the latest record).");
    return text;
}

Section sideBySideSection(const SideBySideInput& in) {
    Section s;
    s.key = QStringLiteral("marketing-sales");
    s.title = Pack::tr("Marketing | sales");
    s.blocks.push_back(Block::text(
        QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(trendCaption(in.buckets, in.period)))));

    const std::vector<Block> marketing{
        trendBlock(in, {Pack::tr("Leads and MQLs"),
                        {{QStringLiteral("leads_created"), colour::marketing},
                         {QStringLiteral("mqls"), colour::second}},
                        QStringLiteral("mqls"),
                        KpiUnit::Count}),
        trendBlock(in, {Pack::tr("Marketing-sourced pipeline"),
                        {{QStringLiteral("marketing_sourced_pipeline"), colour::marketing}},
                        QStringLiteral("marketing_sourced_pipeline"),
                        KpiUnit::Money}),
        kpiTable(ofTeam(in.kpis, Team::Marketing), in.period, in.currency, false)};
    const std::vector<Block> sales{
        trendBlock(in, {Pack::tr("SQLs and opportunities created"),
                        {{QStringLiteral("sqls"), colour::sales},
                         {QStringLiteral("opportunities_created"), colour::second}},
                        QString(),
                        KpiUnit::Count}),
        trendBlock(in, {Pack::tr("Pipeline created and bookings"),
                        {{QStringLiteral("pipeline_created"), colour::sales},
                         {QStringLiteral("bookings"), colour::second}},
                        QStringLiteral("bookings"),
                        KpiUnit::Money}),
        kpiTable(ofTeam(in.kpis, Team::Sales), in.period, in.currency, false)};
    s.blocks.push_back(Block::sideBySide(teamName(Team::Marketing), marketing, teamName(Team::Sales), sales));

    return s;
}

Section funnelSection(const FunnelPipelineInput& in) {
    Section s;
    s.key = QStringLiteral("funnel");
    s.title = Pack::tr("Funnel and deal pipeline");

    s.blocks.push_back(
        Block::heading(esc(Pack::tr("Funnel: who entered each stage in %1").arg(dayRange(in.period.range)))));
    BarListChart::Spec funnel;
    std::vector<TableRow> rows;
    const QLocale l;
    for (size_t i = 0; i < in.funnel.stages.size(); ++i) {
        const FunnelStageRow& st = in.funnel.stages[i];
        const QString name = i < in.stageNames.size() ? in.stageNames[i] : st.name;
        const bool marketing = i < in.stageTeams.size() && in.stageTeams[i] == Team::Marketing;
        funnel.rows.push_back(
            {name, double(st.count), l.toString(st.count),
             st.nextStepRate ? Pack::tr("%1 of the stage before").arg(percent(st.nextStepRate)) : QString(),
             marketing ? colour::marketing : colour::sales, false});
        rows.push_back({{esc(name), esc(l.toString(st.count)), esc(percent(st.nextStepRate)),
                         esc(percent(st.cumulativeRate)), esc(days(st.medianDaysFromPrevious))},
                        false,
                        {}});
    }
    funnel.emptyText = Pack::tr("No contact entered any stage in %1.").arg(dayRange(in.period.range));
    funnel.summaryText =
        Pack::tr("Contacts entering each funnel stage in %1.").arg(dayRange(in.period.range));
    s.blocks.push_back(Block::chartOf(std::make_shared<BarListChart>(std::move(funnel)),
                                      20 + 17 * double(in.funnel.stages.size())));
    s.blocks.push_back(Block::table({{Pack::tr("Stage"), 2.2, false},
                                     {Pack::tr("Entered"), 1, true},
                                     {Pack::tr("From the stage before"), 1.4, true},
                                     {Pack::tr("From the first stage"), 1.4, true},
                                     {Pack::tr("Median days from the stage before"), 1.6, true}},
                                    std::move(rows)));

    s.blocks.push_back(
        Block::heading(esc(Pack::tr("Deal pipeline: open deals by their current stage (as of %1)")
                               .arg(longDate(in.dealsAsOf)))));
    BarListChart::Spec deals;
    std::vector<TableRow> dealRows;
    qint64 open = 0;
    double amount = 0;
    for (const DealStageRow& d : in.deals) {
        const QString note = d.defined ? Pack::tr("%n deals", "", int(d.deals))
                                       : Pack::tr("%n deals · stage not defined", "", int(d.deals));
        deals.rows.push_back(
            {d.name, d.amount, formatMoney(d.amount, in.currency, true), note, colour::sales, !d.defined});
        dealRows.push_back({{esc(d.name) + (d.defined ? QString()
                                                      : QStringLiteral(" <span class=\"bad\">%1</span>")
                                                            .arg(esc(Pack::tr("(not defined)")))),
                             esc(l.toString(d.deals)), esc(formatMoney(d.amount, in.currency, true)),
                             esc(formatMoney(d.weighted, in.currency, true)),
                             esc(d.probability ? percent(d.probability) : QStringLiteral("—"))},
                            false,
                            {}});
        open += d.deals;
        amount += d.amount;
    }
    deals.emptyText = Pack::tr("No open deals in this workspace.");
    deals.summaryText = Pack::tr("%n open deals worth %1, by their current stage.", "", int(open))
                            .arg(formatMoney(amount, in.currency, true));
    s.blocks.push_back(Block::chartOf(std::make_shared<BarListChart>(std::move(deals)),
                                      20 + 17 * double(std::max<size_t>(in.deals.size(), 2))));
    if (!dealRows.empty())
        s.blocks.push_back(Block::table({{Pack::tr("Deal stage"), 2.4, false},
                                         {Pack::tr("Open deals"), 1, true},
                                         {Pack::tr("Amount"), 1.2, true},
                                         {Pack::tr("Weighted"), 1.2, true},
                                         {Pack::tr("Stage probability"), 1.2, true}},
                                        std::move(dealRows)));
    s.blocks.push_back(Block::text(
        QStringLiteral("<p>%1</p>")
            .arg(esc(Pack::tr("Closed in %1: %2 won (%3), %4 lost (%5).")
                         .arg(dayRange(in.period.range), l.toString(in.wonInPeriod),
                              formatMoney(in.wonAmount, in.currency, true), l.toString(in.lostInPeriod),
                              formatMoney(in.lostAmount, in.currency, true))))));
    return s;
}

} // namespace revalign::ui::report
