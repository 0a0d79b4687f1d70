#include "store/pg/pgcopyin.h"

#include "store/pg/pgbinary.h"
#include "store/pg/pgresult.h"
#include "store/pg/pgstatement.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace revalign {

namespace pb = pgbinary;

namespace {
[[noreturn]] void internal(const QString& what) {
    throw Error(QStringLiteral("internal: COPY ") + what);
}

// The server types a binary value of each writer type can go into: binary input is type-exact.
bool accepts(PgCopyIn::Type t, unsigned oid) {
    switch (t) {
    case PgCopyIn::Type::Int8:
        return oid == pb::kInt8;
    case PgCopyIn::Type::Int4:
        return oid == pb::kInt4;
    case PgCopyIn::Type::Float8:
        return oid == pb::kFloat8;
    case PgCopyIn::Type::Bool:
        return oid == pb::kBool;
    case PgCopyIn::Type::Text:
        return oid == pb::kText || oid == pb::kVarchar || oid == pb::kBpchar;
    }
    return false;
}

// COPY text format: backslash escapes for the characters that delimit fields and rows.
void appendEscaped(std::string& out, std::string_view s) {
    for (char ch : s) {
        switch (ch) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += ch;
        }
    }
}
} // namespace

const char* PgCopyIn::sqlTypeName(Type t) {
    switch (t) {
    case Type::Int8:
        return "bigint";
    case Type::Int4:
        return "integer";
    case Type::Float8:
        return "double precision";
    case Type::Bool:
        return "boolean";
    case Type::Text:
        return "text";
    }
    return "?";
}

PgCopyIn::PgCopyIn(PgConnection& conn, std::string_view table, std::vector<Column> columns, Format format,
                   size_t bufferBytes)
    : m_conn(conn)
    , m_columns(std::move(columns))
    , m_format(format)
    , m_bufferBytes(std::max<size_t>(bufferBytes, 4096)) {
    if (m_columns.empty())
        internal(QStringLiteral("without columns"));
    std::string list;
    for (const Column& c : m_columns)
        list += (list.empty() ? "" : ", ") + m_conn.quoteIdentifier(c.name);
    if (m_format == Format::Binary) {
        // Binary input is exact about types (an int4 column does not take 8 bytes): check first.
        PgStatement types(m_conn, "SELECT a.attname, a.atttypid::int8, format_type(a.atttypid, a.atttypmod) "
                                  "FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND "
                                  "NOT a.attisdropped");
        types.bind(1, table);
        std::vector<std::pair<std::string, std::pair<unsigned, QString>>> server;
        while (types.step())
            server.push_back(
                {std::string(types.textView(0)), {static_cast<unsigned>(types.int64(1)), types.text(2)}});
        for (const Column& c : m_columns) {
            auto it =
                std::find_if(server.begin(), server.end(), [&](const auto& s) { return s.first == c.name; });
            if (it == server.end())
                internal(QStringLiteral("into %1: no column %2")
                             .arg(QString::fromUtf8(table.data(), qsizetype(table.size())),
                                  QString::fromStdString(c.name)));
            if (!accepts(c.type, it->second.first))
                internal(QStringLiteral("into %1: column %2 is %3 on the server, the writer sends %4")
                             .arg(QString::fromUtf8(table.data(), qsizetype(table.size())),
                                  QString::fromStdString(c.name), it->second.second,
                                  QString::fromLatin1(PgCopyIn::sqlTypeName(c.type))));
        }
    }
    const std::string sql = "COPY " + std::string(table) + " (" + list + ") FROM STDIN" +
                            (m_format == Format::Binary ? " (FORMAT binary)" : "");
    if (PgResultPtr r(PQexec(m_conn.handle(), sql.c_str())); !hasStatus(r, PGRES_COPY_IN))
        m_conn.fail(r.get());
    m_active = true;
    m_buffer.reserve(m_bufferBytes + 1024);
    if (m_format == Format::Binary) {
        static constexpr char kSignature[] = "PGCOPY\n\377\r\n"; // 11 bytes with its NUL
        m_buffer.append(kSignature, 11);
        pb::appendBig<qint32>(m_buffer, 0); // flags: no OIDs
        pb::appendBig<qint32>(m_buffer, 0); // header extension length
    }
}

PgCopyIn::~PgCopyIn() {
    if (m_active)
        abort("the program stopped the import before its end");
}

void PgCopyIn::abort(const char* reason) {
    m_active = false;
    PGconn* c = m_conn.handle();
    if (!m_conn.isOpen())
        return;
    // The server turns this into an error for the COPY (and so for the transaction around it).
    if (PQputCopyEnd(c, reason) == 1)
        while (PgResultPtr r{PQgetResult(c)}) {
        }
}

const PgCopyIn::Column& PgCopyIn::nextColumn(Type kind, bool isNull) {
    if (!m_active)
        internal(QStringLiteral("is not running"));
    if (m_column >= m_columns.size())
        internal(QStringLiteral("row %1 has more values than the %2 columns")
                     .arg(m_rows + 1)
                     .arg(m_columns.size()));
    const Column& c = m_columns[m_column];
    const bool fits =
        isNull || c.type == kind || (kind == Type::Int8 && (c.type == Type::Int4 || c.type == Type::Bool));
    if (!fits)
        internal(QStringLiteral("column %1 is %2, not %3")
                     .arg(QString::fromStdString(c.name), QString::fromLatin1(PgCopyIn::sqlTypeName(c.type)),
                          QString::fromLatin1(PgCopyIn::sqlTypeName(kind))));
    if (m_column == 0 && m_format == Format::Binary)
        pb::appendBig<qint16>(m_buffer, static_cast<qint16>(m_columns.size()));
    if (m_column > 0 && m_format == Format::Text)
        m_buffer += '\t';
    ++m_column;
    return c;
}

