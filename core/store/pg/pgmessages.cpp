#include "store/pg/pgmessages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <libpq-fe.h>

namespace revalign::pgmessages {

namespace {
// libpq's connect failure text, one reason a line: without "connection to server at ... failed:" (the
// server is named by us), LOCATION lines (verbose mode) and the repeats libpq writes when it tries TLS and
// then plain TCP with the same outcome.
QStringList reasons(const char* raw) {
    static const QRegularExpression prefix(QStringLiteral(
        "^connection to server (?:at \"[^\"]*\"(?: \\([^)]*\\))?, port \\d+|on socket \"[^\"]*\") "
        "failed: "));
    QStringList out;
    for (QString line : QString::fromUtf8(raw).split(u'\n', Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u"LOCATION:"))
            continue;
        line.remove(prefix);
        if (!out.contains(line))
            out << line;
    }
    return out;
}

// "FATAL:  28P01: password authentication failed..." -> ("28P01", "password authentication failed...")
std::pair<QByteArray, QString> serverError(const QStringList& lines) {
    static const QRegularExpression coded(
        QStringLiteral("^(?:FATAL|ERROR|PANIC):\\s+([0-9A-Z]{5}):\\s+(.*)$"));
    for (const QString& line : lines) {
        const QRegularExpressionMatch m = coded.match(line);
        if (m.hasMatch())
            return {m.captured(1).toLatin1(), m.captured(2)};
    }
    return {};
}

QString quoted(const QString& s) {
    return u'"' + s + u'"';
}
} // namespace

QString serverName(const pg_conn* conn) {
    auto* c = const_cast<pg_conn*>(conn); // libpq's getters take non-const pointers and only read
    const char* host = PQhost(c);
    const char* port = PQport(c);
    const char* db = PQdb(c);
    QString h = host && *host ? QString::fromUtf8(host) : QStringLiteral("localhost");
    if (h.contains(u':') && !h.startsWith(u'/'))
        h = u'[' + h + u']'; // IPv6 literal
    return h + u':' + QString::fromUtf8(port && *port ? port : "5432") + u'/' +
           QString::fromUtf8(db ? db : "");
}

PgError timeoutError(const PgConnInfo& info, const QString& server, int seconds) {
    return PgError(
        PgError::Kind::Unreachable,
        info.scrub(QCoreApplication::translate(
                       "PgConnection",
                       "%1: the server did not answer within %2 s (is the host right, and does a "
                       "firewall let port %3 through?)")
                       .arg(server, QString::number(seconds), server.section(u':', 1).section(u'/', 0, 0))));
}

PgError connectError(const pg_conn* conn, const PgConnInfo& info, const QString& server) {
    using K = PgError::Kind;
    auto* c = const_cast<pg_conn*>(conn);
    const QStringList lines = reasons(PQerrorMessage(c));
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in the lambda below.
    const std::pair<QByteArray, QString> coded = serverError(lines);
    const QByteArray& state = coded.first;
    const QString& serverText = coded.second;
    const QString all = lines.join(u' ');
    const QString reason = serverText.isEmpty() ? lines.value(0) : serverText;
    const QString user = QString::fromUtf8(PQuser(c) ? PQuser(c) : "");
    const QString db = QString::fromUtf8(PQdb(c) ? PQdb(c) : "");
    const auto make = [&](K kind, const QString& message) {
        return PgError(kind, info.scrub(message), state);
    };

    // Options libpq refused before talking to anyone ("invalid sslmode value").
    if (state.isEmpty() && all.startsWith(u"invalid ") &&
        (all.contains(u" value: ") || all.contains(u"option")))
        return make(K::InvalidAddress,
                    QCoreApplication::translate("PgConnection", "%1: not a valid PostgreSQL address: %2")
                        .arg(server, reason));
    if (PQconnectionNeedsPassword(c))
        return make(K::PasswordMissing,
                    QCoreApplication::translate(
                        "PgConnection",
                        "%1: the server asks for the password of user %2 and none was given (save it in the "
                        "system's password store, or in ~/.pgpass or the file PGPASSFILE names)")
                        .arg(server, quoted(user)));
    if (state == "28P01")
        return make(K::AuthenticationFailed,
                    QCoreApplication::translate("PgConnection",
                                                "%1: the server did not accept the password of user %2")
                        .arg(server, quoted(user)));
    if (state == "3D000")
        return make(
            K::DatabaseMissing,
            QCoreApplication::translate(
                "PgConnection",
                "%1: the server has no database %2 (check the name, or ask the server's administrator "
                "to create it)")
                .arg(server, quoted(db)));
    if (state == "28000" && reason.contains(u"no encryption"))
        return make(K::TlsRequired,
                    QCoreApplication::translate("PgConnection",
                                                "%1: the server accepts user %2 only over TLS: connect with "
                                                "sslmode=require or sslmode=verify-full")
                        .arg(server, quoted(user)));
    if (state == "28000" && reason.startsWith(u"role "))
        return make(K::AuthenticationFailed,
                    QCoreApplication::translate("PgConnection", "%1: the server has no user %2")
                        .arg(server, quoted(user)));
    if (state.startsWith("28"))
        return make(K::AuthenticationFailed,
                    QCoreApplication::translate("PgConnection", "%1: the server refuses this connection: %2")
                        .arg(server, reason));
    if (state == "53300")
        return make(
            K::Unreachable,
            QCoreApplication::translate(
                "PgConnection", "%1: the server has no free connection (too many clients); try again later")
                .arg(server));
    if (state == "57P03")
        return make(
            K::Unreachable,
            QCoreApplication::translate(
                "PgConnection", "%1: the server is starting up or shutting down; try again in a moment")
                .arg(server));
    if (all.contains(u"server does not support SSL"))
        return make(K::TlsFailed,
                    QCoreApplication::translate(
                        "PgConnection", "%1: TLS was required (sslmode=%2) but the server does not offer it")
                        .arg(server, info.value("sslmode")));
    if (all.contains(u"root certificate file"))
        return make(
            K::TlsFailed,
            QCoreApplication::translate(
                "PgConnection",
                "%1: cannot verify the server's TLS certificate without the certificate of the authority "
                "that signed it: give sslrootcert=FILE (or put it in ~/.postgresql/root.crt)")
                .arg(server));
    if (all.contains(u"does not match host name"))
        return make(
            K::TlsFailed,
            QCoreApplication::translate(
                "PgConnection", "%1: the server's TLS certificate was not issued for this host name (%2)")
                .arg(server, reason));
    if (all.contains(u"certificate") || all.contains(u"SSL") || all.contains(u"TLS"))
        return make(K::TlsFailed,
                    QCoreApplication::translate("PgConnection", "%1: the TLS connection failed: %2")
                        .arg(server, reason));
    if (all.contains(u"could not translate host name"))
        return make(K::Unreachable, QCoreApplication::translate("PgConnection", "%1: unknown host name %2")
                                        .arg(server, quoted(server.section(u':', 0, 0))));
    if (all.contains(u"Connection refused"))
        return make(K::Unreachable,
                    QCoreApplication::translate(
                        "PgConnection", "%1: no PostgreSQL server answers there (connection refused): is it "
                                        "running, and are host and port right?")
                        .arg(server));
    if (all.contains(u"No such file or directory") && all.contains(u"socket"))
        return make(
            K::Unreachable,
            QCoreApplication::translate(
                "PgConnection", "%1: no PostgreSQL server listens on this local socket: is it running?")
                .arg(server));
    if (all.contains(u"timeout expired"))
        return make(
            K::Unreachable,
            QCoreApplication::translate("PgConnection", "%1: the server did not answer in time").arg(server));
    if (state.isEmpty())
        return make(K::Unreachable,
                    QCoreApplication::translate("PgConnection", "%1: cannot reach the server: %2")
                        .arg(server, reason));
    return make(K::Query,
                QCoreApplication::translate("PgConnection", "%1: cannot connect: %2").arg(server, reason));
}

