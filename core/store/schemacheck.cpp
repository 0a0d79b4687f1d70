#include "store/schemacheck.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/sqldialect.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <string>

namespace revalign {

namespace {
struct Schema {
    std::map<std::string, std::set<std::string>> columns; // table -> columns
    std::set<std::string> indexes;
};

Schema readSchema(Database& db) {
    Schema s;
    const SqlDialect dialect = db.dialect();
    Statement tables(db, dialect.tablesQuery());
    while (tables.step())
        s.columns[std::string(tables.textView(0))];
    Statement indexes(db, dialect.indexesQuery());
    while (indexes.step())
        s.indexes.emplace(indexes.textView(0));
    Statement columns(db, dialect.columnsQuery());
    for (auto& [table, names] : s.columns) {
        columns.bindView(1, table);
        while (columns.step())
            names.emplace(columns.textView(0));
        columns.reset();
    }
    return s;
}

const Schema& expectedSchema() {
    static const Schema expected = [] {
        Database memory(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
        migrate(memory);
        return readSchema(memory);
    }();
    return expected;
}
} // namespace

QStringList schemaProblems(Database& db) {
    const Schema& expected = expectedSchema();
    const Schema actual = readSchema(db);
    QStringList problems;
    const auto q = [](const std::string& s) { return QString::fromStdString(s); };
    for (const auto& [table, columns] : expected.columns) {
        const auto found = actual.columns.find(table);
        if (found == actual.columns.end()) {
            problems << QCoreApplication::translate("Workspace", "table '%1' is missing").arg(q(table));
            continue;
        }
        for (const std::string& column : columns)
            if (found->second.count(column) == 0)
                problems << QCoreApplication::translate("Workspace", "column '%1' of table '%2' is missing")
                                .arg(q(column), q(table));
    }
    for (const std::string& index : expected.indexes)
        if (actual.indexes.count(index) == 0)
            problems << QCoreApplication::translate("Workspace", "index '%1' is missing").arg(q(index));
    return problems;
}

QStringList integrityProblems(Database& db, bool full) {
    if (db.isPostgres())
        return {}; // the server checks its own pages (and every open compares the schema)
    QStringList problems;
    Statement check(db, full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)");
    while (check.step()) {
        const QString line = check.text(0);
        if (line != u"ok")
            problems << line;
    }
    return problems;
}

} // namespace revalign
