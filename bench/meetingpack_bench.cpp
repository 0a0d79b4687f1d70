// The meeting pack on a large workspace: what File › Export meeting pack… costs once the app holds the
// workspace's snapshot (build every section from the core, lay out, write the PDF), and what the
// window-less `revalign --meeting-pack` costs from a cold start (open, load the snapshot, then the same).
// Prints each time and its ratio to a baseline measured in the same run: loading the fact snapshot alone,
// the least any pack that reads the whole workspace has to do.
//
// Usage: meetingpack_bench WORKSPACE [ROUNDS]   (offscreen; the PDF goes to a temporary folder)

#include "report/packbuilder.h"
#include "report/packwriter.h"
#include "store/factstore.h"
#include "store/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace revalign;
using namespace revalign::ui::report;

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

namespace {
int run(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: meetingpack_bench WORKSPACE [ROUNDS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    QTemporaryDir out;

    std::vector<double> load, warm, cold;
    FactSnapshot facts;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        Workspace ws = Workspace::open(path);
        facts = FactStore(ws).load();
        load.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("workspace: %lld contacts, %lld opportunities\n",
                static_cast<long long>(facts->contacts.size()),
                static_cast<long long>(facts->opportunities.size()));

    PackRequest request;
    request.workspacePath = path;
    request.output = out.filePath(QStringLiteral("pack.pdf"));
    request.paper = PaperSize::A4;
    int pages = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const PackResult r = writeMeetingPack(request, facts);
        warm.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r.error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        pages = r.pages;
    }
    // Of the pack from the snapshot: the figures alone (every section's inputs from the core).
    std::vector<double> figures;
    for (int i = 0; i < rounds; ++i) {
        Workspace ws = Workspace::open(path);
        QElapsedTimer t;
        t.start();
        const PackInputs inputs = buildPackInputs(*facts, ws, request.query);
        figures.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const PackResult r = writeMeetingPack(request);
        cold.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r.error.isEmpty())
            return 1;
    }
    const double base = median(load);
    std::printf("baseline: open + load the fact snapshot        %8.0f ms\n", base);
    std::printf(
        "pack from the app's snapshot (%d-page PDF)     %8.0f ms  = %.2f x baseline  (target <= 3000 ms)\n",
        pages, median(warm), median(warm) / base);
    std::printf("  of which the figures (KPIs, series, funnel, backlog, deals, notes) %6.0f ms\n",
                median(figures));
    std::printf("revalign --meeting-pack, cold (load + pack)    %8.0f ms  = %.2f x baseline\n", median(cold),
                median(cold) / base);
    return median(warm) <= 3000 ? 0 : 1;
}
} // namespace

// A benchmark is run by hand on workspaces of any age: a refused workspace is a message, never an abort.
int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "meetingpack_bench: %s\n", e.what());
        return 1;
    }
}
