// The PostgreSQL sides of copyWorkspace(): a team workspace read in one snapshot, and an empty database
// (or schema) given the workspace schema and loaded with binary COPY.
#include "store/workspacecopyprivate.h"

#include "store/database.h"
#include "store/migrations.h"
#include "util/error.h"

#include <QCoreApplication>

#include "store/pg/pgconnection.h"
#include "store/pg/pgstatement.h"
#include "store/pg/pgtransaction.h"
#include "store/schemameta.h"
#include "store/schemaupgrade.h"
#include "store/sqldialect.h"

namespace revalign::copying {

namespace {

// The schema as the dialect introspects it (tables without the engine's own, columns in order).
std::vector<std::string> tablesOf(PgConnection& conn) {
    std::vector<std::string> out;
    PgStatement q(conn, SqlDialect::postgres().tablesQuery());
    while (q.step())
        out.emplace_back(q.textView(0));
    return out;
}

std::vector<Column> columnsOf(PgConnection& conn, const std::string& table) {
    std::vector<Column> out;
    PgStatement q(conn, SqlDialect::postgres().columnsQuery());
    q.bind(1, std::string_view(table));
    while (q.step()) {
        const std::string type(q.textView(1));
        out.push_back({std::string(q.textView(0)), kindOfType(type), pgTypeOf(type)});
    }
    return out;
}

class PgSource final : public Source {
public:
    explicit PgSource(const QString& url)
        : m_conn(url)
        , m_where(m_conn.info().redacted()) {
        SchemaMeta meta(m_conn);
        const SchemaMeta::Access access = meta.access(m_where, QStringLiteral(REVALIGN_VERSION));
        m_version = meta.version();
        if (access.needsUpgrade)
            throw Error(QCoreApplication::translate(
                            "WorkspaceCopy",
                            "%1: workspace version %2 is older than this RevAlign's %3; run `revalign-cli "
                            "upgrade %1` first, then copy")
                            .arg(m_where)
                            .arg(m_version)
                            .arg(latestSchemaVersion()));
        if (m_version != latestSchemaVersion())
            throw Error(QStringLiteral("%1: %2").arg(m_where, access.readOnlyReason));
        m_tx = std::make_unique<PgTransaction>(m_conn, PgTransaction::Mode::ReadOnlySnapshot);
    }
    QString where() const override { return m_where; }
    SqlEngine engine() const override { return SqlEngine::Postgres; }
    int version() override { return m_version; }
    std::vector<std::string> tables() override { return tablesOf(m_conn); }
    std::vector<Column> columns(const std::string& table) override { return columnsOf(m_conn, table); }
    void scan(const std::string& table, const std::vector<Column>& cols, const RowSink& sink) override {
        std::string sql = "SELECT ";
        for (size_t c = 0; c < cols.size(); ++c)
            sql += (c ? ", " : "") + m_conn.quoteIdentifier(cols[c].name);
        sql += " FROM " + m_conn.quoteIdentifier(table);
        // Single-row mode: flat memory however large the table; nothing else runs on this connection.
        PgStatement q(m_conn, sql, {PgStatement::Rows::SingleRow});
        std::vector<Value> row(cols.size());
        while (q.step()) {
            for (size_t c = 0; c < cols.size(); ++c) {
                Value& v = row[c];
                const int at = int(c);
                if (q.isNull(at))
                    v = {};
                else if (cols[c].kind == Kind::Int)
                    v = Value::ofInt(q.int64(at));
                else if (cols[c].kind == Kind::Real)
                    v = Value::ofReal(q.real(at));
                else
                    v = Value::ofText(q.textView(at));
            }
            sink(row);
        }
    }

private:
    PgConnection m_conn;
    QString m_where;
    int m_version = 0;
    std::unique_ptr<PgTransaction> m_tx;
};

class PgTarget final : public Target {
public:
    explicit PgTarget(const QString& url)
        : m_conn(url)
        , m_where(m_conn.info().redacted()) {
        const SchemaMeta::Info info = SchemaMeta(m_conn).read();
        if (info.kind != SchemaMeta::Kind::Empty) {
            QStringList present;
            for (const std::string& t : tables())
                if (t != "revalign_lock_holder")
                    present << QString::fromStdString(t);
            throw Error(QCoreApplication::translate("WorkspaceCopy",
                                                    "%1: %2; copy into an empty database or schema (an "
                                                    "existing workspace is never overwritten)")
                            .arg(m_where, notEmptyReason(present)));
        }
        upgradeSchema(m_conn, PgLockIntent::ofThisProcess(QStringLiteral("Copy")));
        m_created = true;
    }
    QString where() const override { return m_where; }
    SqlEngine engine() const override { return SqlEngine::Postgres; }
    std::vector<std::string> tables() override { return tablesOf(m_conn); }
    std::vector<Column> columns(const std::string& table) override { return columnsOf(m_conn, table); }
    void begin() override {
        m_tx = std::make_unique<PgTransaction>(m_conn);
        // PostgreSQL cannot switch foreign keys off for a session, and owner.manager_id refers to its own
        // table: the keys are made deferrable for this transaction's load, checked once by SET
        // CONSTRAINTS ALL IMMEDIATE, and made NOT DEFERRABLE again before COMMIT, so the schema is
        // exactly what the migrations create.
        PgStatement fks(m_conn, "SELECT conrelid::regclass::text, conname::text FROM pg_constraint WHERE "
                                "contype = 'f' AND connamespace = current_schema()::regnamespace");
        while (fks.step())
            m_foreignKeys.emplace_back(std::string(fks.textView(0)), std::string(fks.textView(1)));
        for (const auto& [table, name] : m_foreignKeys)
            m_conn.exec("ALTER TABLE " + table + " ALTER CONSTRAINT " + m_conn.quoteIdentifier(name) +
                        " DEFERRABLE INITIALLY DEFERRED");
        m_conn.exec("SET CONSTRAINTS ALL DEFERRED");
    }
    qint64 load(const std::string& table, const std::vector<Column>& cols,
                const std::function<void(const RowSink&)>& source) override {
        m_conn.exec("DELETE FROM " + m_conn.quoteIdentifier(table)); // rows a migration may have seeded
        std::vector<PgCopyIn::Column> copyCols;
        bool hasId = false;
        for (const Column& c : cols) {
            copyCols.push_back({c.name, c.pgType});
            hasId = hasId || c.name == "id";
        }
        if (hasId)
            m_withId.push_back(table);
        PgCopyIn copy(m_conn, m_conn.quoteIdentifier(table), copyCols);
        qint64 rows = 0;
        source([&](const std::vector<Value>& row) {
            ++rows;
            for (size_t c = 0; c < cols.size(); ++c) {
                const Value& v = row[c];
                const Column& col = cols[c];
                if (v.k == Value::K::Null)
                    copy.null();
                else if (col.kind == Kind::Int && v.k == Value::K::Int) {
                    if (col.pgType == PgCopyIn::Type::Bool)
                        copy.boolean(v.i != 0);
                    else
                        copy.int64(v.i);
                } else if (col.kind == Kind::Real && v.k == Value::K::Real)
                    copy.real(v.d);
                else if (col.kind == Kind::Real && v.k == Value::K::Int && qint64(double(v.i)) == v.i)
                    copy.real(double(v.i)); // SQLite keeps whole reals as integers on disk
                else if (col.kind == Kind::Text && v.k == Value::K::Text)
                    copy.text(v.t);
                else
                    throw Error(mismatch(m_where, table, rows, col, v.k));
            }
            copy.endRow();
        });
        copy.finish();
        return rows;
    }
    void commit() override {
        m_conn.exec("SET CONSTRAINTS ALL IMMEDIATE"); // every foreign key checked here, once
        for (const auto& [table, name] : m_foreignKeys)
            m_conn.exec("ALTER TABLE " + table + " ALTER CONSTRAINT " + m_conn.quoteIdentifier(name) +
                        " NOT DEFERRABLE");
        // Rows came with their ids: the identity sequences must hand out ids after them.
        for (const std::string& table : m_withId)
            m_conn.exec(SqlDialect::postgres().syncIdentity(table));
        m_tx->commit();
        m_tx.reset();
        m_created = false;
    }
    QString abandon() override {
        try {
            m_tx.reset();
            if (!m_created)
                return {};
            if (!m_conn.isOpen())
                m_conn.reconnect();
            std::string drop;
            for (const std::string& t : tables())
                if (t != "revalign_lock_holder")
                    drop += (drop.empty() ? "" : ", ") + m_conn.quoteIdentifier(t);
            if (!drop.empty())
                m_conn.exec("DROP TABLE IF EXISTS " + drop + " CASCADE");
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    }

private:
    PgConnection m_conn;
    QString m_where;
    std::unique_ptr<PgTransaction> m_tx;
    std::vector<std::pair<std::string, std::string>> m_foreignKeys; // (table as SQL, constraint)
    std::vector<std::string> m_withId;
    bool m_created = false;
};
} // namespace

std::unique_ptr<Source> openPgSource(const QString& url) {
    return std::make_unique<PgSource>(url);
}

std::unique_ptr<Target> createPgTarget(const QString& url) {
    return std::make_unique<PgTarget>(url);
}

} // namespace revalign::copying
