#include "connectionprobe.h"

#include "store/pg/pgconnection.h"
#include "store/schemameta.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

namespace {
QString versionText(int v) {
    // libpq's PQserverVersion: 150018 is 15.18 (major * 10000 + minor since PostgreSQL 10).
    return v >= 100000 ? QStringLiteral("%1.%2").arg(v / 10000).arg(v % 10000)
                       : QStringLiteral("%1.%2.%3").arg(v / 10000).arg(v / 100 % 100).arg(v % 100);
}

ProbeResult failure(const PgError& e) {
    ProbeResult r;
    r.cancelled = e.kind() == PgError::Kind::Cancelled;
    r.error = e.message();
    r.needsPassword =
        e.kind() == PgError::Kind::PasswordMissing || e.kind() == PgError::Kind::AuthenticationFailed;
    return r;
}

// The work's result, or what stopped it: PgError's message names the server, never the password.
template <typename Work> ProbeResult guarded(Work&& work) {
    try {
        return work();
    } catch (const PgError& e) {
        return failure(e);
    } catch (const Error& e) {
        ProbeResult r;
        r.error = e.message();
        return r;
    }
}
} // namespace

ConnectionProbe::ConnectionProbe(QObject* parent)
    : QObject(parent) {}

ConnectionProbe::~ConnectionProbe() {
    if (m_stop)
        m_stop->request_stop();
    for (QFuture<void>& f : m_pending)
        f.waitForFinished();
}

ProbeResult ConnectionProbe::probe(const QString& address, std::stop_token stop) {
    return guarded([&] {
        PgConnection conn(address, std::move(stop));
        ProbeResult r;
        r.connected = true;
        r.serverVersion = versionText(conn.serverVersion());
        r.tls = conn.tlsInUse();
        const SchemaMeta::Info info = SchemaMeta(conn).read();
        switch (info.kind) {
        case SchemaMeta::Kind::Ours:
            r.workspace = ProbeResult::Workspace::Ours;
            r.schemaVersion = info.version;
            break;
        case SchemaMeta::Kind::Empty:
            r.workspace = ProbeResult::Workspace::Empty;
            break;
        case SchemaMeta::Kind::Foreign:
            r.workspace = ProbeResult::Workspace::Foreign;
            r.foreignReason = info.foreignReason;
            break;
        }
        return r;
    });
}

ProbeResult ConnectionProbe::createWorkspace(const QString& address) {
    // The path `revalign-cli init URL` takes: the schema and the default definitions, only in an empty
    // database (Workspace::create refuses any other, untouched).
    return guarded([&] {
        Workspace::create(address);
        return probe(address);
    });
}

void ConnectionProbe::test(const QString& address) {
    start([address](std::stop_token stop) { return probe(address, std::move(stop)); });
}

void ConnectionProbe::create(const QString& address) {
    start([address](std::stop_token) { return createWorkspace(address); });
}

void ConnectionProbe::start(std::function<ProbeResult(std::stop_token)> work) {
    cancel();
    m_stop = std::make_unique<std::stop_source>();
    m_running = true;
    const quint64 generation = ++m_generation;
    QPointer<ConnectionProbe> self(this);
    std::erase_if(m_pending, [](const QFuture<void>& f) { return f.isFinished(); });
    m_pending.push_back(
        QtConcurrent::run([self, generation, work = std::move(work), token = m_stop->get_token()] {
            ProbeResult result = work(token);
            // Back on the UI thread; a cancelled or superseded run's result is dropped there.
            QMetaObject::invokeMethod(
                qApp,
                [self, generation, result = std::move(result)] {
                    ConnectionProbe* const probe = self.data(); // gcc cannot see through QPointer
                    if (probe == nullptr || generation != probe->m_generation)
                        return;
                    probe->m_running = false;
                    Q_EMIT probe->finished(result);
                },
                Qt::QueuedConnection);
        }));
}

void ConnectionProbe::cancel() {
    if (!m_running)
        return;
    m_stop->request_stop();
    ++m_generation; // the worker's late result is dropped
    m_running = false;
    ProbeResult r;
    r.cancelled = true;
    r.error = tr("Cancelled.");
    Q_EMIT finished(r);
}

} // namespace revalign::ui
