#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace revalign {
class PgConnection;
class PgNotificationListener;
struct PgNotification;
} // namespace revalign

namespace revalign::ui {

// Someone else's import or undo in the team workspace open now, as its notification said (ids, names and
// counts; docs/postgresql.md §5).
struct TeamChange {
    QString kind; // "import" or "undo"
    QString by;   // user@host
    QString file;
    QString entity;
    QDateTime at; // when the batch was imported (UTC)
    qint64 batch = 0;
    qint64 added = 0;
    qint64 updated = 0;
    QString schema; // the workspace's schema on the server (a channel is shared by the whole database)
    // Parses a revalign_workspace payload; nullopt for what is not an import or an undo.
    static std::optional<TeamChange> fromPayload(const QJsonObject& payload);
};

// "Updated by anna's import of contacts.csv, 2 minutes ago" ("…'s undo of …" for an undo). The name is
// the part of user@host before the host; the age is rounded down to minutes, "just now" under one.
QString describeTeamChange(const TeamChange& change, const QDateTime& now = QDateTime::currentDateTimeUtc());

// Keeps one idle connection of its own to the team workspace open in the window and LISTENs on
// revalign_workspace: no polling and no thread while idle (a QSocketNotifier on libpq's socket). Connects
// on a worker thread (a far server must not freeze the window), then hands the connection to this thread.
// Reports others' changes only: an import made by this user (currentUserIdentity()) refreshed the window
// already.
class TeamWatcher final : public QObject {
    Q_OBJECT
public:
    explicit TeamWatcher(QObject* parent = nullptr);
    ~TeamWatcher() override;

    // Watches `address` (a team workspace's, password included where it has one); a file path or an
    // empty one stops watching. Watching the same address again keeps the connection.
    void watch(const QString& address);
    bool isWatching() const { return m_listener != nullptr; }

Q_SIGNALS:
    void changed(const revalign::ui::TeamChange& change);
    // The listening connection failed or dropped; `message` names the server, never the password. The
    // watcher tries again every 30 s while the window shows the workspace.
    void lost(const QString& message);

private:
    void onNotified(const revalign::PgNotification& notification);
    void onLost(const QString& message);
    void stop();

    QString m_address;
    QString m_schema; // current_schema() of the watched workspace: notifications of others are ignored
    quint64 m_generation = 0; // a connect that finishes after watch() changed address is dropped
    std::shared_ptr<PgConnection> m_conn;
    std::unique_ptr<PgNotificationListener> m_listener;
};

} // namespace revalign::ui

Q_DECLARE_METATYPE(revalign::ui::TeamChange)
