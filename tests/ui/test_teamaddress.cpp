#include "store/pg/pgconninfo.h"
#include "teamaddress.h"
#include "teamstatus.h"

#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace revalign;
using namespace revalign::ui;

TEST_CASE("ui: a team address makes a URL with user and database percent-encoded, sslmode and no password") {
    TeamAddress a;
    a.host = QStringLiteral("db.example.com");
    a.port = 5433;
    a.user = QStringLiteral("anna.o'neil@corp");
    a.database = QStringLiteral("sales/q1 2026");
    a.tls = TlsMode::Require;
    // RFC 3986 unreserved characters (letters, digits, - . _ ~) stay; ' is %27, @ %40, / %2F, space %20.
    CHECK(a.url() ==
          u"postgresql://anna.o%27neil%40corp@db.example.com:5433/sales%2Fq1%202026?sslmode=require");
    // libpq reads back exactly the fields (the encoding is the one it decodes).
    const PgConnInfo info = PgConnInfo::parse(a.url());
    CHECK(info.value("user") == a.user);
    CHECK(info.value("dbname") == a.database);
    CHECK(info.value("port") == u"5433");
    CHECK(info.value("sslmode") == u"require");
    CHECK_FALSE(info.has("password"));
    CHECK(TeamAddress::fromUrl(a.url()) == a);
    CHECK(a.credentialKey() == u"anna.o'neil@corp@db.example.com:5433/sales/q1 2026");
}

TEST_CASE("ui: a team address sends the CA file only with verify-full, and a Thai database name as UTF-8") {
    TeamAddress a;
    a.host = QStringLiteral("localhost");
    a.user = QStringLiteral("anna");
    a.database = QStringLiteral("ขาย"); // U+0E02 U+0E32 U+0E22: UTF-8 E0 B8 82, E0 B8 B2, E0 B8 A2
    a.caFile = QStringLiteral("/etc/ssl/team ca.crt");
    a.tls = TlsMode::Prefer;
    CHECK(a.url() == u"postgresql://anna@localhost:5432/%E0%B8%82%E0%B8%B2%E0%B8%A2?sslmode=prefer");
    a.tls = TlsMode::VerifyFull;
    CHECK(a.url() == u"postgresql://anna@localhost:5432/%E0%B8%82%E0%B8%B2%E0%B8%A2?sslmode=verify-full"
                     u"&sslrootcert=%2Fetc%2Fssl%2Fteam%20ca.crt");
    CHECK(PgConnInfo::parse(a.url()).value("sslrootcert") == a.caFile);
    CHECK(PgConnInfo::parse(a.url()).value("dbname") == a.database);
    a.tls = TlsMode::Disable;
    CHECK(a.url().endsWith(u"?sslmode=disable"));
    // An IPv6 address goes in brackets.
    a.host = QStringLiteral("::1");
    a.database = QStringLiteral("team");
    CHECK(a.url() == u"postgresql://anna@[::1]:5432/team?sslmode=disable");
    CHECK(PgConnInfo::parse(a.url()).value("host") == u"::1");
}

TEST_CASE("ui: withPassword puts the password in memory only, displayAddress and the title never show it") {
    const QString url = QStringLiteral("postgresql://anna@db.example.com:5432/team?sslmode=require");
    const QString secret = QStringLiteral("p@ss:w/rd");
    const QString full = withPassword(url, secret);
    // @ is %40, : %3A, / %2F: the user info ends at the last '@' and the password at none of them.
    CHECK(full == u"postgresql://anna:p%40ss%3Aw%2Frd@db.example.com:5432/team?sslmode=require");
    CHECK(PgConnInfo::parse(full).value("password") == secret);
    CHECK(hasPassword(full));
    CHECK_FALSE(hasPassword(url));
    // A second password replaces the first.
    CHECK(withPassword(full, QStringLiteral("new")) ==
          u"postgresql://anna:new@db.example.com:5432/team?sslmode=require");
    CHECK(displayAddress(full) == url);
    CHECK_FALSE(displayAddress(full).contains(u"p%40ss"));
    CHECK(locationTitle(full) == u"Team workspace — team on db.example.com:5432");
    CHECK(serverStatusLine(full) == u"Team workspace on db.example.com:5432/team");
    CHECK(credentialKeyOf(full) == u"anna@db.example.com:5432/team");
    CHECK(locationTitle(QStringLiteral("/home/anna/q4.revalign")) == u"q4.revalign");
    CHECK(serverStatusLine(QStringLiteral("/home/anna/q4.revalign")).isEmpty());
    // An address libpq cannot parse is still scrubbed.
    CHECK_FALSE(
        displayAddress(QStringLiteral("postgresql://anna:hunter2@host:notaport/db")).contains(u"hunter2"));
}

TEST_CASE("ui: Open recent keeps URLs without their password, once, newest first") {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("q4.revalign"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const QString url = QStringLiteral("postgresql://anna@db.example.com:5432/team?sslmode=require");
    QStringList recent = rememberRecent({}, withPassword(url, QStringLiteral("secret")), 8);
    CHECK(recent == QStringList{url});
    recent = rememberRecent(recent, file, 8);
    CHECK(recent == QStringList{file, url});
    recent = rememberRecent(recent, url, 8); // the same URL again moves to the front
    CHECK(recent == QStringList{url, file});
    // At most `max`: the oldest goes.
    CHECK(rememberRecent(recent, QStringLiteral("postgresql://ben@h:5432/x"), 2) ==
          QStringList{QStringLiteral("postgresql://ben@h:5432/x"), url});
    // What the menu shows: a file that is gone is left out, a URL stays (the server may be down for a
    // moment), and a password an older build stored is stripped.
    const QStringList stored{withPassword(url, QStringLiteral("secret")),
                             dir.filePath(QStringLiteral("gone.revalign")), file};
    CHECK(visibleRecent(stored) == QStringList{url, file});
    for (const QString& r : visibleRecent(stored))
        CHECK_FALSE(r.contains(u"secret"));
}

TEST_CASE("ui: the imports-today line names who, which file and when, and is empty without imports") {
    CHECK(describeImportsToday({}).isEmpty());
    CHECK(describeImportsToday({{QStringLiteral("anna"), QStringLiteral("contacts.csv"), QTime(9, 14)}}) ==
          u"Also imported today: anna (contacts.csv, 09:14)");
    CHECK(describeImportsToday({{QStringLiteral("anna"), QStringLiteral("contacts.csv"), QTime(9, 14)},
                                {QStringLiteral("ben"), QStringLiteral("deals.csv"), QTime(11, 2)}}) ==
          u"Also imported today: anna (contacts.csv, 09:14), ben (deals.csv, 11:02)");
}
