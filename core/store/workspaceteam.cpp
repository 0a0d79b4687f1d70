#include "store/workspace.h"

#include "store/migrations.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgstatement.h"
#include "store/schemacheck.h"
#include "store/schemameta.h"
#include "store/schemaupgrade.h"

#include <QCoreApplication>

// Team workspaces (docs/postgresql.md §9 step 2): opening and creating a workspace that lives in a
// PostgreSQL database, reached by URL. The store classes run on it through the engine-neutral Database.

namespace revalign {

namespace {
// The tables in the connection's schema, but the lock holder's (which an upgrade may leave in an
// otherwise empty schema).
QStringList tablesIn(Database& db) {
    QStringList out;
    Statement q(db, db.dialect().tablesQuery());
    while (q.step())
        if (q.textView(0) != "revalign_lock_holder")
            out << q.text(0);
    return out;
}

// Drops what a failed create made, so the database is empty again. Returns a message when it cannot.
QString dropCreated(Database& db) {
    try {
        PgConnection& conn = db.pg();
        if (!conn.isOpen())
            conn.reconnect();
        std::string drop;
        for (const QString& t : tablesIn(db))
            drop += (drop.empty() ? "" : ", ") + conn.quoteIdentifier(t.toStdString());
        if (!drop.empty())
            conn.exec("DROP TABLE IF EXISTS " + drop + " CASCADE");
        return {};
    } catch (const Error& e) {
        return e.message();
    }
}
} // namespace

Workspace Workspace::openTeam(const QString& address, WorkspaceAccess access) {
    Workspace ws{Database::connect(address)};
    const QString where = ws.path();
    const SchemaMeta meta(ws.m_db);
    // Empty and foreign databases are refused here, naming `where`.
    const SchemaMeta::Access a = meta.access(where, QStringLiteral(REVALIGN_VERSION));
    if (a.needsUpgrade)
        // This build's queries expect the latest tables; an open never upgrades a shared database (others'
        // apps may still be on the older version): whoever looks after it runs the upgrade.
        throw Error(
            QCoreApplication::translate(
                "Workspace",
                "%1: workspace version %2 is older than this RevAlign's %3; run `revalign-cli upgrade "
                "%1` to bring it up to date, then open it")
                .arg(where)
                .arg(meta.version())
                .arg(latestSchemaVersion()));
    QString readOnly;
    if (!a.writable) {
        if (access == WorkspaceAccess::ReadWrite)
            throw Error(QCoreApplication::translate("Workspace",
                                                    "%1: cannot be changed now: %2 (nothing was written)")
                            .arg(where, a.readOnlyReason));
        readOnly = a.readOnlyReason;
    } else if (access == WorkspaceAccess::ReadOnly) {
        readOnly = QCoreApplication::translate("Workspace", "opened for reading");
    }
    ws.requireSound();
    if (!readOnly.isEmpty()) {
        // The server enforces "never writes": every transaction of this session is read-only.
        ws.m_db.exec("SET default_transaction_read_only = on");
        ws.m_readOnlyReason = readOnly;
        ws.m_db.setReadOnlyReason(readOnly);
    }
    return ws;
}

Workspace Workspace::createTeam(const QString& address) {
    Workspace ws{Database::connect(address)};
    const QString where = ws.path();
    if (SchemaMeta(ws.m_db).read().kind != SchemaMeta::Kind::Empty) {
        const QStringList present = tablesIn(ws.m_db);
        throw Error(QCoreApplication::translate("Workspace",
                                                "%1: %2; a team workspace is created only in an empty "
                                                "database or schema (nothing was changed)")
                        .arg(where, notEmptyReason(present)));
    }
    upgradeSchema(ws.m_db.pg(), PgLockIntent::ofThisProcess(QStringLiteral("Create")));
    try {
        ws.seedDefaults();
    } catch (const Error& e) {
        const QString left = dropCreated(ws.m_db);
        if (left.isEmpty())
            throw;
        throw Error(QCoreApplication::translate("Workspace",
                                                "%1; and the tables created could not be dropped again (%2)")
                        .arg(e.message(), left));
    }
    return ws;
}

} // namespace revalign
