#include "cli.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;

namespace {
QString history(const char* name) {
    return revalign::test::testData(QStringLiteral("history/") + QString::fromLatin1(name));
}

// Week 1 (as of 4 March 2024) and week 2 (as of 11 March) of three Salesforce deals, imported the way a
// team does every Monday.
QString twoWeeks(const TempDir& dir, bool second = true) {
    const QString ws = dir.path(QStringLiteral("c.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), ws, history("sf-opps-w1.csv"), QStringLiteral("--as-of"),
                    QStringLiteral("2024-03-04")})
                .code == 0);
    if (second)
        REQUIRE(runCli({QStringLiteral("import"), ws, history("sf-opps-w2.csv"), QStringLiteral("--as-of"),
                        QStringLiteral("2024-03-11")})
                    .code == 0);
    return ws;
}

QJsonObject json(const CliResult& r) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}
} // namespace

TEST_CASE("cli changes: the waterfall between two weekly imports, exact to the cent") {
    TempDir dir;
    const QString ws = twoWeeks(dir);
    const auto run = [&](QStringList extra) {
        QStringList args{QStringLiteral("changes"), ws, QStringLiteral("--json")};
        return runCli(args + extra);
    };
    const QJsonObject explicitDates =
        json(run({QStringLiteral("--from"), QStringLiteral("2024-03-04"), QStringLiteral("--to"),
                  QStringLiteral("2024-03-11"), QStringLiteral("--window-from"), QStringLiteral("2024-01-01"),
                  QStringLiteral("--window-to"), QStringLiteral("2024-03-31")}));
    // The defaults say the same: the latest snapshot (end of Monday 11 March) against the end of the sync
    // week before (Sunday 10 March, i.e. the week-1 snapshot), over the first quarter.
    const CliResult defaults = run({});
    REQUIRE(defaults.code == 0);
    for (const QJsonObject& o : {explicitDates, json(defaults)}) {
        // Start (open, closing in Q1, as of 4 March): 006A 10,000 + 006B 50,000 (006C closes 15 April).
        CHECK(o.value(QStringLiteral("start")).toDouble() == 60000.0);
        CHECK(o.value(QStringLiteral("new")).toDouble() == 7000.0);       // 006D
        CHECK(o.value(QStringLiteral("pulled_in")).toDouble() == 8000.0); // 006C: 15 April -> 25 March
        CHECK(o.value(QStringLiteral("increased")).toDouble() == 2000.0); // 006A: 10,000 -> 12,000
        CHECK(o.value(QStringLiteral("decreased")).toDouble() == 0.0);
        CHECK(o.value(QStringLiteral("pushed_out")).toDouble() == 50000.0); // 006B: 28 March -> 10 May
        CHECK(o.value(QStringLiteral("won")).toDouble() == 0.0);
        CHECK(o.value(QStringLiteral("lost")).toDouble() == 0.0);
        // 60,000 + 7,000 + 8,000 + 2,000 − 50,000 = 27,000
        CHECK(o.value(QStringLiteral("end")).toDouble() == 27000.0);
        CHECK(o.value(QStringLiteral("to")).toString() == u"2024-03-11");
        CHECK(o.value(QStringLiteral("window")).toObject().value(QStringLiteral("to")).toString() ==
              u"2024-03-31");
    }
    CHECK(explicitDates.value(QStringLiteral("from")).toString() == u"2024-03-04");
    CHECK(json(defaults).value(QStringLiteral("from")).toString() == u"2024-03-10"); // the Sunday before
    const QJsonArray deals = explicitDates.value(QStringLiteral("deals")).toArray();
    REQUIRE(deals.size() == 4);
    const QJsonObject pushed = deals.at(3).toObject();
    CHECK(pushed.value(QStringLiteral("id")).toString() == u"006B");
    CHECK(pushed.value(QStringLiteral("name")).toString() == u"Beta platform");
    CHECK(pushed.value(QStringLiteral("bucket")).toString() == u"pushed_out");
    CHECK(pushed.value(QStringLiteral("amount_before")).toDouble() == 50000.0);
    CHECK(pushed.value(QStringLiteral("amount_after")).toDouble() == 50000.0);
    CHECK(pushed.value(QStringLiteral("close_before")).toString() == u"2024-03-28");
    CHECK(pushed.value(QStringLiteral("close_after")).toString() == u"2024-05-10");
    CHECK(pushed.value(QStringLiteral("stage_before")).toString() == u"Negotiation/Review");
    CHECK(pushed.value(QStringLiteral("stage_after")).toString() == u"Negotiation/Review");
    const QJsonObject added = deals.at(0).toObject();
    CHECK(added.value(QStringLiteral("bucket")).toString() == u"new");
    CHECK(added.value(QStringLiteral("amount_before")).isNull());
    const QJsonArray slipped = explicitDates.value(QStringLiteral("slipped")).toArray();
    REQUIRE(slipped.size() == 1);
    CHECK(slipped.at(0).toObject().value(QStringLiteral("days_pushed")).toInt() == 43); // 28 March -> 10 May
    CHECK(explicitDates.value(QStringLiteral("stalled")).isArray());

    // By owner: Sam has 006A and 006C; Olu 006B and 006D.
    const QJsonObject byOwner = json(run({QStringLiteral("--by"), QStringLiteral("owner")}));
    const QJsonArray rows = byOwner.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    double end = 0;
    for (const QJsonValue& row : rows)
        end += row.toObject().value(QStringLiteral("end")).toDouble();
    CHECK(end == 27000.0);
    // A filter by a name the data does not hold fails, in JSON.
    const CliResult unknown = run({QStringLiteral("--owner"), QStringLiteral("Nobody")});
    CHECK(unknown.code == 1);
    CHECK(json(unknown)
              .value(QStringLiteral("error"))
              .toString()
              .contains(QStringLiteral("unknown owner 'Nobody'")));
}

TEST_CASE("cli changes: one snapshot is no history: n/a with the reason, never zeros") {
    TempDir dir;
    const QString ws = twoWeeks(dir, /*second=*/false);
    const CliResult r = runCli({QStringLiteral("changes"), ws, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = json(r);
    for (const char* key :
         {"start", "new", "pulled_in", "increased", "decreased", "pushed_out", "won", "lost", "end"})
        CHECK(o.value(QString::fromLatin1(key)).isNull());
    CHECK(o.value(QStringLiteral("reason")).toString().contains(QStringLiteral("starts on 2024-03-04")));
    const CliResult text = runCli({QStringLiteral("changes"), ws});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("n/a: ")));
}

TEST_CASE("cli changes: bad usage exits 2 with one line") {
    TempDir dir;
    const QString ws = twoWeeks(dir);
    CliResult r =
        runCli({QStringLiteral("changes"), ws, QStringLiteral("--from"), QStringLiteral("2024-13-01")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--from '2024-13-01' is not a date")));
    r = runCli(
        {QStringLiteral("changes"), ws, QStringLiteral("--window-from"), QStringLiteral("2024-01-01")});
    CHECK(r.code == 2);
    r = runCli({QStringLiteral("changes"), ws, QStringLiteral("--from"), QStringLiteral("2024-03-11"),
                QStringLiteral("--to"), QStringLiteral("2024-03-04"), QStringLiteral("--json")});
    CHECK(r.code == 2);
    CHECK(json(r).contains(QStringLiteral("error")));
    r = runCli({QStringLiteral("import"), ws, history("sf-opps-w3.csv"), QStringLiteral("--as-of"),
                QStringLiteral("2099-01-01")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("in the future")));
}
