// Dashboard interaction path on a large workspace: what one filter change costs from the click to the
// repainted page — compute every figure the dashboard shows from the in-memory snapshot (worker side),
// then hand them to the page and render it (UI side). Prints median and worst time over a series of
// filter changes, and the ratio to a named baseline measured in the same run: one plain pass over the
// snapshot's contact columns (the least any recompute has to do).
//
// Usage: dashboard_bench WORKSPACE [ROUNDS]   (run offscreen: QT_QPA_PLATFORM=offscreen)

#include "metrics/facttable.h"
#include "pages/dashboardpage.h"
#include "services/metricsservice.h"
#include "store/factstore.h"
#include "store/workspace.h"
#include "uitext.h"
#include "widgets/filterbar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace revalign;
using namespace revalign::ui;

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double baselinePassMs(const FactTable& f) {
    QElapsedTimer t;
    t.start();
    qint64 sum = 0;
    for (const auto& column : f.contacts.stageAt)
        for (qint64 v : column)
            sum += v == kNoTime ? 0 : 1;
    for (qint32 p : f.contacts.persona)
        sum += p;
    const double ms = double(t.nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "(baseline checksum %lld)\n", static_cast<long long>(sum));
    return ms;
}
} // namespace

namespace {
int run(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: dashboard_bench WORKSPACE [ROUNDS]\n");
        return 2;
    }
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    QElapsedTimer timer;
    timer.start();
    Workspace ws = Workspace::open(QString::fromLocal8Bit(argv[1]));
    const FactSnapshot facts = FactStore(ws).load();
    std::printf("snapshot load: %.0f ms, %zu MB in memory, %lld contacts, %lld opportunities\n",
                double(timer.elapsed()), facts->memoryBytes() / (1024 * 1024),
                static_cast<long long>(facts->contacts.size()),
                static_cast<long long>(facts->opportunities.size()));

    // The filter changes a meeting makes: presets, granularity, persona, channel, owner.
    std::vector<MetricQuery> queries;
    const QDate anchor = facts->dataTo;
    for (FilterBar::Preset p : {FilterBar::Preset::ThisWeek, FilterBar::Preset::LastMonth,
                                FilterBar::Preset::ThisQuarter, FilterBar::Preset::Last12Months}) {
        MetricQuery q;
        q.range = FilterBar::presetRange(p, anchor, facts->settings);
        q.period = p == FilterBar::Preset::ThisWeek ? PeriodKind::Week : PeriodKind::Month;
        queries.push_back(q);
    }
    for (qint32 code = 1; code < std::min<qint32>(facts->personas.size(), 5); ++code) {
        MetricQuery q = queries.back();
        q.filters.personas = {facts->personas.name(code)};
        queries.push_back(q);
    }
    for (qint32 code = 1; code < std::min<qint32>(facts->channels.size(), 5); ++code) {
        MetricQuery q = queries.back();
        q.filters.personas.clear();
        q.filters.channels = {facts->channels.name(code)};
        queries.push_back(q);
    }
    MetricQuery all; // whole range, by quarter
    all.period = PeriodKind::Quarter;
    queries.push_back(all);

    DashboardPage page;
    page.resize(1440, 1000);
    page.show();
    QStringList stageNames;
    for (const StageFacts& s : facts->stages)
        stageNames << builtinText("FunnelStage", s.name);

    // The service delivers each filter change in two halves: the overview (KPI tiles, funnel, series
    // charts) repaints first, the breakdown charts (by channel, persona, campaign, deal stage) follow.
    std::vector<double> firstMs, completeMs, paintMs;
    for (int r = 0; r < rounds; ++r) {
        for (const MetricQuery& q : queries) {
            QElapsedTimer t;
            t.start();
            DashboardData data = MetricsService::computeOverview(*facts, q, FunnelMode::Flow);
            page.setData(data, stageNames);
            QElapsedTimer p;
            p.start();
            QPixmap picture = page.grab(); // forces layout and a full paint of every chart
            double painting = double(p.nsecsElapsed()) / 1e6;
            firstMs.push_back(double(t.nsecsElapsed()) / 1e6);
            MetricsService::computeBreakdowns(*facts, data);
            page.setData(data, stageNames);
            p.restart();
            picture = page.grab();
            painting += double(p.nsecsElapsed()) / 1e6;
            completeMs.push_back(double(t.nsecsElapsed()) / 1e6);
            paintMs.push_back(painting);
            if (picture.isNull() || !data.error.isEmpty())
                std::fprintf(stderr, "warning: %s\n", qPrintable(data.error));
        }
    }
    std::vector<double> baselines;
    for (int i = 0; i < 5; ++i)
        baselines.push_back(baselinePassMs(*facts));
    const double base = median(baselines);
    const double med = median(firstMs);
    const auto worst = [](const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); };
    std::printf("filter changes: %zu (%d rounds of %zu)\n", firstMs.size(), rounds, queries.size());
    std::printf("painting (UI thread, both halves): median %.1f ms, worst %.1f ms\n", median(paintMs),
                worst(paintMs));
    std::printf("filter change to repainted tiles, funnel and series: median %.1f ms, worst %.1f ms (budget "
                "200 ms: %s)\n",
                med, worst(firstMs), med <= 200 ? "met" : "MISSED");
    std::printf("filter change to every chart repainted: median %.1f ms, worst %.1f ms\n", median(completeMs),
                worst(completeMs));
    std::printf("baseline (one pass over the contact columns): %.1f ms; ratio first repaint/baseline %.1f\n",
                base, base > 0 ? med / base : 0.0);
    return 0;
}
} // namespace

// A benchmark is run by hand on workspaces of any age: a refused workspace is a message, never an abort.
int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dashboard_bench: %s\n", e.what());
        return 1;
    }
}
