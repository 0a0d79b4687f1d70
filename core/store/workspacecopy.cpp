#include "store/workspacecopy.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgconninfo.h"
#include "store/pg/pgcopyin.h"
#include "store/pg/pgstatement.h"
#include "store/pg/pgtransaction.h"
#include "store/schemameta.h"
#include "store/schemaupgrade.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <set>
#include <string>

namespace revalign {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("WorkspaceCopy", text);
}

// Tables that describe the engine's copy of a workspace rather than its content: each target keeps its
// own (revalign_meta is written by the target's migrations, the lock holders are live sessions).
bool isEngineMeta(const std::string& table) {
    return table == "revalign_meta" || table == "revalign_lock_holder" || table.rfind("sqlite_", 0) == 0;
}

enum class Kind { Int, Real, Text };

struct Column {
    std::string name;
    Kind kind = Kind::Text;
    PgCopyIn::Type pgType = PgCopyIn::Type::Text;
};

Kind kindOfType(std::string type) {
    for (char& c : type)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (type.find("int") != std::string::npos || type == "boolean")
        return Kind::Int;
    if (type.find("real") != std::string::npos || type.find("double") != std::string::npos ||
        type.find("float") != std::string::npos)
        return Kind::Real;
    return Kind::Text;
}

PgCopyIn::Type pgTypeOf(const std::string& type) {
    if (type == "bigint")
        return PgCopyIn::Type::Int8;
    if (type == "integer")
        return PgCopyIn::Type::Int4;
    if (type == "double precision")
        return PgCopyIn::Type::Float8;
    if (type == "boolean")
        return PgCopyIn::Type::Bool;
    return PgCopyIn::Type::Text;
}

// One value on its way from one engine to the other.
struct Value {
    enum class K { Null, Int, Real, Text } k = K::Null;
    qint64 i = 0;
    double d = 0;
    std::string_view t; // valid until the source steps
    static Value ofInt(qint64 v) {
        Value x;
        x.k = K::Int;
        x.i = v;
        return x;
    }
    static Value ofReal(double v) {
        Value x;
        x.k = K::Real;
        x.d = v;
        return x;
    }
    static Value ofText(std::string_view v) {
        Value x;
        x.k = K::Text;
        x.t = v;
        return x;
    }
};

const char* kindName(Value::K k) {
    switch (k) {
    case Value::K::Null:
        return "NULL";
    case Value::K::Int:
        return "integer";
    case Value::K::Real:
        return "real";
    case Value::K::Text:
        return "text";
    }
    return "?";
}

using RowSink = std::function<void(const std::vector<Value>&)>;

// ---- the two sides, once per engine --------------------------------------------------------------

class Side {
public:
    virtual ~Side() = default;
    virtual QString where() const = 0;
    virtual SqlEngine engine() const = 0;
    virtual std::vector<std::string> tables() = 0;
    virtual std::vector<Column> columns(const std::string& table) = 0;
};

