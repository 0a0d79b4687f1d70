#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <stop_token>

namespace revalign::ui {

// What "Test connection" found at an address.
struct ProbeResult {
    enum class Workspace {
        Unknown, // not connected
        Ours,    // revalign_meta is there: `schemaVersion`
        Empty,   // no tables yet: a team workspace can be created here
        Foreign, // tables of something else
    };
    bool connected = false;
    bool cancelled = false;
    QString serverVersion; // "15.18"
    bool tls = false;
    Workspace workspace = Workspace::Unknown;
    int schemaVersion = 0;
    QString foreignReason;
    QString error;              // PgError's message: names host:port/db, never the password
    bool needsPassword = false; // the server wants a password, or did not accept the one given
};

// Connects to a team workspace's server on a worker thread and looks at what the database holds, or
// creates the workspace there (Workspace::create, the path `revalign-cli init URL` takes). One at a time;
// cancel() stops a connect that is still waiting for the server (std::stop_source through PgConnection)
// and reports `cancelled` at once, without waiting for the worker.
class ConnectionProbe final : public QObject {
    Q_OBJECT
public:
    explicit ConnectionProbe(QObject* parent = nullptr);
    ~ConnectionProbe() override;

    // `address` may carry the password (in memory only).
    void test(const QString& address);
    void create(const QString& address);
    void cancel();
    bool isRunning() const { return m_running; }

    // The work itself, synchronous (the worker's body; tests call it directly too).
    static ProbeResult probe(const QString& address, std::stop_token stop = {});
    static ProbeResult createWorkspace(const QString& address);

Q_SIGNALS:
    void finished(const revalign::ui::ProbeResult& result);

private:
    void start(std::function<ProbeResult(std::stop_token)> work);

    std::unique_ptr<std::stop_source> m_stop;
    quint64 m_generation = 0;
    bool m_running = false;
    std::vector<QFuture<void>> m_pending; // abandoned (cancelled) workers, waited for on destruction
};

} // namespace revalign::ui

Q_DECLARE_METATYPE(revalign::ui::ProbeResult)
