#pragma once

// The two sides of copyWorkspace(), once per engine (workspacecopysqlite.cpp, workspacecopypg.cpp).
// Internal to the store.

#include "store/pg/pgcopyin.h"
#include "store/sqldialect.h"

#include <QString>

#include <cctype>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace revalign::copying {

inline bool isEngineMeta(const std::string& table) {
    return table == "revalign_meta" || table == "revalign_lock_holder" || table.rfind("sqlite_", 0) == 0;
}

enum class Kind { Int, Real, Text };

struct Column {
    std::string name;
    Kind kind = Kind::Text;
    PgCopyIn::Type pgType = PgCopyIn::Type::Text;
};

inline Kind kindOfType(std::string type) {
    for (char& c : type)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (type.find("int") != std::string::npos || type == "boolean")
        return Kind::Int;
    if (type.find("real") != std::string::npos || type.find("double") != std::string::npos ||
        type.find("float") != std::string::npos)
        return Kind::Real;
    return Kind::Text;
}

inline PgCopyIn::Type pgTypeOf(const std::string& type) {
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

inline const char* kindName(Value::K k) {
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

class Source : public Side {
public:
    virtual int version() = 0;
    // Calls `sink` once per row of `table`, with the values of `cols` (by name) in that order.
    virtual void scan(const std::string& table, const std::vector<Column>& cols, const RowSink& sink) = 0;
};

QString mismatch(const QString& where, const std::string& table, qint64 row, const Column& col, Value::K k);

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

std::unique_ptr<Source> openSqliteSource(const QString& path);
std::unique_ptr<Source> openPgSource(const QString& url);
std::unique_ptr<Target> createSqliteTarget(const QString& path);
std::unique_ptr<Target> createPgTarget(const QString& url);

} // namespace revalign::copying