class SqliteSource final : public Side {
public:
    explicit SqliteSource(const QString& path)
        : m_path(path)
        , m_ws(Workspace::open(path, WorkspaceAccess::ReadOnly)) {
        const int version = m_ws.schemaVersion();
        if (version < latestSchemaVersion())
            throw Error(tr("%1: workspace version %2 is older than this RevAlign's %3; run `revalign-cli "
                           "upgrade %1` first, then copy")
                            .arg(path)
                            .arg(version)
                            .arg(latestSchemaVersion()));
        m_ws.db().exec("BEGIN"); // one consistent read of every table; never writes
    }
    ~SqliteSource() override {
        try {
            m_ws.db().exec("COMMIT");
        } catch (const Error&) {
        }
    }
    QString where() const override { return m_path; }
    SqlEngine engine() const override { return SqlEngine::Sqlite; }
    int version() { return m_ws.schemaVersion(); }
    std::vector<std::string> tables() override {
        std::vector<std::string> out;
        Statement q(m_ws.db(), SqlDialect::sqlite().tablesQuery());
        while (q.step())
            out.emplace_back(q.textView(0));
        return out;
    }
    std::vector<Column> columns(const std::string& table) override {
        std::vector<Column> out;
        Statement q(m_ws.db(), SqlDialect::sqlite().columnsQuery());
        q.bind(1, std::string_view(table));
        while (q.step())
            out.push_back({std::string(q.textView(0)), kindOfType(std::string(q.textView(1)))});
        return out;
    }
    void scan(const std::string& table, const std::vector<Column>& cols, const RowSink& sink) {
        // typeof() beside each value: SQLite columns are typeless, so the target is told exactly what
        // each value is and a text in an integer column is refused rather than converted.
        std::string sql = "SELECT ";
        for (size_t c = 0; c < cols.size(); ++c)
            sql += (c ? ", typeof(\"" : "typeof(\"") + cols[c].name + "\"), \"" + cols[c].name + "\"";
        sql += " FROM \"" + table + "\"";
        Statement q(m_ws.db(), sql);
        std::vector<Value> row(cols.size());
        while (q.step()) {
            for (size_t c = 0; c < cols.size(); ++c) {
                const std::string_view type = q.textView(int(2 * c));
                const int at = int(2 * c + 1);
                Value& v = row[c];
                if (type == "null")
                    v.k = Value::K::Null;
                else if (type == "integer")
                    v = Value::ofInt(q.int64(at));
                else if (type == "real")
                    v = Value::ofReal(q.real(at));
                else if (type == "text")
                    v = Value::ofText(q.textView(at));
                else
                    throw Error(tr("%1: table %2, column %3 holds a %4 value; a workspace keeps none, so it "
                                   "is not copied")
                                    .arg(m_path, QString::fromStdString(table),
                                         QString::fromStdString(cols[c].name), QString::fromUtf8(type)));
            }
            sink(row);
        }
    }

private:
    QString m_path;
    Workspace m_ws;
};

