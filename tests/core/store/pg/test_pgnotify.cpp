#include "store/pg/pgconnection.h"
#include "store/pg/pgnotificationlistener.h"
#include "store/pg/pgstatement.h"
#include "store/pg/pgtransaction.h"

#include "pgscratch.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

using namespace revalign;
using namespace revalign::test;

namespace {
std::string channel() {
    return "revalign_test_" + std::to_string(::getpid()); // the suite's processes share the database
}

// Runs the event loop until `done` or 20 s (a safety net, not a timing assertion).
template <typename Pred> bool spinUntil(Pred done) {
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    tick.start(10);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}
} // namespace

TEST_CASE("LISTEN/NOTIFY: a JSON payload goes from one connection to another at commit", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection listener(server.url);
    PgConnection sender(server.url);
    listener.listen(channel());
    const QJsonObject payload{{QStringLiteral("kind"), QStringLiteral("import")},
                              {QStringLiteral("who"), QStringLiteral("anna")},
                              {QStringLiteral("file"), QStringLiteral("รายชื่อลูกค้า.csv")},
                              {QStringLiteral("batch"), 42}};
    {
        PgTransaction tx(sender);
        sender.notify(channel(), payload);
        // Not before the import commits: a reader must not refresh into a half-written workspace.
        CHECK_FALSE(listener.waitForNotification(std::chrono::milliseconds(100)));
        tx.commit();
    }
    REQUIRE(listener.waitForNotification(std::chrono::seconds(20)));
    const std::vector<PgNotification> notes = listener.takeNotifications();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].channel == QString::fromStdString(channel()));
    CHECK(notes[0].payload == payload);
    CHECK(notes[0].senderPid == sender.backendPid());
    CHECK_FALSE(notes[0].fromThisConnection);

    // Another tool's plain-text NOTIFY on the channel arrives with the raw text and no JSON.
    sender.exec("NOTIFY " + channel() + ", 'not json'");
    REQUIRE(listener.waitForNotification(std::chrono::seconds(20)));
    const std::vector<PgNotification> raw = listener.takeNotifications();
    REQUIRE(raw.size() == 1);
    CHECK(raw[0].payload.isEmpty());
    CHECK(raw[0].rawPayload == "not json");
}

TEST_CASE("LISTEN/NOTIFY: only the channel asked for is taken, the others wait", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection listener(server.url);
    PgConnection sender(server.url);
    const std::string a = channel() + "_a";
    const std::string b = channel() + "_b";
    listener.listen(a);
    listener.listen(b);
    sender.notify(b, QJsonObject{{QStringLiteral("n"), 1}});
    sender.notify(a, QJsonObject{{QStringLiteral("n"), 2}});
    REQUIRE(listener.waitForNotification(std::chrono::seconds(20), {}, a));
    const std::vector<PgNotification> fromA = listener.takeNotifications(a);
    REQUIRE(fromA.size() == 1);
    CHECK(fromA[0].payload.value(QStringLiteral("n")).toInt() == 2);
    const std::vector<PgNotification> rest = listener.takeNotifications();
    REQUIRE(rest.size() == 1);
    CHECK(rest[0].channel == QString::fromStdString(b));
}

TEST_CASE("PgNotificationListener delivers notifications through the Qt event loop", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection listening(server.url);
    PgConnection sender(server.url);
    PgNotificationListener listener(listening);
    listener.listen(channel());
    std::vector<PgNotification> received;
    QString lost;
    QObject::connect(&listener, &PgNotificationListener::notified,
                     [&](const PgNotification& n) { received.push_back(n); });
    QObject::connect(&listener, &PgNotificationListener::connectionLost, [&](const QString& m) { lost = m; });

    for (int i = 1; i <= 3; ++i)
        sender.notify(channel(), QJsonObject{{QStringLiteral("import"), i}});
    REQUIRE(spinUntil([&] { return received.size() == 3; }));
    CHECK(received[2].payload.value(QStringLiteral("import")).toInt() == 3);

    // The server drops the listening session: the app hears about it instead of going deaf silently.
    PgStatement kill(sender, "SELECT pg_terminate_backend($1)");
    kill.bind(1, listening.backendPid()).run();
    REQUIRE(spinUntil([&] { return !lost.isEmpty(); }));
    CHECK(lost.startsWith(listening.serverName() + u": the connection to the server was lost ("));
    CHECK(lost.endsWith(u"); reconnect to go on"));

    // After a reconnect it listens again on the same channels.
    listener.reconnect();
    sender.notify(channel(), QJsonObject{{QStringLiteral("import"), 4}});
    REQUIRE(spinUntil([&] { return received.size() == 4; }));
    CHECK(received[3].payload.value(QStringLiteral("import")).toInt() == 4);
}
