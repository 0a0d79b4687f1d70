#pragma once

#include "store/database.h"

#include <QString>

#include <optional>
#include <string_view>

struct sqlite3_stmt;

namespace revalign {

// The import's hot statements. Unlike Statement, text is bound without a copy (SQLITE_STATIC): the
// importer binds views of the record being written and runs the statement at once, so the bytes outlive
// the step. At a million rows the copies and their allocator locks were a tenth of an import.
// It repeats a part of Statement only because Statement (not the importer's file) always copies: once
// Statement gets a no-copy text bind, this class folds into it.
class ImportStatement final {
public:
    ImportStatement(Database& db, std::string_view sql);
    ~ImportStatement();
    ImportStatement(const ImportStatement&) = delete;
    ImportStatement& operator=(const ImportStatement&) = delete;

    ImportStatement& bind(int index, qint64 value);
    ImportStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    ImportStatement& bind(int index, double value);
    // Not copied: `utf8` must stay valid until the statement is run or reset.
    ImportStatement& bind(int index, std::string_view utf8);
    ImportStatement& bind(int index, const QString& value); // copied; a null QString binds NULL
    ImportStatement& bind(int index, const std::optional<QString>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }
    ImportStatement& bindNull(int index);
    // The column's UTF-8 bytes, valid until the next step() or reset().
    std::string_view textView(int column) const;

    bool step(); // true while a row is available; throws Error on failure
    void run();  // step once, then reset (bindings stay until rebound)
    void reset();
    qint64 int64(int column) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace revalign
