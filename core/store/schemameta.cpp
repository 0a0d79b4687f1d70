#include "store/schemameta.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgstatement.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVersionNumber>

#include <string>

namespace revalign {

namespace {

// Created with migration 1 on PostgreSQL, in its transaction. One row (id = 1).
constexpr std::string_view kMetaTable = R"sql(
CREATE TABLE revalign_meta (
    id                 integer PRIMARY KEY CHECK (id = 1),
    application_id     bigint NOT NULL,
    schema_version     integer NOT NULL,
    min_writer_version text NOT NULL,
    created_at         bigint NOT NULL,
    upgraded_at        bigint,
    upgraded_by        text
);
)sql";

// Tables of ours that exist before migration 1 has run (the Schema lock's holder table).
bool isPreMigrationTable(std::string_view name) {
    return name == "revalign_lock_holder";
}
} // namespace

SchemaMeta::SchemaMeta(Database& db)
    : m_db(db.isPostgres() ? nullptr : &db)
    , m_pg(db.isPostgres() ? &db.pg() : nullptr) {}

SchemaMeta::SchemaMeta(PgConnection& conn)
    : m_pg(&conn) {}

SchemaMeta::Info SchemaMeta::read() const {
    Info info;
    if (m_db) {
        const int appId = m_db->pragmaInt("application_id");
        info.version = m_db->pragmaInt("user_version");
        if (appId == kApplicationId) {
            info.kind = Kind::Ours;
            return info;
        }
        Statement tables(*m_db, SqlDialect::sqlite().tablesQuery());
        const bool hasTables = tables.step();
        if (appId == 0 && info.version == 0 && !hasTables)
            return info; // Empty
        info.kind = Kind::Foreign;
        info.foreignReason =
            appId != 0 ? QCoreApplication::translate("Workspace", "an SQLite database of another application")
                       : QCoreApplication::translate("Workspace",
                                                     "an SQLite database without RevAlign's application id");
        return info;
    }
    bool hasMeta = false;
    bool hasOthers = false;
    {
        PgStatement tables(*m_pg, SqlDialect::postgres().tablesQuery());
        while (tables.step()) {
            const std::string_view name = tables.textView(0);
            if (name == "revalign_meta")
                hasMeta = true;
            else if (!isPreMigrationTable(name))
                hasOthers = true;
        }
    }
    if (!hasMeta) {
        if (hasOthers) {
            info.kind = Kind::Foreign;
            info.foreignReason =
                QCoreApplication::translate("Workspace", "the database has tables but no revalign_meta");
        }
        return info;
    }
    PgStatement meta(*m_pg, "SELECT application_id, schema_version, min_writer_version, upgraded_by, "
                            "coalesce(upgraded_at, 0) FROM revalign_meta WHERE id = 1");
    if (!meta.step()) {
        info.kind = Kind::Foreign;
        info.foreignReason = QCoreApplication::translate("Workspace", "its revalign_meta table is empty");
        return info;
    }
    if (meta.int64(0) != kApplicationId) {
        info.kind = Kind::Foreign;
        info.foreignReason = QCoreApplication::translate("Workspace", "revalign_meta names application id %1")
                                 .arg(meta.int64(0));
        return info;
    }
    info.kind = Kind::Ours;
    info.version = meta.int32(1);
    info.minWriterVersion = meta.text(2);
    info.upgradedBy = meta.text(3);
    info.upgradedAt = meta.int64(4);
    return info;
}

int SchemaMeta::version() const {
    const Info info = read();
    // A file's header is checked before SQLite opens it (checkWorkspaceHeader); a server's database is
    // checked here, before anything is written into it.
    if (info.kind == Kind::Foreign && m_pg)
        throw Error(QCoreApplication::translate("Workspace", "%1: not a RevAlign workspace (%2)")
                        .arg(m_pg->info().redacted(), info.foreignReason));
    return info.version;
}

void SchemaMeta::recordMigration(int version, const QString& who) {
    if (m_db) {
        if (version == 1)
            m_db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        m_db->exec("PRAGMA user_version = " + std::to_string(version));
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (version == 1) {
        m_pg->exec(kMetaTable);
        PgStatement create(*m_pg, "INSERT INTO revalign_meta(id, application_id, schema_version, "
                                  "min_writer_version, created_at) VALUES (1, $1, 0, $2, $3)");
        create.bind(1, qint64(kApplicationId))
            .bind(2, std::string_view(kMinWriterVersion))
            .bind(3, now)
            .run();
    }
    PgStatement bump(*m_pg, "UPDATE revalign_meta SET schema_version = $1, min_writer_version = $2, "
                            "upgraded_at = $3, upgraded_by = $4 WHERE id = 1");
    bump.bind(1, version)
        .bind(2, std::string_view(kMinWriterVersion))
        .bind(3, now)
        .bind(4, who.isEmpty() ? QString() : who)
        .run();
}

SchemaMeta::Access SchemaMeta::access(const QString& where, const QString& appVersion) const {
    const Info info = read();
    if (info.kind == Kind::Empty)
        throw Error(
            QCoreApplication::translate(
                "Workspace",
                "%1: not a RevAlign workspace yet (the database is empty); run `revalign-cli upgrade %1` "
                "to create its schema")
                .arg(where));
    if (info.kind == Kind::Foreign)
        throw Error(QCoreApplication::translate("Workspace", "%1: not a RevAlign workspace (%2)")
                        .arg(where, info.foreignReason));
    Access a;
    const int latest = latestSchemaVersion();
    if (info.version > latest) {
        a.readOnlyReason =
            QCoreApplication::translate(
                "Workspace",
                "it was upgraded by a newer RevAlign (workspace version %1; this version knows up "
                "to %2): opened for reading; update RevAlign to change it")
                .arg(info.version)
                .arg(latest);
        return a;
    }
    if (!info.minWriterVersion.isEmpty() &&
        QVersionNumber::fromString(appVersion) < QVersionNumber::fromString(info.minWriterVersion)) {
        a.readOnlyReason =
            QCoreApplication::translate(
                "Workspace",
                "it may be changed only by RevAlign %1 or newer (this is %2): opened for reading; "
                "update RevAlign to change it")
                .arg(info.minWriterVersion, appVersion);
        return a;
    }
    if (info.version < latest) {
        a.needsUpgrade = true;
        a.readOnlyReason =
            QCoreApplication::translate(
                "Workspace", "its workspace version %1 is older than this RevAlign's %2: opened for reading; "
                             "run `revalign-cli upgrade %3` to bring it up to date")
                .arg(info.version)
                .arg(latest)
                .arg(where);
        return a;
    }
    a.writable = true;
    return a;
}

QString notEmptyReason(const QStringList& tables) {
    QStringList shown = tables.mid(0, 5);
    if (tables.size() > 5)
        shown << QCoreApplication::translate("Workspace", "and %1 more").arg(tables.size() - 5);
    return QCoreApplication::translate("Workspace", "the database is not empty (%1 tables: %2)")
        .arg(tables.size())
        .arg(shown.join(QStringLiteral(", ")));
}

} // namespace revalign
