// In-process benchmark of the sync page's "since last sync" path: a user changes a filter and the pipeline
// waterfall, its deal lists, the movers, slipped and stalled deals are recomputed from the in-memory
// deal history. Prints the median and worst time over a cycle of filter changes, the same cycle through
// the KPI engine (the dashboard's per-filter-change work, measured in the same run, as the baseline), the
// ratios, and the 50 ms budget.
//
//   waterfall_bench WORKSPACE [ITERATIONS]
#include "metrics/kpiengine.h"
#include "metrics/waterfall.h"
#include "store/factstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace revalign;

namespace {
double medianOf(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// None, each owner (up to 8), each team, each channel (up to 8), each persona (up to 4), each segment.
std::vector<MetricFilters> filterChanges(const FactTable& f) {
    std::vector<MetricFilters> out{MetricFilters{}};
    const auto addEach = [&](const Dictionary& d, QStringList MetricFilters::*field, int limit) {
        for (qint32 code = 1; code < std::min(d.size(), limit + 1); ++code) {
            MetricFilters filters;
            (filters.*field) = QStringList{d.name(code)};
            out.push_back(filters);
        }
    };
    addEach(f.owners, &MetricFilters::owners, 8);
    addEach(f.teams, &MetricFilters::teams, 2);
    addEach(f.channels, &MetricFilters::channels, 8);
    addEach(f.personas, &MetricFilters::personas, 4);
    addEach(f.segments, &MetricFilters::segments, 3);
    return out;
}
} // namespace

namespace {
int run(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: waterfall_bench WORKSPACE [ITERATIONS]\n");
        return 2;
    }
    const int iterations = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    QElapsedTimer timer;
    timer.start();
    Workspace ws = Workspace::open(QString::fromLocal8Bit(argv[1]));
    const FactSnapshot facts = FactStore(ws).load();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const DealHistoryColumns& h = facts->dealHistory;
    std::printf("snapshot: %lld contacts, %lld deals, %zu deal states, %zu snapshots; loaded in %.0f ms\n",
                static_cast<long long>(facts->contacts.size()),
                static_cast<long long>(facts->opportunities.size()), h.validFrom.size(),
                h.snapshotTimes.size(), loadMs);

    std::vector<MetricFilters> filters = filterChanges(*facts);
    if (qEnvironmentVariableIsSet("ONLY_UNFILTERED")) // the worst case alone, 20 times: for a profiler
        filters.assign(20, MetricFilters{});
    std::vector<double> waterfall, kpis;
    qint64 checksum = 0;
    size_t changes = 0;
    double worstMs = 0;
    std::pair<int, size_t> worstAt{0, 0}; // (iteration, filter)
    for (int it = 0; it < iterations; ++it) {
        for (const MetricFilters& f : filters) {
            WaterfallQuery q;
            q.filters = f;
            timer.restart();
            const Waterfall w = computeWaterfall(*facts, q);
            const std::vector<Mover> movers = biggestMovers(w, 5);
            waterfall.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (waterfall.back() > 50.0) // the budget: which change, and how big its lists were
                std::printf(
                    "over budget: filter change %zu of iteration %d: %.1f ms, %zu changes, %zu stalled\n",
                    size_t(&f - filters.data()) + 1, it + 1, waterfall.back(), w.changes.size(),
                    w.stalled.size());
            if (waterfall.back() > worstMs) {
                worstMs = waterfall.back();
                worstAt = {it, size_t(&f - filters.data())};
            }
            checksum += w.endCents + qint64(movers.size());
            changes = std::max(changes, w.changes.size());
            if (it == 0 && f.isEmpty())
                std::printf("waterfall (no filter): start %lld, end %lld cents; %zu changes, %zu slipped, "
                            "%zu stalled\n",
                            static_cast<long long>(w.startCents), static_cast<long long>(w.endCents),
                            w.changes.size(), w.slipped.size(), w.stalled.size());
            MetricQuery k;
            k.range = {facts->dataTo.addMonths(-3).addDays(1), facts->dataTo};
            k.filters = f;
            timer.restart();
            const KpiReport r = computeKpis(*facts, k);
            kpis.push_back(double(timer.nsecsElapsed()) / 1e6);
            checksum += qint64(r.kpis.size());
        }
    }
    const double med = medianOf(waterfall);
    const double worst = *std::max_element(waterfall.begin(), waterfall.end());
    const double base = medianOf(kpis);
    std::printf("filter changes: %zu x %d; largest deal list %zu\n", filters.size(), iterations, changes);
    std::printf("waterfall + deal lists + movers: median %.1f ms, worst %.1f ms (budget 50 ms: %.2f of it; "
                "filter change %zu of iteration %d)\n",
                med, worst, worst / 50.0, worstAt.second + 1, worstAt.first + 1);
    std::printf("baseline, KPI engine for the same filters: median %.1f ms; waterfall / KPIs = %.2f\n", base,
                base > 0 ? med / base : 0.0);
    std::printf("(checksum %lld)\n", static_cast<long long>(checksum));
    return worst <= 50.0 ? 0 : 1;
}
} // namespace

// A benchmark is run by hand on workspaces of any age: a refused workspace is a message, never an abort.
int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "waterfall_bench: %s\n", e.what());
        return 1;
    }
}
