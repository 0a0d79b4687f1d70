// `undo` takes back only the current user's last import; `info --json` lists who else imported today.
// Two people (REVALIGN_USER) import in turn into one workspace.
#include "cli.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;
using revalign::test::testData;

namespace {
QString fixture(const char* name) {
    return testData(QStringLiteral("import/") + QString::fromLatin1(name));
}

CliResult as(const char* who, const QStringList& args) {
    qputenv("REVALIGN_USER", who);
    CliResult r = runCli(args);
    qunsetenv("REVALIGN_USER");
    return r;
}
} // namespace

TEST_CASE("cli: undo refuses another person's later import with exit 1, then works in order") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    REQUIRE(as("anna@laptop", {QStringLiteral("import"), ws, fixture("hubspot-contacts.csv")}).code == 0);
    REQUIRE(as("ben@desk", {QStringLiteral("import"), ws, fixture("hubspot-deals.csv")}).code == 0);

    const CliResult refused = as("anna@laptop", {QStringLiteral("undo"), ws});
    CHECK(refused.code == 1);
    CHECK(refused.out.isEmpty());
    // The time is the import's own (now); the exact sentence is pinned in the store's test.
    CHECK(
        refused.err.startsWith(ws + QStringLiteral(": Not undone: ben@desk imported hubspot-deals.csv at ")));
    CHECK(refused.err.endsWith(
        QStringLiteral(" after your import of hubspot-contacts.csv; undo theirs first or ask them.\n")));

    const CliResult notYours = as("carl@home", {QStringLiteral("undo"), ws});
    CHECK(notYours.code == 1);
    CHECK(notYours.err.startsWith(
        ws +
        QStringLiteral(": Not undone: you have made no import here; the last one is ben@desk's import of "
                       "hubspot-deals.csv at ")));

    const CliResult bens = as("ben@desk", {QStringLiteral("undo"), ws});
    CHECK(bens.code == 0);
    CHECK(bens.out.contains(QStringLiteral("of hubspot-deals.csv (3 new, 0 updated rows)")));
    const CliResult annas = as("anna@laptop", {QStringLiteral("undo"), ws});
    CHECK(annas.code == 0);
    CHECK(annas.out.contains(QStringLiteral("of hubspot-contacts.csv (5 new, 0 updated rows)")));
    const CliResult nothing = as("anna@laptop", {QStringLiteral("undo"), ws});
    CHECK(nothing.code == 1);
    CHECK(nothing.err == ws + QStringLiteral(": no import to undo\n"));
}

TEST_CASE("cli: info --json lists today's imports by others: user, file, time and rows") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    REQUIRE(as("anna@laptop", {QStringLiteral("import"), ws, fixture("hubspot-contacts.csv")}).code == 0);
    REQUIRE(as("ben@desk", {QStringLiteral("import"), ws, fixture("hubspot-deals.csv")}).code == 0);

    const CliResult info = as("anna@laptop", {QStringLiteral("info"), ws, QStringLiteral("--json")});
    REQUIRE(info.code == 0);
    const QJsonArray today =
        QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("imports_today")).toArray();
    REQUIRE(today.size() == 1); // anna's own import is not listed
    const QJsonObject bens = today.at(0).toObject();
    CHECK(bens.value(QStringLiteral("user")).toString() == u"ben@desk");
    CHECK(bens.value(QStringLiteral("file")).toString() == u"hubspot-deals.csv");
    CHECK(bens.value(QStringLiteral("rows")).toInt() == 3); // 3 new deals
    CHECK(QDateTime::fromString(bens.value(QStringLiteral("at")).toString(), Qt::ISODate).isValid());

    // Ben sees anna's 5 contacts; someone who imported nothing sees both.
    const CliResult forBen = as("ben@desk", {QStringLiteral("info"), ws, QStringLiteral("--json")});
    const QJsonArray benToday = QJsonDocument::fromJson(forBen.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("imports_today"))
                                    .toArray();
    REQUIRE(benToday.size() == 1);
    CHECK(benToday.at(0).toObject().value(QStringLiteral("rows")).toInt() == 5);
    const CliResult forCarl = as("carl@home", {QStringLiteral("info"), ws, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(forCarl.out.toUtf8())
              .object()
              .value(QStringLiteral("imports_today"))
              .toArray()
              .size() == 2);
}
