#include "store/pg/pgstatement.h"

#include "store/pg/pgbinary.h"
#include "store/pg/pgplaceholders.h"
#include "store/pg/pgresult.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

namespace revalign {

namespace pb = pgbinary;

namespace {
[[noreturn]] void internal(const QString& what) {
    throw Error(QStringLiteral("internal: ") + what);
}

std::string formatReal(double v) {
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "Infinity" : "-Infinity";
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest text that reads back exactly
    return std::string(buf, r.ptr);
}

std::string formatInt(qint64 v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

bool parseInt(std::string_view s, qint64& out) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool parseReal(std::string_view s, double& out) {
    if (s == "NaN") {
        out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (s == "Infinity" || s == "-Infinity") {
        out =
            s[0] == '-' ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return true;
    }
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Types whose binary form is the UTF-8 text itself: sent with a length, no terminating NUL needed.
bool binaryText(unsigned oid) {
    return oid == pb::kText || oid == pb::kVarchar || oid == pb::kBpchar || oid == pb::kName;
}
} // namespace

PgStatement::PgStatement(PgConnection& conn, std::string_view sql)
    : PgStatement(conn, sql, Options{}) {}

PgStatement::PgStatement(PgConnection& conn, std::string_view sql, Options options)
    : m_conn(conn)
    , m_sql(sql)
    , m_options(options) {}

PgStatement::~PgStatement() {
    try {
        reset();
        // The server keeps prepared statements for the session; ours go with us unless the session is
        // gone (nothing to free) or in a failed transaction (DEALLOCATE would fail there; the session's end
        // frees them).
        if (!m_name.empty() && m_generation == m_conn.generation() && m_conn.isOpen() &&
            PQtransactionStatus(m_conn.handle()) != PQTRANS_INERROR) {
            m_conn.exec("DEALLOCATE " + m_name);
            if (!m_fetchName.empty())
                m_conn.exec("DEALLOCATE " + m_fetchName);
        }
    } catch (const Error&) {
        // A destructor has no one to tell; a lost connection has freed everything already.
    }
}

PgStatement::Param& PgStatement::param(int index) {
    if (index < 1 || index > 65535)
        internal(QStringLiteral("parameter $%1 out of range").arg(index));
    if (m_params.size() < static_cast<size_t>(index))
        m_params.resize(static_cast<size_t>(index));
    return m_params[static_cast<size_t>(index) - 1];
}

PgStatement& PgStatement::bind(int index, qint64 value) {
    Param& p = param(index);
    p.kind = Param::Kind::Int;
    p.i = value;
    return *this;
}

PgStatement& PgStatement::bind(int index, double value) {
    Param& p = param(index);
    p.kind = Param::Kind::Real;
    p.d = value;
    return *this;
}

PgStatement& PgStatement::bind(int index, const QString& value) {
    if (value.isNull())
        return bindNull(index);
    Param& p = param(index);
    p.kind = Param::Kind::Text;
    p.text = value.toStdString();
    return *this;
}

PgStatement& PgStatement::bind(int index, std::string_view utf8) {
    Param& p = param(index);
    p.kind = Param::Kind::Text;
    p.text.assign(utf8.data() ? utf8.data() : "", utf8.size());
    return *this;
}

PgStatement& PgStatement::bindView(int index, std::string_view utf8) {
    if (utf8.data() == nullptr)
        return bindNull(index);
    Param& p = param(index);
    p.kind = Param::Kind::View;
    p.view = utf8;
    return *this;
}

PgStatement& PgStatement::bindNull(int index) {
    param(index).kind = Param::Kind::Null;
    return *this;
}

void PgStatement::prepare() {
    if (!m_name.empty() && m_generation == m_conn.generation())
        return;
    PGconn* c = m_conn.handle();
    m_name = m_conn.nextName("ra_s");
    std::string sql = m_sql;
    if (m_options.rows == Rows::Cursor) {
        m_cursor = m_conn.nextName("ra_c");
        sql = "DECLARE " + m_cursor + " NO SCROLL CURSOR FOR " + m_sql;
    }
    // First without types: the server types each $n from its context (an int4 column, a function taking
    // integer), which is what SQLite's typeless binds need. Only where the SQL says nothing ("SELECT $1",
    // "$1 IS NULL") do the bound values' kinds decide, and text for one bound NULL.
    // Inside a transaction a failed PREPARE would abort it (every later statement: "current transaction
    // is aborted"), so each attempt runs in a savepoint there. Once per statement and connection:
    // statements are prepared once and reused.
    const bool guarded = m_conn.inTransaction();
    std::vector<Oid> hints; // none at first
    PgResultPtr r;
    for (size_t attempt = 0;; ++attempt) {
        if (guarded)
            m_conn.exec("SAVEPOINT ra_prepare");
        r.reset(PQprepare(c, m_name.c_str(), sql.c_str(), static_cast<int>(hints.size()),
                          hints.empty() ? nullptr : hints.data()));
        const char* state = r ? PQresultErrorField(r.get(), PG_DIAG_SQLSTATE) : nullptr;
        const bool untyped = state && std::string_view(state) == "42P18";
        if (guarded) // a failed attempt (whatever the reason) leaves the transaction as it was
            m_conn.exec(hasStatus(r, PGRES_COMMAND_OK)
                            ? "RELEASE SAVEPOINT ra_prepare"
                            : "ROLLBACK TO SAVEPOINT ra_prepare; RELEASE SAVEPOINT ra_prepare");
        if (!untyped || attempt > m_params.size())
            break;
        if (hints.empty()) {
            // Typed by the bound values' kinds; $n the SQL never names (a shared bind layout: an UPDATE
            // binding ?1..?19 and ?30) as text, which any value binds to.
            const std::vector<bool> named = namedPlaceholders(sql, m_params.size());
            hints.assign(m_params.size(), 0);
            for (size_t i = 0; i < m_params.size(); ++i) {
                if (m_params[i].kind == Param::Kind::Int)
                    hints[i] = pb::kInt8;
                else if (m_params[i].kind == Param::Kind::Real)
                    hints[i] = pb::kFloat8;
                else if (m_params[i].kind != Param::Kind::Null || !named[i + 1])
                    hints[i] = pb::kText;
            }
            continue;
        }
        // Still one the context does not type and whose value is NULL ("coalesce($5, $6)" with both
        // NULL): the server names it; text then, and try again.
        const char* message = PQresultErrorField(r.get(), PG_DIAG_MESSAGE_PRIMARY);
        const std::string_view text = message ? message : "";
        const size_t dollar = text.rfind('$');
        size_t n = 0;
        for (size_t j = dollar == std::string_view::npos ? text.size() : dollar + 1;
             j < text.size() && std::isdigit(static_cast<unsigned char>(text[j])); ++j)
            n = n * 10 + static_cast<size_t>(text[j] - '0');
        if (n < 1 || n > hints.size() || hints[n - 1] != 0)
            break;
        hints[n - 1] = pb::kText;
    }
    const auto expect = [&](ExecStatusType status) {
        if (!hasStatus(r, status)) {
            m_name.clear();
            m_conn.fail(r.get());
        }
    };
    expect(PGRES_COMMAND_OK);
    r.reset(PQdescribePrepared(c, m_name.c_str()));
    expect(PGRES_COMMAND_OK);
    m_paramTypes.assign(static_cast<size_t>(PQnparams(r.get())), 0);
    for (int i = 0; i < PQnparams(r.get()); ++i)
        m_paramTypes[static_cast<size_t>(i)] = PQparamtype(r.get(), i);
    if (m_options.rows == Rows::Cursor) {
        m_fetchName = m_conn.nextName("ra_f");
        const std::string fetch =
            "FETCH FORWARD " + std::to_string(std::max(1, m_options.cursorBatch)) + " FROM " + m_cursor;
        r.reset(PQprepare(c, m_fetchName.c_str(), fetch.c_str(), 0, nullptr));
        expect(PGRES_COMMAND_OK);
    }
    m_generation = m_conn.generation();
}

void PgStatement::execute() {
    if (!m_conn.isOpen())
        m_conn.fail(nullptr);
    prepare();
    const size_t n = std::max(m_paramTypes.size(), m_params.size());
    if (m_params.size() < n)
        m_params.resize(n); // like SQLite: a parameter never bound is NULL
    // Reused from run to run: a statement in an import loop allocates nothing per row.
    std::vector<const char*>& values = m_values;
    std::vector<int>& lengths = m_lengths;
    std::vector<int>& formats = m_formats;
    values.assign(n, nullptr);
    lengths.assign(n, 0);
    formats.assign(n, 0);
    m_encoded.resize(n);
    const bool binary = m_options.transfer == Transfer::Binary;
    for (size_t i = 0; i < n; ++i) {
        const Param& p = m_params[i];
        const unsigned type = i < m_paramTypes.size() ? m_paramTypes[i] : 0;
        std::string& enc = m_encoded[i];
        enc.clear();
        switch (p.kind) {
        case Param::Kind::Null:
            continue;
        case Param::Kind::Int:
            if (binary && type == pb::kInt8) {
                pb::appendBig(enc, p.i);
            } else if (binary && type == pb::kInt4 && p.i >= std::numeric_limits<qint32>::min() &&
                       p.i <= std::numeric_limits<qint32>::max()) {
                pb::appendBig(enc, static_cast<qint32>(p.i));
            } else if (binary && type == pb::kInt2 && p.i >= std::numeric_limits<qint16>::min() &&
                       p.i <= std::numeric_limits<qint16>::max()) {
                pb::appendBig(enc, static_cast<qint16>(p.i));
            } else if (binary && type == pb::kFloat8) {
                pb::appendBig(enc, std::bit_cast<quint64>(static_cast<double>(p.i)));
            } else if (binary && type == pb::kBool) {
                enc.push_back(p.i != 0 ? 1 : 0);
            } else {
                // Out of the column type's range, or a type parsed from text (numeric, text...): the
                // server converts, and reports a value it cannot take in its own words.
                enc = formatInt(p.i);
                values[i] = enc.c_str();
                continue;
            }
            formats[i] = 1;
            break;
        case Param::Kind::Real:
            if (binary && type == pb::kFloat8) {
                pb::appendBig(enc, std::bit_cast<quint64>(p.d));
            } else if (binary && type == pb::kFloat4) {
                pb::appendBig(enc, std::bit_cast<quint32>(static_cast<float>(p.d)));
            } else {
                enc = formatReal(p.d);
                values[i] = enc.c_str();
                continue;
            }
            formats[i] = 1;
            break;
        case Param::Kind::Text:
        case Param::Kind::View: {
            const std::string_view v = p.kind == Param::Kind::Text ? std::string_view(p.text) : p.view;
            if (binary && binaryText(type)) {
                values[i] = v.data();
                lengths[i] = static_cast<int>(v.size());
                formats[i] = 1;
            } else {
                // Text format wants a terminated string: views are copied, owned text is used in place.
                if (p.kind == Param::Kind::Text) {
                    values[i] = p.text.c_str();
                } else {
                    enc.assign(v);
                    values[i] = enc.c_str();
                }
            }
            continue;
        }
        }
        values[i] = enc.data();
        lengths[i] = static_cast<int>(enc.size());
    }
    const int resultFormat = binary ? 1 : 0;
    PGconn* c = m_conn.handle();
    const int count = static_cast<int>(n);
    m_columnTypes.clear();
    switch (m_options.rows) {
    case Rows::All: {
        PgResultPtr r(PQexecPrepared(c, m_name.c_str(), count, values.data(), lengths.data(), formats.data(),
                                     resultFormat));
        if (!hasStatus(r, PGRES_TUPLES_OK) && !hasStatus(r, PGRES_COMMAND_OK))
            m_conn.fail(r.get());
        m_changes = 0;
        parseInt(PQcmdTuples(r.get()), m_changes);
        m_result = r.release();
        m_row = -1;
        break;
    }
    case Rows::SingleRow:
        m_idleAtStart = PQtransactionStatus(c) == PQTRANS_IDLE;
        if (!PQsendQueryPrepared(c, m_name.c_str(), count, values.data(), lengths.data(), formats.data(),
                                 resultFormat))
            m_conn.fail(nullptr);
        PQsetSingleRowMode(c);
        m_streaming = true;
        break;
    case Rows::Cursor: {
        if (!m_conn.inTransaction()) {
            m_conn.exec("BEGIN READ ONLY");
            m_ownTransaction = true;
        }
        PgResultPtr r(
            PQexecPrepared(c, m_name.c_str(), count, values.data(), lengths.data(), formats.data(), 0));
        if (!hasStatus(r, PGRES_COMMAND_OK))
            failAndFinish(r.get());
        m_cursorOpen = true;
        m_cursorDone = false;
        break;
    }
    }
}

void PgStatement::failAndFinish(const pg_result* result) {
    PgError error = m_conn.errorFor(result);
    try {
        finishStream();
    } catch (const Error&) {
        // The first error is the one to report.
    }
    throw error;
}

void PgStatement::clearResult() {
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
}

bool PgStatement::fetchBatch() {
    clearResult();
    PgResultPtr r(PQexecPrepared(m_conn.handle(), m_fetchName.c_str(), 0, nullptr, nullptr, nullptr,
                                 m_options.transfer == Transfer::Binary ? 1 : 0));
    if (!hasStatus(r, PGRES_TUPLES_OK))
        failAndFinish(r.get());
    const int rows = PQntuples(r.get());
    if (rows < m_options.cursorBatch)
        m_cursorDone = true; // a short batch is the last: no round trip for an empty one
    m_result = r.release();
    return rows > 0;
}

bool PgStatement::nextRow() {
    switch (m_options.rows) {
    case Rows::All:
        if (!m_result)
            return false;
        return ++m_row < PQntuples(m_result);
    case Rows::SingleRow: {
        clearResult();
        if (!m_streaming)
            return false;
        PgResultPtr r(PQgetResult(m_conn.handle()));
        if (hasStatus(r, PGRES_SINGLE_TUPLE)) {
            m_result = r.release();
            m_row = 0;
            return true;
        }
        // The end (or the error) comes as one more result; the connection is ready after the null that
        // follows, which finishStream() reads.
        if (!hasStatus(r, PGRES_TUPLES_OK) && !hasStatus(r, PGRES_COMMAND_OK))
            failAndFinish(r.get());
        m_changes = 0;
        parseInt(PQcmdTuples(r.get()), m_changes);
        r.reset();
        finishStream();
        return false;
    }
    case Rows::Cursor:
        if (m_result && ++m_row < PQntuples(m_result))
            return true;
        if (!m_cursorOpen || m_cursorDone) {
            finishStream();
            return false;
        }
        if (!fetchBatch()) {
            finishStream();
            return false;
        }
        m_row = 0;
        return true;
    }
    return false;
}

void PgStatement::finishStream() {
    PGconn* c = m_conn.handle();
    if (m_streaming) {
        m_streaming = false;
        // Unread rows: outside a transaction nothing depends on this statement finishing, so the server is
        // told to stop sending; inside one a cancel would abort the whole transaction, so we read them out.
        if (m_idleAtStart)
            m_conn.cancel();
        while (PGresult* r = PQgetResult(c))
            PQclear(r);
    }
    if (m_cursorOpen) {
        m_cursorOpen = false;
        if (m_conn.isOpen() && PQtransactionStatus(c) == PQTRANS_INTRANS) {
            m_conn.exec("CLOSE " + m_cursor);
        }
    }
    if (m_ownTransaction) {
        m_ownTransaction = false;
        if (m_conn.isOpen())
            m_conn.exec(PQtransactionStatus(c) == PQTRANS_INERROR ? "ROLLBACK" : "COMMIT");
    }
}

bool PgStatement::step() {
    if (!m_executed) {
        execute();
        m_executed = true;
    }
    return nextRow();
}

void PgStatement::run(Bindings after) {
    if (m_executed)
        endExecution(); // rows of an earlier step() left unread; the new bindings stay
    execute();
    m_executed = true;
    if (m_options.rows != Rows::All) {
        while (nextRow()) {
        }
    }
    const qint64 changes = m_changes;
    endExecution();
    m_changes = changes;
    if (after == Bindings::Clear)
        clearBindings();
}

void PgStatement::endExecution() {
    try {
        finishStream();
    } catch (...) {
        clearResult();
        m_executed = false;
        throw;
    }
    clearResult();
    m_executed = false;
}

void PgStatement::clearBindings() {
    // Kinds only: the strings keep their capacity for the next row's values.
    for (Param& p : m_params)
        p.kind = Param::Kind::Null;
}

void PgStatement::reset() {
    try {
        endExecution();
    } catch (...) {
        clearBindings();
        throw;
    }
    clearBindings();
}

int PgStatement::columnCount() const {
    return m_result ? PQnfields(m_result) : 0;
}

unsigned PgStatement::typeOf(int column) const {
    return PQftype(m_result, column);
}

std::string_view PgStatement::raw(int column) const {
    if (!m_result || m_row < 0 || m_row >= PQntuples(m_result) || column < 0 || column >= PQnfields(m_result))
        internal(QStringLiteral("no column %1 in the current row").arg(column));
    return std::string_view(PQgetvalue(m_result, m_row, column),
                            static_cast<size_t>(PQgetlength(m_result, m_row, column)));
}

bool PgStatement::isNull(int column) const {
    raw(column); // range check
    return PQgetisnull(m_result, m_row, column) != 0;
}

qint64 PgStatement::int64(int column) const {
    if (isNull(column))
        return 0;
    const std::string_view v = raw(column);
    if (m_options.transfer == Transfer::Binary) {
        switch (typeOf(column)) {
        case pb::kInt8:
            return pb::readBig<qint64>(v.data());
        case pb::kInt4:
            return pb::readBig<qint32>(v.data());
        case pb::kInt2:
            return pb::readBig<qint16>(v.data());
        case pb::kOid:
            return pb::readBig<quint32>(v.data());
        case pb::kBool:
            return v[0] != 0;
        case pb::kFloat8:
            return static_cast<qint64>(pb::readFloat8(v.data()));
        case pb::kFloat4:
            return static_cast<qint64>(pb::readFloat4(v.data()));
        default:
            break;
        }
    }
    const std::string_view t = textView(column);
    if (t == "t" || t == "f")
        return t == "t";
    qint64 out = 0;
    if (parseInt(t, out))
        return out;
    double d = 0;
    if (parseReal(t, d))
        return static_cast<qint64>(d);
    internal(QStringLiteral("column %1 is not a number: '%2'")
                 .arg(column)
                 .arg(QString::fromUtf8(t.data(), qsizetype(t.size()))));
}

double PgStatement::real(int column) const {
    if (isNull(column))
        return 0;
    const std::string_view v = raw(column);
    if (m_options.transfer == Transfer::Binary) {
        switch (typeOf(column)) {
        case pb::kFloat8:
            return pb::readFloat8(v.data());
        case pb::kFloat4:
            return pb::readFloat4(v.data());
        case pb::kInt8:
        case pb::kInt4:
        case pb::kInt2:
        case pb::kOid:
        case pb::kBool:
            return static_cast<double>(int64(column));
        default:
            break;
        }
    }
    double d = 0;
    const std::string_view t = textView(column);
    if (parseReal(t, d))
        return d;
    internal(QStringLiteral("column %1 is not a number: '%2'")
                 .arg(column)
                 .arg(QString::fromUtf8(t.data(), qsizetype(t.size()))));
}

std::string_view PgStatement::textView(int column) const {
    if (isNull(column))
        return {};
    const std::string_view v = raw(column);
    if (m_options.transfer == Transfer::Text)
        return v;
    const unsigned type = typeOf(column);
    if (pb::isTextLike(type))
        return v;
    if (type == pb::kJsonb)
        return v.substr(1); // a version byte (1), then the JSON text
    if (m_scratch.size() < static_cast<size_t>(PQnfields(m_result)))
        m_scratch.resize(static_cast<size_t>(PQnfields(m_result)));
    std::string& out = m_scratch[static_cast<size_t>(column)];
    switch (type) {
    case pb::kInt8:
    case pb::kInt4:
    case pb::kInt2:
    case pb::kOid:
        out = formatInt(int64(column));
        break;
    case pb::kBool:
        out = v[0] ? "t" : "f";
        break;
    case pb::kFloat8:
    case pb::kFloat4:
        out = formatReal(real(column));
        break;
    case pb::kNumeric:
        out = pb::numericText(v);
        break;
    case pb::kDate:
        out = pb::dateText(pb::readBig<qint32>(v.data()));
        break;
    default:
        internal(QStringLiteral("column %1 has server type %2, which the binary reader does not decode; "
                                "cast it in the SQL (::text, ::bigint)")
                     .arg(column)
                     .arg(type));
    }
    return out;
}

QString PgStatement::text(int column) const {
    if (isNull(column))
        return {};
    const std::string_view v = textView(column);
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

std::optional<qint64> PgStatement::optInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> PgStatement::optReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

} // namespace revalign
