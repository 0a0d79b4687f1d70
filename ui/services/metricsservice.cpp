#include "services/metricsservice.h"

#include "metrics/period.h"
#include "store/factstore.h"
#include "store/workspace.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

MetricsService::MetricsService(QObject* parent)
    : QObject(parent) {
    connect(&m_loadWatcher, &QFutureWatcher<std::pair<FactSnapshot, QString>>::finished, this, [this] {
        auto [snapshot, error] = m_loadWatcher.result();
        if (!snapshot) {
            Q_EMIT snapshotFailed(error);
            return;
        }
        m_snapshot = std::move(snapshot);
        Q_EMIT snapshotLoaded();
    });
    // Two results per request: the overview (tiles, funnel, series) first, the breakdown charts after.
    // The first repaint then costs half the passes; a newer request drops what is still to come.
    connect(&m_computeWatcher, &QFutureWatcher<DashboardData>::resultReadyAt, this, [this](int index) {
        if (!m_queued)
            Q_EMIT dashboardReady(m_computeWatcher.resultAt(index));
    });
    connect(&m_computeWatcher, &QFutureWatcher<DashboardData>::finished, this, [this] {
        if (m_queued) {
            const auto [query, mode] = *m_queued;
            m_queued.reset();
            request(query, mode);
        }
    });
}

MetricsService::~MetricsService() {
    m_loadWatcher.waitForFinished();
    m_computeWatcher.waitForFinished();
}

void MetricsService::loadWorkspace(const QString& path) {
    m_loadWatcher.waitForFinished();
    m_path = path;
    m_loadWatcher.setFuture(QtConcurrent::run([path]() -> std::pair<FactSnapshot, QString> {
        try {
            Workspace ws = Workspace::open(path);
            return {FactStore(ws).load(), QString()};
        } catch (const Error& e) {
            return {nullptr, e.message()};
        }
    }));
}

void MetricsService::clear() {
    m_loadWatcher.waitForFinished();
    m_computeWatcher.waitForFinished();
    m_snapshot.reset();
    m_path.clear();
}

DashboardData MetricsService::computeOverview(const FactTable& facts, const MetricQuery& query,
                                              FunnelMode funnelMode) {
    DashboardData d;
    d.query = query;
    try {
        d.report = computeKpis(facts, query);
        MetricQuery q = query;
        q.range = d.report.range;
        d.series = computeSeries(facts, q);
        for (const SeriesPoint& p : d.series) {
            const auto it = p.targets.find(QStringLiteral("bookings"));
            d.bookingsTargets.push_back(it != p.targets.end() ? it->second : std::nullopt);
        }
        d.funnel = computeFunnel(facts, q, funnelMode, facts.stageOf.mql >= 0 ? facts.stageOf.mql : 0);
        d.dealPipeline = computeDealPipeline(facts, q);
    } catch (const Error& e) {
        d.error = e.message();
    }
    return d;
}

void MetricsService::computeBreakdowns(const FactTable& facts, DashboardData& d) {
    if (!d.error.isEmpty())
        return;
    try {
        MetricQuery q = d.query;
        q.range = d.report.range;
        d.leadsByChannel =
            computeSeriesBreakdown(facts, q, Dimension::Channel, QStringLiteral("leads_created"), 6);
        d.byPersona = computeBreakdown(facts, q, Dimension::Persona);
        d.byCampaign = computeBreakdown(facts, q, Dimension::Campaign);
        d.complete = true;
    } catch (const Error& e) {
        d.error = e.message();
    }
}

DashboardData MetricsService::compute(const FactTable& facts, const MetricQuery& query,
                                      FunnelMode funnelMode) {
    DashboardData d = computeOverview(facts, query, funnelMode);
    computeBreakdowns(facts, d);
    return d;
}

void MetricsService::request(const MetricQuery& query, FunnelMode funnelMode) {
    if (!m_snapshot)
        return;
    if (m_computeWatcher.isRunning()) {
        m_queued = std::make_pair(query, funnelMode);
        m_computeWatcher.cancel(); // skip the breakdowns of the outdated query
        return;
    }
    FactSnapshot snapshot = m_snapshot;
    m_computeWatcher.setFuture(
        QtConcurrent::run([snapshot, query, funnelMode](QPromise<DashboardData>& promise) {
            DashboardData d = computeOverview(*snapshot, query, funnelMode);
            promise.addResult(d);
            if (promise.isCanceled())
                return;
            computeBreakdowns(*snapshot, d);
            promise.addResult(std::move(d));
        }));
}

} // namespace revalign::ui
