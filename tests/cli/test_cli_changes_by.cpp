// `revalign-cli changes --by owner|manager|region|team` and the --manager/--region filters, on a small
// hand-written team: tests/data/history/teams-owners.csv (a sales-team list) and two weekly Salesforce
// exports, teams-w1.csv as of Monday 4 March 2024 and teams-w2.csv as of Monday 11 March.
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

// Owners: Ada Ace (manager Mona Lead, North), Ben Bolt (Mona Lead, South), Cy Close (Raj Head, South);
// Mona Lead herself reports to Vera Vp. Deals, closing in the first quarter unless said:
//   006T1 Ada  10,000 -> 12,000                       Increased +2,000
//   006T2 Ben  20,000 Commit -> Closed Won             Won 20,000
//   006T3 Cy   30,000, 28 March -> 15 May              Pushed out 30,000
//   006T4 Ada   5,000, 20 April -> 30 March            Pulled in 5,000
//   006T5 Ben   4,000, new (created 6 March)           New 4,000
//   006T6 Cy    9,000 -> 6,000                         Decreased 3,000
//   006T7 Ada   2,000 -> Closed Lost                   Lost 2,000
QString teamWorkspace(const TempDir& dir, bool withOwners = true) {
    const QString ws = dir.path(QStringLiteral("teams.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    if (withOwners)
        REQUIRE(runCli({QStringLiteral("import"), ws, history("teams-owners.csv")}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), ws, history("teams-w1.csv"), QStringLiteral("--as-of"),
                    QStringLiteral("2024-03-04")})
                .code == 0);
    REQUIRE(runCli({QStringLiteral("import"), ws, history("teams-w2.csv"), QStringLiteral("--as-of"),
                    QStringLiteral("2024-03-11")})
                .code == 0);
    return ws;
}

QJsonObject json(const CliResult& r) {
    INFO(r.out.toStdString() << r.err.toStdString());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

struct Figures {
    double start, added, pulledIn, increased, decreased, pushedOut, won, lost, end;
};

void checkFigures(const QJsonObject& o, const Figures& f) {
    CHECK(o.value(QStringLiteral("start")).toDouble() == f.start);
    CHECK(o.value(QStringLiteral("new")).toDouble() == f.added);
    CHECK(o.value(QStringLiteral("pulled_in")).toDouble() == f.pulledIn);
    CHECK(o.value(QStringLiteral("increased")).toDouble() == f.increased);
    CHECK(o.value(QStringLiteral("decreased")).toDouble() == f.decreased);
    CHECK(o.value(QStringLiteral("pushed_out")).toDouble() == f.pushedOut);
    CHECK(o.value(QStringLiteral("won")).toDouble() == f.won);
    CHECK(o.value(QStringLiteral("lost")).toDouble() == f.lost);
    CHECK(o.value(QStringLiteral("end")).toDouble() == f.end);
    // Each group reconciles on its own.
    CHECK(f.start + f.added + f.pulledIn + f.increased - f.decreased - f.pushedOut - f.won - f.lost == f.end);
}

QJsonObject row(const QJsonObject& o, const char* name) {
    for (const QJsonValue& r : o.value(QStringLiteral("rows")).toArray())
        if (r.toObject().value(QStringLiteral("name")).toString() == QString::fromUtf8(name))
            return r.toObject();
    FAIL("no row " << name);
    return {};
}

CliResult changes(const QString& ws, QStringList extra) {
    return runCli(QStringList{QStringLiteral("changes"), ws, QStringLiteral("--json")} + extra);
}
} // namespace