PgCopyIn& PgCopyIn::int64(qint64 value) {
    const Column& c = nextColumn(Type::Int8, false);
    if (m_format == Format::Text) {
        char buf[24];
        const auto r =
            std::to_chars(buf, buf + sizeof buf, c.type == Type::Bool ? qint64(value != 0) : value);
        m_buffer.append(buf, r.ptr);
        return *this;
    }
    switch (c.type) {
    case Type::Int8:
        pb::appendBig<qint32>(m_buffer, 8);
        pb::appendBig<qint64>(m_buffer, value);
        break;
    case Type::Int4:
        if (value < std::numeric_limits<qint32>::min() || value > std::numeric_limits<qint32>::max())
            internal(QStringLiteral("column %1: %2 does not fit an integer")
                         .arg(QString::fromStdString(c.name))
                         .arg(value));
        pb::appendBig<qint32>(m_buffer, 4);
        pb::appendBig<qint32>(m_buffer, static_cast<qint32>(value));
        break;
    default: // Bool
        pb::appendBig<qint32>(m_buffer, 1);
        m_buffer += value != 0 ? '\1' : '\0';
        break;
    }
    return *this;
}

PgCopyIn& PgCopyIn::boolean(bool value) {
    nextColumn(Type::Bool, false);
    if (m_format == Format::Text) {
        m_buffer += value ? 't' : 'f';
    } else {
        pb::appendBig<qint32>(m_buffer, 1);
        m_buffer += value ? '\1' : '\0';
    }
    return *this;
}

PgCopyIn& PgCopyIn::real(double value) {
    nextColumn(Type::Float8, false);
    if (m_format == Format::Text) {
        if (std::isnan(value)) {
            m_buffer += "NaN";
        } else if (std::isinf(value)) {
            m_buffer += value > 0 ? "Infinity" : "-Infinity";
        } else {
            char buf[32];
            const auto r = std::to_chars(buf, buf + sizeof buf, value);
            m_buffer.append(buf, r.ptr);
        }
        return *this;
    }
    pb::appendBig<qint32>(m_buffer, 8);
    pb::appendBig<quint64>(m_buffer, std::bit_cast<quint64>(value));
    return *this;
}

PgCopyIn& PgCopyIn::text(std::string_view utf8) {
    nextColumn(Type::Text, false);
    if (m_format == Format::Text) {
        appendEscaped(m_buffer, utf8);
    } else {
        // The server checks the bytes are UTF-8 (and rejects NUL) with the row and column in the message.
        pb::appendBig<qint32>(m_buffer, static_cast<qint32>(utf8.size()));
        m_buffer.append(utf8);
    }
    return *this;
}

PgCopyIn& PgCopyIn::text(const QString& value) {
    if (value.isNull())
        return null();
    const QByteArray utf8 = value.toUtf8();
    return text(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

PgCopyIn& PgCopyIn::null() {
    nextColumn(Type::Text, true);
    if (m_format == Format::Text)
        m_buffer += "\\N";
    else
        pb::appendBig<qint32>(m_buffer, -1);
    return *this;
}

void PgCopyIn::endRow() {
    if (m_column != m_columns.size())
        internal(QStringLiteral("row %1 has %2 values for %3 columns")
                     .arg(m_rows + 1)
                     .arg(m_column)
                     .arg(m_columns.size()));
    if (m_format == Format::Text)
        m_buffer += '\n';
    m_column = 0;
    ++m_rows;
    if (m_buffer.size() >= m_bufferBytes)
        flush();
}

void PgCopyIn::flush() {
    if (m_buffer.empty())
        return;
    // Blocking connection: libpq waits while the socket is full, which is what bounds memory here.
    if (PQputCopyData(m_conn.handle(), m_buffer.data(), static_cast<int>(m_buffer.size())) != 1)
        failFromServer();
    m_buffer.clear();
}

void PgCopyIn::failFromServer() {
    // The server refused a row mid-stream (libpq then ends COPY mode) or the connection dropped: the
    // server's error is the next result.
    m_active = false;
    PgResultPtr r(m_conn.isOpen() ? PQgetResult(m_conn.handle()) : nullptr);
    throwAfterDrain(r.get());
}

void PgCopyIn::throwAfterDrain(const pg_result* result) {
    PgError error = m_conn.errorFor(result);
    while (m_conn.isOpen())
        if (PgResultPtr rest(PQgetResult(m_conn.handle())); !rest)
            break;
    throw error;
}

qint64 PgCopyIn::finish() {
    if (!m_active)
        internal(QStringLiteral("is not running"));
    if (m_column != 0)
        internal(QStringLiteral("finished in the middle of row %1").arg(m_rows + 1));
    if (m_format == Format::Binary)
        pb::appendBig<qint16>(m_buffer, -1); // file trailer
    flush();
    PGconn* c = m_conn.handle();
    if (PQputCopyEnd(c, nullptr) != 1)
        failFromServer();
    m_active = false;
    PgResultPtr r(PQgetResult(c));
    if (!hasStatus(r, PGRES_COMMAND_OK))
        throwAfterDrain(r.get());
    qint64 stored = 0;
    const char* n = PQcmdTuples(r.get());
    std::from_chars(n, n + std::char_traits<char>::length(n), stored);
    r.reset();
    while (PgResultPtr rest{PQgetResult(c)}) {
    }
    return stored;
}

} // namespace revalign