PgError resultError(const pg_conn* conn, const pg_result* result, const PgConnInfo& info,
                    const QString& server) {
    using K = PgError::Kind;
    auto* c = const_cast<pg_conn*>(conn);
    auto* r = const_cast<pg_result*>(result);
    const auto field = [&](int code) {
        const char* v = r ? PQresultErrorField(r, code) : nullptr;
        return QString::fromUtf8(v ? v : "").trimmed();
    };
    const QByteArray state = field(PG_DIAG_SQLSTATE).toLatin1();
    QString primary = field(PG_DIAG_MESSAGE_PRIMARY);
    if (primary.isEmpty())
        primary = reasons(r ? PQresultErrorMessage(r) : PQerrorMessage(c)).join(u' ');
    if (primary.isEmpty())
        primary = reasons(PQerrorMessage(c)).join(u' ');

    if (PQstatus(c) == CONNECTION_BAD) {
        QString why;
        if (state == "57P01")
            why = QCoreApplication::translate(
                "PgConnection",
                "the server ended the session: an administrator terminated it or the server is shutting "
                "down");
        else if (state == "57P02" || state == "57P03")
            why = QCoreApplication::translate("PgConnection", "the server is restarting");
        else if (state == "25P03" || state == "57P05")
            why = QCoreApplication::translate("PgConnection",
                                              "the session was idle too long and the server closed it");
        else if (state.isEmpty())
            // libpq's own words here depend on timing and TLS ("server closed the connection
            // unexpectedly", "SSL connection has been closed unexpectedly"); they all mean this.
            why = QCoreApplication::translate("PgConnection", "the server or the network closed it");
        else
            why = primary;
        return PgError(K::ConnectionLost,
                       info.scrub(QCoreApplication::translate(
                                      "PgConnection",
                                      "%1: the connection to the server was lost (%2); reconnect to go on")
                                      .arg(server, why)),
                       state);
    }
    if (state == "57014")
        return PgError(K::Cancelled,
                       info.scrub(QCoreApplication::translate("PgConnection", "%1: cancelled").arg(server)),
                       state);
    QString message = server + QStringLiteral(": ") + primary;
    if (const QString detail = field(PG_DIAG_MESSAGE_DETAIL); !detail.isEmpty())
        message += QStringLiteral(" (") + detail + u')';
    // COPY names the row and column it choked on here ("COPY contact, line 5, column email"); other
    // contexts ("unnamed portal parameter $1") say nothing a person can act on.
    if (const QString context = field(PG_DIAG_CONTEXT); context.startsWith(u"COPY "))
        message += QStringLiteral(" [") + context.section(u'\n', 0, 0) + u']';
    return PgError(K::Query, info.scrub(message), state);
}

} // namespace revalign::pgmessages
