// In-process benchmark of the GUI's interaction path: a user changes a filter, every KPI and the funnel
// are recomputed from the in-memory snapshot. Prints the snapshot load time and memory, the median
// recompute time over a cycle of filter changes (serial, and KPIs ∥ funnel on two threads as the GUI
// runs them), and the ratio to the 50 ms budget (the baseline this path is held to).
//
//   kpi_bench WORKSPACE [ITERATIONS]
#include "metrics/funnel.h"
#include "metrics/kpiengine.h"
#include "store/factstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace revalign;

namespace {
double medianOf(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// The filter changes a user clicks through: none, each persona, each channel, a few owners, a team,
// each with the last quarter of the data and with the whole range.
std::vector<MetricQuery> filterChanges(const FactTable& f) {
    std::vector<MetricQuery> out;
    const DateRange all{f.dataFrom, f.dataTo};
    const DateRange lastQuarter{f.dataTo.addMonths(-3).addDays(1), f.dataTo};
    for (const DateRange& range : {lastQuarter, all}) {
        out.push_back({range, PeriodKind::Month, {}});
        const auto addEach = [&](const Dictionary& d, QStringList MetricFilters::*field, int limit) {
            for (qint32 code = 1; code < std::min(d.size(), limit + 1); ++code) {
                MetricQuery q{range, PeriodKind::Month, {}};
                (q.filters.*field) = QStringList{d.name(code)};
                out.push_back(q);
            }
        };
        addEach(f.personas, &MetricFilters::personas, 8);
        addEach(f.channels, &MetricFilters::channels, 8);
        addEach(f.owners, &MetricFilters::owners, 3);
        addEach(f.teams, &MetricFilters::teams, 1);
    }
    return out;
}
// CPU time of the whole process (all threads): unlike wall time it does not grow when other work
// shares the cores, so it shows what the recompute costs on an idle machine.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}
} // namespace

namespace {
int run(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: kpi_bench WORKSPACE [ITERATIONS]\n");
        return 2;
    }
    const int iterations = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    QElapsedTimer timer;
    timer.start();
    Workspace ws = Workspace::open(QString::fromLocal8Bit(argv[1]));
    const FactSnapshot facts = FactStore(ws).load();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("snapshot: %lld contacts, %lld opportunities, loaded in %.0f ms, %.1f MB of columns\n",
                static_cast<long long>(facts->contacts.size()),
                static_cast<long long>(facts->opportunities.size()), loadMs,
                double(facts->memoryBytes()) / 1048576.0);

    const std::vector<MetricQuery> queries = filterChanges(*facts);
    std::vector<double> serial, parallel, kpiOnly, funnelOnly, cpu;
    qint64 checksum = 0;
    for (int i = 0; i < iterations; ++i) {
        for (const MetricQuery& q : queries) {
            timer.restart();
            const KpiReport kpis = computeKpis(*facts, q);
            kpiOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
            const FunnelReport funnel = computeFunnel(*facts, q, FunnelMode::Flow);
            serial.push_back(double(timer.nsecsElapsed()) / 1e6);
            funnelOnly.push_back(serial.back() - kpiOnly.back());
            checksum += funnel.stages.empty() ? 0 : funnel.stages.front().count;
            checksum += qint64(kpis.kpis.size());

            const double cpuBefore = cpuMs();
            timer.restart();
            QFuture<FunnelReport> f =
                QtConcurrent::run([&facts, q] { return computeFunnel(*facts, q, FunnelMode::Flow); });
            const KpiReport k2 = computeKpis(*facts, q);
            const FunnelReport f2 = f.result();
            parallel.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuMs() - cpuBefore);
            checksum += qint64(k2.kpis.size()) + (f2.stages.empty() ? 0 : f2.stages.front().count);
        }
    }
    const double serialMs = medianOf(serial);
    const double parallelMs = medianOf(parallel);
    std::printf("recompute all KPIs + funnel for a filter change (%zu changes x %d): median %.1f ms serial, "
                "%.1f ms with KPIs and funnel on two threads, max %.1f ms\n",
                queries.size(), iterations, serialMs, parallelMs,
                *std::max_element(parallel.begin(), parallel.end()));
    std::printf("  of which KPIs (current, previous, last year) %.1f ms, funnel with ageing %.1f ms\n",
                medianOf(kpiOnly), medianOf(funnelOnly));
    std::printf("  CPU time per recompute (all threads): median %.1f ms; load average now: see uptime\n",
                medianOf(cpu));
    std::printf("ratio to the 50 ms budget: %.2f (<= 1 meets it)\n", std::min(serialMs, parallelMs) / 50.0);
    std::printf("(checksum %lld)\n", static_cast<long long>(checksum));
    return 0;
}
} // namespace

// A benchmark is run by hand on workspaces of any age: a refused workspace is a message, never an abort.
int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kpi_bench: %s\n", e.what());
        return 1;
    }
}