TEST_CASE("cli changes: --by owner, manager, region and team, hand-computed per group") {
    TempDir dir;
    const QString ws = teamWorkspace(dir);
    // The whole: Start 006T1 10,000 + T2 20,000 + T3 30,000 + T6 9,000 + T7 2,000 = 71,000 (T4 closes in
    // April); End T1 12,000 + T4 5,000 + T5 4,000 + T6 6,000 = 27,000.
    const QJsonObject whole = json(changes(ws, {}));
    checkFigures(whole, {71000, 4000, 5000, 2000, 3000, 30000, 20000, 2000, 27000});

    const QJsonObject owner = json(changes(ws, {QStringLiteral("--by"), QStringLiteral("owner")}));
    CHECK(owner.value(QStringLiteral("rows")).toArray().size() == 3);
    // Ada: T1 10,000 + T7 2,000 = 12,000 -> + T4 5,000 + 2,000 − 2,000 = 17,000.
    checkFigures(row(owner, "Ada Ace"), {12000, 0, 5000, 2000, 0, 0, 0, 2000, 17000});
    // Ben: T2 20,000 -> + T5 4,000 − 20,000 won = 4,000.
    checkFigures(row(owner, "Ben Bolt"), {20000, 4000, 0, 0, 0, 0, 20000, 0, 4000});
    // Cy: T3 30,000 + T6 9,000 = 39,000 -> − 3,000 − 30,000 = 6,000.
    checkFigures(row(owner, "Cy Close"), {39000, 0, 0, 0, 3000, 30000, 0, 0, 6000});

    // By the direct manager: Mona Lead = Ada + Ben, Raj Head = Cy.
    const QJsonObject manager = json(changes(ws, {QStringLiteral("--by"), QStringLiteral("manager")}));
    CHECK(manager.value(QStringLiteral("by")).toString() == u"manager");
    CHECK(manager.value(QStringLiteral("rows")).toArray().size() == 2);
    // 12,000 + 20,000 = 32,000 -> 17,000 + 4,000 = 21,000
    checkFigures(row(manager, "Mona Lead"), {32000, 4000, 5000, 2000, 0, 0, 20000, 2000, 21000});
    checkFigures(row(manager, "Raj Head"), {39000, 0, 0, 0, 3000, 30000, 0, 0, 6000});

    // By region: North = Ada; South = Ben + Cy: 20,000 + 39,000 = 59,000 -> 4,000 + 6,000 = 10,000.
    const QJsonObject region = json(changes(ws, {QStringLiteral("--by"), QStringLiteral("region")}));
    CHECK(region.value(QStringLiteral("rows")).toArray().size() == 2);
    checkFigures(row(region, "North"), {12000, 0, 5000, 2000, 0, 0, 0, 2000, 17000});
    checkFigures(row(region, "South"), {59000, 4000, 0, 0, 3000, 30000, 20000, 0, 10000});

    // A sales-team list makes everyone sales: one team, the whole.
    const QJsonObject team = json(changes(ws, {QStringLiteral("--by"), QStringLiteral("team")}));
    REQUIRE(team.value(QStringLiteral("rows")).toArray().size() == 1);
    checkFigures(row(team, "sales"), {71000, 4000, 5000, 2000, 3000, 30000, 20000, 2000, 27000});

    // The rows of every dimension add up to the whole End.
    for (const QJsonObject& o : {owner, manager, region, team}) {
        double end = 0;
        for (const QJsonValue& r : o.value(QStringLiteral("rows")).toArray())
            end += r.toObject().value(QStringLiteral("end")).toDouble();
        CHECK(end == 27000.0);
    }
}

TEST_CASE("cli changes: --manager takes the manager's whole team, --region the owners of the region") {
    TempDir dir;
    const QString ws = teamWorkspace(dir);
    const Figures mona{32000, 4000, 5000, 2000, 0, 0, 20000, 2000, 21000}; // Ada + Ben, as above
    const QJsonObject lead = json(changes(ws, {QStringLiteral("--manager"), QStringLiteral("Mona Lead")}));
    checkFigures(lead, mona);
    CHECK(lead.value(QStringLiteral("filters")).toObject().value(QStringLiteral("manager")).toString() ==
          u"Mona Lead");
    // Vera Vp manages Mona, who manages Ada and Ben: the same deals, directly or not.
    checkFigures(json(changes(ws, {QStringLiteral("--manager"), QStringLiteral("Vera Vp")})), mona);
    checkFigures(json(changes(ws, {QStringLiteral("--manager"), QStringLiteral("Raj Head")})),
                 {39000, 0, 0, 0, 3000, 30000, 0, 0, 6000});
    checkFigures(json(changes(ws, {QStringLiteral("--region"), QStringLiteral("South")})),
                 {59000, 4000, 0, 0, 3000, 30000, 20000, 0, 10000});
    // Both: Mona's team in the South is Ben alone.
    checkFigures(json(changes(ws, {QStringLiteral("--manager"), QStringLiteral("Mona Lead"),
                                   QStringLiteral("--region"), QStringLiteral("South")})),
                 {20000, 4000, 0, 0, 0, 0, 20000, 0, 4000});
    const CliResult unknown = changes(ws, {QStringLiteral("--region"), QStringLiteral("Atlantis")});
    CHECK(unknown.code == 1);
    CHECK(json(unknown)
              .value(QStringLiteral("error"))
              .toString()
              .contains(QStringLiteral("unknown region 'Atlantis'")));
}

TEST_CASE("cli changes: regression: --by was read only with --json, the text dropped the groups silently") {
    TempDir dir;
    const QString ws = teamWorkspace(dir);
    const CliResult r =
        runCli({QStringLiteral("changes"), ws, QStringLiteral("--by"), QStringLiteral("region")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("region North: 12000.00 → 17000.00 (pulled_in 5000.00, increased "
                                        "2000.00, lost 2000.00)")));
    CHECK(r.out.contains(QStringLiteral("region South: 59000.00 → 10000.00 (new 4000.00, decreased 3000.00, "
                                        "pushed_out 30000.00, won 20000.00)")));
}

TEST_CASE("cli changes: regression: --by manager without an owner hierarchy gave one '(none)' row") {
    // The deals name their owners but nothing says who manages them: a roll-up by manager or region
    // would be one row of everything. It fails with the reason, as `breakdown --by manager` does.
    TempDir dir;
    const QString ws = teamWorkspace(dir, /*withOwners=*/false);
    for (const char* dim : {"manager", "region"}) {
        const CliResult r = changes(ws, {QStringLiteral("--by"), QString::fromLatin1(dim)});
        CHECK(r.code == 1);
        CHECK(json(r)
                  .value(QStringLiteral("error"))
                  .toString()
                  .contains(QStringLiteral("needs the owner hierarchy")));
        CHECK(r.err.count(u'\n') == 1);
    }
    // By owner still works: the owners are known.
    CHECK(json(changes(ws, {QStringLiteral("--by"), QStringLiteral("owner")}))
              .value(QStringLiteral("rows"))
              .toArray()
              .size() == 3);
}
