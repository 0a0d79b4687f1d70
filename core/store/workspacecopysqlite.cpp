// The SQLite sides of copyWorkspace(): a workspace file read through Workspace::open (read-only), and a
// new file created with the migrations and no defaults.
#include "store/workspacecopyprivate.h"

#include "store/database.h"
#include "store/migrations.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "store/sqldialect.h"
#include "store/workspace.h"

namespace revalign::copying {

namespace {

// The schema as the dialect introspects it (tables without the engine's own, columns in order).
std::vector<std::string> tablesOf(Database& conn) {
    std::vector<std::string> out;
    Statement q(conn, SqlDialect::sqlite().tablesQuery());
    while (q.step())
        out.emplace_back(q.textView(0));
    return out;
}

std::vector<Column> columnsOf(Database& conn, const std::string& table) {
    std::vector<Column> out;
    Statement q(conn, SqlDialect::sqlite().columnsQuery());
    q.bind(1, std::string_view(table));
    while (q.step())
        out.push_back({std::string(q.textView(0)), kindOfType(std::string(q.textView(1)))});
    return out;
}

class SqliteSource final : public Source {
public:
    explicit SqliteSource(const QString& path)
        : m_path(path)
        , m_ws(Workspace::open(path, WorkspaceAccess::ReadOnly)) {
        const int version = m_ws.schemaVersion();
        if (version < latestSchemaVersion())
            throw Error(QCoreApplication::translate(
                            "WorkspaceCopy",
                            "%1: workspace version %2 is older than this RevAlign's %3; run `revalign-cli "
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
    int version() override { return m_ws.schemaVersion(); }
    std::vector<std::string> tables() override { return tablesOf(m_ws.db()); }
    std::vector<Column> columns(const std::string& table) override { return columnsOf(m_ws.db(), table); }
    void scan(const std::string& table, const std::vector<Column>& cols, const RowSink& sink) override {
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
                    throw Error(QCoreApplication::translate(
                                    "WorkspaceCopy",
                                    "%1: table %2, column %3 holds a %4 value; a workspace keeps none, so it "
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

class SqliteTarget final : public Target {
public:
    explicit SqliteTarget(const QString& path)
        : m_path(path) {
        if (QFileInfo::exists(path))
            throw Error(QCoreApplication::translate(
                            "WorkspaceCopy",
                            "%1: already exists; copy into a new file (an existing one is never overwritten)")
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
    std::vector<std::string> tables() override { return tablesOf(*m_db); }
    std::vector<Column> columns(const std::string& table) override { return columnsOf(*m_db, table); }
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
                    QCoreApplication::translate(
                        "WorkspaceCopy",
                        "%1: table %2 row %3 refers to a row of %4 the source does not have; nothing was "
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
} // namespace

std::unique_ptr<Source> openSqliteSource(const QString& path) {
    return std::make_unique<SqliteSource>(path);
}

std::unique_ptr<Target> createSqliteTarget(const QString& path) {
    return std::make_unique<SqliteTarget>(path);
}

} // namespace revalign::copying
