#include "store/pg/pgconnection.h"
#include "store/pg/pgstatement.h"

#include "pgscratch.h"
#include "testsupport.h"

#include <QUrl>

#include <thread>

using namespace revalign;
using namespace revalign::test;

namespace {
// Connects and returns the error, failing the test when the connection succeeds.
PgError connectError(const QString& address) {
    try {
        PgConnection conn(address);
    } catch (const PgError& e) {
        return e;
    }
    FAIL("connected to " << address.toStdString() << " but expected an error");
    throw; // unreachable
}

// Sets an environment variable for the scope (libpq reads PGPASSFILE and friends at connect time).
class EnvOverride final {
public:
    EnvOverride(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name)) {
        qputenv(name, value);
    }
    ~EnvOverride() {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

QString hostPortDb(const PgTestServer& s) {
    return QStringLiteral("127.0.0.1:%1/%2").arg(s.port).arg(s.database);
}
} // namespace

TEST_CASE("PgConnection connects by URL with the password from PGPASSFILE", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    CHECK(conn.isOpen());
    CHECK(conn.serverName() == hostPortDb(server));
    CHECK(conn.user() == u"revalign_test");
    CHECK(conn.serverVersion() >= 150000);
    PgStatement st(conn, "SELECT current_database(), current_setting('client_encoding'), "
                         "current_setting('application_name')");
    REQUIRE(st.step());
    CHECK(st.text(0) == server.database);
    CHECK(st.text(1) == u"UTF8");
    CHECK(st.text(2) == u"RevAlign"); // fallback_application_name: what pg_stat_activity shows admins
}

TEST_CASE("PgConnection connects by conninfo string, over the unix socket too", "[pg]") {
    REVALIGN_NEED_PG(server);
    const QString overTcp = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=revalign_test")
                                .arg(server.port)
                                .arg(server.database);
    PgConnection tcp(overTcp);
    CHECK(tcp.serverName() == hostPortDb(server));
    // The socket directory is the "host"; pg_hba trusts local connections of the test cluster.
    const QString overSocket = QStringLiteral("host=%1 port=%2 dbname=%3 user=revalign_test")
                                   .arg(server.socketDir)
                                   .arg(server.port)
                                   .arg(server.database);
    PgConnection local(overSocket);
    CHECK(local.serverName() ==
          QStringLiteral("%1:%2/%3").arg(server.socketDir).arg(server.port).arg(server.database));
    CHECK_FALSE(local.tlsInUse());
}

TEST_CASE("PgConnection says which part of a connection failed, naming host:port/db", "[pg]") {
    REVALIGN_NEED_PG(server);
    SECTION("wrong password") {
        const QString url = QStringLiteral("postgresql://revalign_test:not-the-password@127.0.0.1:%1/%2")
                                .arg(server.port)
                                .arg(server.database);
        const PgError e = connectError(url);
        CHECK(e.kind() == PgError::Kind::AuthenticationFailed);
        CHECK(e.sqlState() == "28P01");
        CHECK(e.message() ==
              hostPortDb(server) + u": the server did not accept the password of user \"revalign_test\"");
        CHECK_FALSE(e.message().contains(u"not-the-password"));
    }
    SECTION("no password anywhere") {
        const EnvOverride noPassFile("PGPASSFILE", "/nonexistent/pgpass");
        const PgError e = connectError(server.url);
        CHECK(e.kind() == PgError::Kind::PasswordMissing);
        CHECK(e.message().startsWith(hostPortDb(server) +
                                     u": the server asks for the password of user \"revalign_test\""));
        CHECK(e.message().contains(u"~/.pgpass"));
    }
    SECTION("unknown database") {
        const QString url =
            QStringLiteral("postgresql://revalign_test@127.0.0.1:%1/no_such_db").arg(server.port);
        const PgError e = connectError(url);
        CHECK(e.kind() == PgError::Kind::DatabaseMissing);
        CHECK(e.message() ==
              QStringLiteral("127.0.0.1:%1/no_such_db: the server has no database \"no_such_db\" "
                             "(check the name, or ask the server's administrator to create it)")
                  .arg(server.port));
    }
    SECTION("unknown user") {
        const QString url = QStringLiteral("host=%1 port=%2 dbname=%3 user=nobody_here")
                                .arg(server.socketDir)
                                .arg(server.port)
                                .arg(server.database);
        const PgError e = connectError(url);
        CHECK(e.kind() == PgError::Kind::AuthenticationFailed);
        CHECK(e.message().endsWith(u": the server has no user \"nobody_here\""));
    }
    SECTION("server down: nothing listens on the port") {
        const int port = closedPort();
        const PgError e = connectError(QStringLiteral("postgresql://revalign_test@127.0.0.1:%1/x").arg(port));
        CHECK(e.kind() == PgError::Kind::Unreachable);
        CHECK(e.message() == QStringLiteral("127.0.0.1:%1/x: no PostgreSQL server answers there (connection "
                                            "refused): is it running, and are host and port right?")
                                 .arg(port));
    }
    SECTION("unknown host name") {
        const PgError e = connectError(QStringLiteral("postgresql://u@no-such-host.invalid:5432/x"));
        CHECK(e.kind() == PgError::Kind::Unreachable);
        CHECK(e.message() == u"no-such-host.invalid:5432/x: unknown host name \"no-such-host.invalid\"");
    }
    SECTION("not an address at all") {
        // Refused by libpq's parser, and by its option check before any network traffic.
        const PgError parse = connectError(QStringLiteral("postgresql://u@h/db?nonsense=1"));
        CHECK(parse.kind() == PgError::Kind::InvalidAddress);
        CHECK(parse.message() ==
              u"Not a PostgreSQL address (postgresql://u@h/db?nonsense=1): invalid URI query "
              u"parameter: \"nonsense\"");
        const PgError option = connectError(QStringLiteral("postgresql://u@h/db?sslmode=sometimes"));
        CHECK(option.kind() == PgError::Kind::InvalidAddress);
        CHECK(option.message() ==
              u"h:5432/db: not a valid PostgreSQL address: invalid sslmode value: \"sometimes\"");
    }
}

TEST_CASE("PgConnection: the password appears in no error text and no log line", "[pg]") {
    REVALIGN_NEED_PG(server);
    const QString secret = QStringLiteral("s3cr3t-Pa55word");
    QStringList messages;
    LogCapture log;
    const QString port = QString::number(server.port);
    const QString db = server.database;
    const QStringList addresses = {
        // wrong password in a URL, in a conninfo string, percent-encoded, with a bad option after it
        u"postgresql://revalign_test:" + secret + u"@127.0.0.1:" + port + u'/' + db,
        u"host=127.0.0.1 port=" + port + u" dbname=" + db + u" user=revalign_test password=" + secret,
        u"postgresql://revalign_test:" + QString::fromLatin1(QUrl::toPercentEncoding(secret + u"/?@")) +
            u"@127.0.0.1:" + port + u'/' + db,
        u"postgresql://revalign_test:" + secret + u"@127.0.0.1:" + port + u"/no_db",
        u"postgresql://revalign_test:" + secret + u"@127.0.0.1:" + QString::number(closedPort()) + u"/x",
        // addresses libpq cannot parse, where only our scrubbing stands between the secret and the text
        u"host=127.0.0.1 password=" + secret + u" sslmode=maybe",
        u"password='" + secret + u" more' host",
        u"postgresql://revalign_test:" + secret + u"@127.0.0.1:" + port + u"/x?nonsense=1",
    };
    for (const QString& address : addresses) {
        try {
            PgConnection conn(address);
            FAIL("connected with " << address);
        } catch (const PgError& e) {
            messages << e.message();
        }
    }
    // And a working connection logs its connect without the secret it was given.
    {
        PgConnection conn(u"postgresql://revalign_test:" + server.password + u"@127.0.0.1:" + port + u'/' +
                          db);
        messages << conn.info().redacted();
        conn.reconnect();
    }
    messages << log.lines();
    CHECK(log.lines().size() >= 8);
    for (const QString& m : messages) {
        INFO(m.toStdString());
        CHECK_FALSE(m.contains(secret));
        CHECK_FALSE(m.contains(server.password));
        CHECK_FALSE(m.contains(u"3cr3t"));
    }
}

TEST_CASE("PgConnInfo::redacted() keeps everything but the secrets", "[pg]") {
    const PgConnInfo info =
        PgConnInfo::parse(QStringLiteral("postgresql://anna:hunter22@db.example.com:6543/"
                                         "team%20ws?sslmode=verify-full&sslrootcert=/etc/ca.crt"));
    CHECK(info.value("password") == u"hunter22");
    CHECK(info.redacted() ==
          u"postgresql://anna@db.example.com:6543/team%20ws?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.crt");
    CHECK(info.scrub(QStringLiteral("echo hunter22!")) == u"echo ***!");
    const PgConnInfo kv = PgConnInfo::parse(QStringLiteral("host=/tmp/s dbname=x password=ab"));
    CHECK(kv.redacted() == u"postgresql://%2Ftmp%2Fs/x");
    // A short password is scrubbed where it stands alone, not inside other words.
    CHECK(kv.scrub(QStringLiteral("tab \"ab\" ab.")) == u"tab \"***\" ***.");
    CHECK(PgConnInfo::isUrl(QStringLiteral("postgres://h/db")));
    CHECK_FALSE(PgConnInfo::isUrl(QStringLiteral("/home/anna/team.revalign")));
}

TEST_CASE("PgConnection over TLS: sslmode=require and verify-full with the test CA", "[pg]") {
    REVALIGN_NEED_PG(server);
    SECTION("require: encrypted, certificate not checked") {
        PgConnection conn(server.urlWith(QStringLiteral("sslmode=require")));
        CHECK(conn.tlsInUse());
        PgStatement st(conn, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        REQUIRE(st.step());
        CHECK(st.boolean(0));
    }
    SECTION("verify-full: the certificate is for localhost and signed by the CA") {
        // host names the certificate's subject; hostaddr skips the lookup (localhost may be ::1 first).
        const QString address = QStringLiteral("host=localhost hostaddr=127.0.0.1 port=%1 dbname=%2 "
                                               "user=revalign_test sslmode=verify-full sslrootcert=%3")
                                    .arg(server.port)
                                    .arg(server.database, server.caFile);
        PgConnection conn(address);
        CHECK(conn.tlsInUse());
        CHECK(conn.serverName() == QStringLiteral("localhost:%1/%2").arg(server.port).arg(server.database));
    }
    SECTION("verify-full by IP: the certificate does not name 127.0.0.1") {
        const PgError e = connectError(server.urlWith(u"sslmode=verify-full&sslrootcert=" + server.caFile));
        CHECK(e.kind() == PgError::Kind::TlsFailed);
        CHECK(e.message().startsWith(hostPortDb(server) +
                                     u": the server's TLS certificate was not issued for this host name"));
    }
    SECTION("verify-full without the CA") {
        const EnvOverride home("PGSSLROOTCERT", "/nonexistent/root.crt");
        const PgError e = connectError(QStringLiteral("host=localhost hostaddr=127.0.0.1 port=%1 dbname=%2 "
                                                      "user=revalign_test sslmode=verify-full")
                                           .arg(server.port)
                                           .arg(server.database));
        CHECK(e.kind() == PgError::Kind::TlsFailed);
        CHECK(e.message().contains(u"give sslrootcert=FILE"));
    }
    SECTION("a role admitted only over TLS, connecting without") {
        const QString plain = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable")
                                  .arg(server.tlsOnlyUser)
                                  .arg(server.port)
                                  .arg(server.database);
        const PgError e = connectError(plain);
        CHECK(e.kind() == PgError::Kind::TlsRequired);
        CHECK(e.message() == hostPortDb(server) + u": the server accepts user \"" + server.tlsOnlyUser +
                                 u"\" only over TLS: connect with sslmode=require or sslmode=verify-full");
        PgConnection overTls(QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=require")
                                 .arg(server.tlsOnlyUser)
                                 .arg(server.port)
                                 .arg(server.database));
        CHECK(overTls.tlsInUse());
    }
}

TEST_CASE("PgConnection: a server that never answers times out, or is given up on", "[pg]") {
    // A socket that listens but never accepts: the kernel completes the TCP handshake, libpq sends its
    // startup packet and no answer ever comes, like a half-dead server behind a firewall.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(fd, 4) == 0);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    const int port = ntohs(address.sin_port);
    const QString url = QStringLiteral("postgresql://u@127.0.0.1:%1/x?sslmode=disable").arg(port);
    SECTION("connect_timeout") {
        try {
            PgConnection conn(url + u"&connect_timeout=1");
            FAIL("connected");
        } catch (const PgError& e) {
            CHECK(e.kind() == PgError::Kind::Unreachable);
            CHECK(e.message().startsWith(
                QStringLiteral("127.0.0.1:%1/x: the server did not answer within 1 s").arg(port)));
        }
    }
    SECTION("stopped by the user") {
        std::stop_source stop;
        std::jthread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            stop.request_stop();
        });
        try {
            PgConnection conn(url, stop.get_token());
            FAIL("connected");
        } catch (const PgError& e) {
            CHECK(e.kind() == PgError::Kind::Cancelled);
            CHECK(e.message() == QStringLiteral("127.0.0.1:%1/x: connecting was cancelled").arg(port));
        }
    }
    ::close(fd);
}
