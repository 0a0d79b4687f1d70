#include "store/schemaupgrade.h"

#include "store/migrations.h"
#include "store/pg/pgconnection.h"
#include "store/schemameta.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace revalign {

namespace {} // namespace

SchemaUpgradeResult upgradeSchema(PgConnection& conn, const PgLockIntent& intent,
                                  const std::function<void(const PgLockHolder&)>& waiting,
                                  std::stop_token stop, std::chrono::milliseconds timeout) {
    const QString where = conn.info().redacted();
    PgAdvisoryLock::ensureSchema(conn);
    PgAdvisoryLock lock(conn, PgAdvisoryLock::Schema, intent);
    switch (lock.acquire(
        waiting ? waiting : [](const PgLockHolder&) {}, stop, timeout)) {
    case PgAdvisoryLock::Outcome::Acquired:
        break;
    case PgAdvisoryLock::Outcome::Cancelled:
        throw Error(QCoreApplication::translate(
                        "Workspace", "%1: the upgrade was cancelled while waiting (nothing was changed)")
                        .arg(where));
    case PgAdvisoryLock::Outcome::TimedOut:
        throw Error(QCoreApplication::translate(
                        "Workspace", "%1: another upgrade held the workspace too long (nothing was changed)")
                        .arg(where));
    }
    SchemaUpgradeResult result;
    // Read under the lock: an upgrade that finished while this one waited leaves nothing to do.
    result.from = SchemaMeta(conn).version(); // throws for a database that is not ours
    if (result.from > latestSchemaVersion())
        throw Error(
            QCoreApplication::translate(
                "Workspace",
                "%1: upgraded by a newer RevAlign (workspace version %2; this version knows up to %3); "
                "nothing was changed")
                .arg(where)
                .arg(result.from)
                .arg(latestSchemaVersion()));
    result.applied = migrate(conn, -1, intent.who);
    result.to = SchemaMeta(conn).version();
    if (result.applied > 0)
        conn.notify("revalign_schema", QJsonObject{{QStringLiteral("kind"), QStringLiteral("schema")},
                                                   {QStringLiteral("from"), result.from},
                                                   {QStringLiteral("version"), result.to},
                                                   {QStringLiteral("who"), intent.who}});
    lock.release();
    return result;
}

} // namespace revalign