class PgSource final : public Side {
public:
    explicit PgSource(const QString& url)
        : m_conn(url)
        , m_where(m_conn.info().redacted()) {
        SchemaMeta meta(m_conn);
        const SchemaMeta::Access access = meta.access(m_where, QStringLiteral(REVALIGN_VERSION));
        m_version = meta.version();
        if (access.needsUpgrade)
            throw Error(tr("%1: workspace version %2 is older than this RevAlign's %3; run `revalign-cli "
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
    int version() const { return m_version; }
    std::vector<std::string> tables() override {
        std::vector<std::string> out;
        PgStatement q(m_conn, SqlDialect::postgres().tablesQuery());
        while (q.step())
            out.emplace_back(q.textView(0));
        return out;
    }
    std::vector<Column> columns(const std::string& table) override {
        std::vector<Column> out;
        PgStatement q(m_conn, SqlDialect::postgres().columnsQuery());
        q.bind(1, std::string_view(table));
        while (q.step()) {
            const std::string type(q.textView(1));
            out.push_back({std::string(q.textView(0)), kindOfType(type), pgTypeOf(type)});
        }
        return out;
    }
    void scan(const std::string& table, const std::vector<Column>& cols, const RowSink& sink) {
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

QString mismatch(const QString& where, const std::string& table, qint64 row, const Column& col, Value::K k) {
    return tr("%1: table %2, row %3, column %4: a %5 value where the workspace keeps %6; nothing was copied")
        .arg(where, QString::fromStdString(table))
        .arg(row)
        .arg(QString::fromStdString(col.name), QString::fromLatin1(kindName(k)),
             QString::fromLatin1(col.kind == Kind::Int    ? "integers"
                                 : col.kind == Kind::Real ? "reals"
                                                          : "text"));
}

class Target : public Side {
public:
    virtual void begin() = 0;
    // Copies one table: `source` calls the sink once per row. Returns the rows written.
    virtual qint64 load(const std::string& table, const std::vector<Column>& cols,
                        const std::function<void(const RowSink&)>& source) = 0;
    virtual void commit() = 0;
    // After a failure: removes what this copy created. Returns why that failed, or empty.
    virtual QString abandon() = 0;
};

class SqliteTarget final : public Target {
public:
    explicit SqliteTarget(const QString& path)
        : m_path(path) {
        if (QFileInfo::exists(path))
            throw Error(tr("%1: already exists; copy into a new file (an existing one is never overwritten)")
                            .arg(path));
        m_created = true;
        try {
            m_db = std::make_unique<Database>(path, Database::Mode::ReadWriteCreate);
            // Workspace::create's connection settings and migrations, without its defaults: the rows
            // come from the source.
            m_db->exec("PRAGMA journal_mode = WAL");
            m_db->exec("PRAGMA synchronous = NORMAL");
            migrate(*m_db);
            // Checked once at the end (foreign_key_check) instead of row by row in table order.
            m_db->exec("PRAGMA foreign_keys = OFF");
        } catch (const Error&) {
            abandon();
            throw;
        }
    }
    QString where() const override { return m_path; }
    SqlEngine engine() const override { return SqlEngine::Sqlite; }
    std::vector<std::string> tables() override {
        std::vector<std::string> out;
        Statement q(*m_db, SqlDialect::sqlite().tablesQuery());
        while (q.step())
            out.emplace_back(q.textView(0));
        return out;
    }
    std::vector<Column> columns(const std::string& table) override {
        std::vector<Column> out;
        Statement q(*m_db, SqlDialect::sqlite().columnsQuery());
        q.bind(1, std::string_view(table));
        while (q.step())
            out.push_back({std::string(q.textView(0)), kindOfType(std::string(q.textView(1)))});
        return out;
    }
    void begin() override { m_tx = std::make_unique<Transaction>(*m_db); }
    qint64 load(const std::string& table, const std::vector<Column>& cols,
                const std::function<void(const RowSink&)>& source) override {
        m_db->exec("DELETE FROM \"" + table + "\""); // rows a migration may have seeded
        std::string sql = "INSERT INTO \"" + table + "\" (";
        std::string marks;
        for (size_t c = 0; c < cols.size(); ++c) {
            sql += (c ? ", \"" : "\"") + cols[c].name + "\"";
            marks += c ? ", ?" : "?";
        }
        sql += ") VALUES (" + marks + ")";
        Statement insert(*m_db, sql);
        qint64 rows = 0;
        source([&](const std::vector<Value>& row) {
            ++rows;
            for (size_t c = 0; c < cols.size(); ++c) {
                const Value& v = row[c];
                const int at = int(c + 1);
                switch (v.k) {
                case Value::K::Null:
                    insert.bindNull(at);
                    break;
                case Value::K::Int:
                    insert.bind(at, v.i);
                    break;
                case Value::K::Real:
                    insert.bind(at, v.d);
                    break;
                case Value::K::Text:
                    insert.bindView(at, v.t.data() ? v.t : std::string_view("", 0));
                    break;
                }
            }
            insert.run(Statement::Bindings::Keep);
        });
        return rows;
    }
    void commit() override {
        {
            Statement check(*m_db, "PRAGMA foreign_key_check");
            if (check.step())
                throw Error(
                    tr("%1: table %2 row %3 refers to a row of %4 the source does not have; nothing was "
                       "copied")
                        .arg(m_path, check.text(0))
                        .arg(check.int64(1))
                        .arg(check.text(2)));
        } // finalized before the close below: an open statement would keep the WAL unmerged
        m_tx->commit();
        m_tx.reset();
        m_db->exec("PRAGMA foreign_keys = ON");
        m_db.reset(); // closes: the WAL is copied into the file
        // The file opens as any workspace does (header, version, every table, column and index).
        Workspace::open(m_path, WorkspaceAccess::ReadOnly);
    }
    QString abandon() override {
        m_tx.reset();
        m_db.reset();
        if (m_created)
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(m_path + suffix);
        return {};
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Transaction> m_tx;
    bool m_created = false;
};

class PgTarget final : public Target {
public:
    explicit PgTarget(const QString& url)
        : m_conn(url)
        , m_where(m_conn.info().redacted()) {
        const SchemaMeta::Info info = SchemaMeta(m_conn).read();
        if (info.kind != SchemaMeta::Kind::Empty) {
            std::vector<std::string> present;
            for (std::string& t : tables())
                if (t != "revalign_lock_holder")
                    present.push_back(std::move(t));
            QStringList names;
            for (size_t i = 0; i < present.size() && i < 5; ++i)
                names << QString::fromStdString(present[i]);
            if (present.size() > 5)
                names << tr("and %1 more").arg(present.size() - 5);
            throw Error(tr("%1: the database is not empty (%2 tables: %3); copy into an empty database or "
                           "schema (an existing workspace is never overwritten)")
                            .arg(m_where)
                            .arg(present.size())
                            .arg(names.join(QStringLiteral(", "))));
        }
        upgradeSchema(m_conn, PgLockIntent::ofThisProcess(QStringLiteral("Copy")));
        m_created = true;
    }
    QString where() const override { return m_where; }
    SqlEngine engine() const override { return SqlEngine::Postgres; }
    std::vector<std::string> tables() override {
        std::vector<std::string> out;
        PgStatement q(m_conn, SqlDialect::postgres().tablesQuery());
        while (q.step())
            out.emplace_back(q.textView(0));
        return out;
    }
    std::vector<Column> columns(const std::string& table) override {
        std::vector<Column> out;
        PgStatement q(m_conn, SqlDialect::postgres().columnsQuery());
        q.bind(1, std::string_view(table));
        while (q.step()) {
            const std::string type(q.textView(1));
            out.push_back({std::string(q.textView(0)), kindOfType(type), pgTypeOf(type)});
        }
        return out;
    }
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

template <typename SourceT>
WorkspaceCopyResult run(SourceT& source, Target& target,
                        const std::function<void(const WorkspaceCopyProgress&)>& progress) {
    WorkspaceCopyResult result;
    result.source = source.where();
    result.target = target.where();
    result.sourceEngine = source.engine();
    result.targetEngine = target.engine();
    result.schemaVersion = source.version();

    // The target's schema is the one this build creates: its tables decide what is copied, and the
    // source must have exactly these (a table left behind would be dropped silently).
    std::vector<std::string> tables;
    for (std::string& t : target.tables())
        if (!isEngineMeta(t))
            tables.push_back(std::move(t));
    std::set<std::string> sourceTables;
    for (std::string& t : source.tables())
        if (!isEngineMeta(t))
            sourceTables.insert(std::move(t));
    for (const std::string& t : tables)
        if (!sourceTables.erase(t))
            throw Error(tr("%1: table %2 of the workspace schema is missing; the source is damaged")
                            .arg(source.where(), QString::fromStdString(t)));
    if (!sourceTables.empty())
        throw Error(tr("%1: table %2 is not part of the workspace schema; it would not be copied, so "
                       "nothing is")
                        .arg(source.where(), QString::fromStdString(*sourceTables.begin())));

    target.begin();
    int index = 0;
    for (const std::string& table : tables) {
        const std::vector<Column> cols = target.columns(table);
        std::set<std::string> sourceCols;
        for (const Column& c : source.columns(table))
            sourceCols.insert(c.name);
        for (const Column& c : cols)
            if (!sourceCols.erase(c.name))
                throw Error(
                    tr("%1: table %2 has no column %3; the source is damaged")
                        .arg(source.where(), QString::fromStdString(table), QString::fromStdString(c.name)));
        if (!sourceCols.empty())
            throw Error(tr("%1: table %2 has a column %3 the workspace schema does not know; nothing is "
                           "copied")
                            .arg(source.where(), QString::fromStdString(table),
                                 QString::fromStdString(*sourceCols.begin())));
        const qint64 rows =
            target.load(table, cols, [&](const RowSink& sink) { source.scan(table, cols, sink); });
        result.tables.emplace_back(QString::fromStdString(table), rows);
        if (progress)
            progress({QString::fromStdString(table), ++index, int(tables.size()), rows});
    }
    target.commit();
    return result;
}

template <typename SourceT>
WorkspaceCopyResult runInto(SourceT& source, const QString& targetAddress,
                            const std::function<void(const WorkspaceCopyProgress&)>& progress) {
    std::unique_ptr<Target> target;
    if (PgConnInfo::isUrl(targetAddress))
        target = std::make_unique<PgTarget>(targetAddress);
    else
        target = std::make_unique<SqliteTarget>(targetAddress);
    try {
        return run(source, *target, progress);
    } catch (const Error& e) {
        const QString leftOver = target->abandon();
        if (leftOver.isEmpty())
            throw;
        throw Error(e.message() + tr(" (removing what the copy created failed too: %1)").arg(leftOver));
    }
}

} // namespace

WorkspaceCopyResult copyWorkspace(const QString& source, const QString& target,
                                  const std::function<void(const WorkspaceCopyProgress&)>& progress) {
    const bool sourceIsUrl = PgConnInfo::isUrl(source);
    if (sourceIsUrl == PgConnInfo::isUrl(target))
        throw Error(sourceIsUrl ? tr("copy goes between engines: from a postgresql:// URL to a new workspace "
                                     "file")
                                : tr("copy goes between engines: from a workspace file to a postgresql:// "
                                     "URL of an empty database"));
    if (sourceIsUrl) {
        PgSource from(source);
        return runInto(from, target, progress);
    }
    SqliteSource from(source);
    return runInto(from, target, progress);
}

} // namespace revalign
