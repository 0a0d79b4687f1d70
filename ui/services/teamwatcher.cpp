#include "services/teamwatcher.h"

#include "import/importwizard.h" // runInBackground
#include "store/pg/pgconnection.h"
#include "store/pg/pgnotificationlistener.h"
#include "store/pg/pgstatement.h"
#include "teamaddress.h"
#include "util/error.h"
#include "util/useridentity.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace revalign::ui {

namespace {
constexpr const char* kChannel = "revalign_workspace";
} // namespace

std::optional<TeamChange> TeamChange::fromPayload(const QJsonObject& payload) {
    TeamChange c;
    c.kind = payload.value(QStringLiteral("kind")).toString();
    if (c.kind != QStringLiteral("import") && c.kind != QStringLiteral("undo"))
        return std::nullopt;
    c.by = payload.value(QStringLiteral("by")).toString();
    c.file = payload.value(QStringLiteral("file")).toString();
    c.entity = payload.value(QStringLiteral("entity")).toString();
    c.at = QDateTime::fromSecsSinceEpoch(payload.value(QStringLiteral("at")).toInteger(), Qt::UTC);
    c.batch = payload.value(QStringLiteral("batch")).toInteger();
    c.added = payload.value(QStringLiteral("new")).toInteger();
    c.updated = payload.value(QStringLiteral("updated")).toInteger();
    c.schema = payload.value(QStringLiteral("schema")).toString();
    return c;
}

QString describeTeamChange(const TeamChange& change, const QDateTime& now) {
    const qsizetype at = change.by.lastIndexOf(u'@');
    const QString name = at > 0 ? change.by.left(at) : change.by;
    // An undo is announced when it happens; an import at its COMMIT, stamped with when it began.
    const qint64 minutes =
        change.kind == QStringLiteral("undo") ? 0 : std::max<qint64>(0, change.at.secsTo(now) / 60);
    // Two strings, not "%n minute(s)": English has no translation file to pick the plural from.
    const QString age = minutes < 1 ? QCoreApplication::translate("TeamWatcher", "just now")
                        : minutes == 1
                            ? QCoreApplication::translate("TeamWatcher", "1 minute ago")
                            : QCoreApplication::translate("TeamWatcher", "%1 minutes ago").arg(minutes);
    return change.kind == QStringLiteral("undo")
               ? QCoreApplication::translate("TeamWatcher", "Updated by %1's undo of the import of %2, %3")
                     .arg(name, change.file, age)
               : QCoreApplication::translate("TeamWatcher", "Updated by %1's import of %2, %3")
                     .arg(name, change.file, age);
}

TeamWatcher::TeamWatcher(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<TeamChange>();
}

TeamWatcher::~TeamWatcher() {
    stop();
}

void TeamWatcher::stop() {
    ++m_generation;
    m_listener.reset(); // before the connection it watches
    m_conn.reset();
    m_address.clear();
}

void TeamWatcher::watch(const QString& address) {
    if (!isTeamAddress(address)) {
        stop();
        return;
    }
    if (address == m_address)
        return;
    stop();
    m_address = address;
    const quint64 generation = m_generation;
    struct Connected {
        std::shared_ptr<PgConnection> conn;
        QString schema;
        QString error;
    };
    QPointer<TeamWatcher> self(this);
    runInBackground<Connected>(
        this,
        [address] {
            try {
                auto conn = std::make_shared<PgConnection>(address);
                PgStatement where(*conn, "SELECT coalesce(current_schema(), '')");
                const QString schema = where.step() ? where.text(0) : QString();
                conn->listen(kChannel);
                return Connected{std::move(conn), schema, {}};
            } catch (const Error& e) {
                return Connected{nullptr, {}, e.message()};
            }
        },
        [self, generation](const Connected& done) {
            TeamWatcher* const watcher = self.data();
            if (watcher == nullptr || generation != watcher->m_generation)
                return; // closed or moved on meanwhile; the connection goes with `done`
            if (!done.conn) {
                watcher->onLost(done.error);
                return;
            }
            watcher->m_conn = done.conn;
            watcher->m_schema = done.schema;
            watcher->m_listener = std::make_unique<PgNotificationListener>(*watcher->m_conn);
            connect(watcher->m_listener.get(), &PgNotificationListener::notified, watcher,
                    &TeamWatcher::onNotified);
            connect(watcher->m_listener.get(), &PgNotificationListener::connectionLost, watcher,
                    &TeamWatcher::onLost);
            watcher->m_listener->check(); // whatever arrived while connecting
        });
}

void TeamWatcher::onLost(const QString& message) {
    Q_EMIT lost(message);
    const QString address = m_address;
    const quint64 generation = m_generation;
    QTimer::singleShot(30000, this, [this, address, generation] {
        if (generation != m_generation)
            return; // watching something else by now
        stop();
        watch(address);
    });
}

void TeamWatcher::onNotified(const PgNotification& notification) {
    if (notification.channel != QLatin1String(kChannel))
        return;
    const std::optional<TeamChange> change = TeamChange::fromPayload(notification.payload);
    if (!change || change->schema != m_schema || change->by == currentUserIdentity())
        return;
    Q_EMIT changed(*change);
}

} // namespace revalign::ui
