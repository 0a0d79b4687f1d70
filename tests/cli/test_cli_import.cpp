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
} // namespace

TEST_CASE("cli: inspect --json names encoding, delimiter, header, rows and profile") {
    const CliResult r =
        runCli({QStringLiteral("inspect"), fixture("hubspot-deals-semicolon.csv"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("encoding")).toString() == u"UTF-8");
    CHECK(o.value(QStringLiteral("delimiter")).toString() == u"semicolon");
    CHECK(o.value(QStringLiteral("rows")).toInt() == 3);
    CHECK(o.value(QStringLiteral("header")).toArray().size() == 7);
    CHECK(o.value(QStringLiteral("profile")).toString() == u"hubspot-deals");
}

TEST_CASE("cli: inspect --records prints each record as a JSON array, line breaks as written") {
    const CliResult r =
        runCli({QStringLiteral("inspect"), fixture("quoting.csv"), QStringLiteral("--records")});
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == QStringLiteral(R"(["id","name","note"])"));
    CHECK(lines[1] == QStringLiteral(R"(["1","Smith, Jane","She said \"hi\""])"));
    CHECK(lines[2] == QStringLiteral(R"(["2","multi\nline\r\ntext","plain"])"));
    CHECK(lines[4] == QStringLiteral(R"(["4","x","{\"city\":\"Bangkok\"}"])"));
}

TEST_CASE("cli: inspect --records decodes UTF-16 Excel 'Unicode text'") {
    const CliResult r = runCli(
        {QStringLiteral("inspect"), fixture("enc-utf16le-excel-unicode.txt"), QStringLiteral("--records")});
    REQUIRE(r.code == 0);
    CHECK(r.out.split(u'\n').at(1) ==
          QStringLiteral(R"(["1","jose@example.com","José","Müller","Café € owner"])"));
}

TEST_CASE("cli: import, re-import, undo and their exit codes") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const CliResult first =
        runCli({QStringLiteral("import"), ws, fixture("hubspot-contacts.csv"), QStringLiteral("--json")});
    REQUIRE(first.code == 0);
    const QJsonObject file = QJsonDocument::fromJson(first.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("files"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    CHECK(file.value(QStringLiteral("new")).toInt() == 5);
    CHECK(file.value(QStringLiteral("profile")).toString() == u"hubspot-contacts");
    const CliResult again = runCli({QStringLiteral("import"), ws, fixture("hubspot-contacts.csv")});
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("0 new, 0 updated, 5 unchanged, 0 invalid")));

    const CliResult bad = runCli({QStringLiteral("import"), ws, fixture("bad-rows.csv")});
    CHECK(bad.code == 1);
    CHECK(bad.err.count(u'\n') == 4); // one line per problem
    CHECK(bad.err.startsWith(fixture("bad-rows.csv") + QStringLiteral(": line 3, column 2 (Email)")));

    CHECK(runCli({QStringLiteral("import"), ws}).code == 2);
    CHECK(runCli({QStringLiteral("import"), ws, fixture("bad-rows.csv"), QStringLiteral("--date-order"),
                  QStringLiteral("ymd")})
              .code == 2);
    const CliResult unknownProfile = runCli({QStringLiteral("import"), ws, fixture("hubspot-contacts.csv"),
                                             QStringLiteral("--profile"), QStringLiteral("nope")});
    CHECK(unknownProfile.code == 1);
    CHECK(unknownProfile.err.contains(QStringLiteral("no import profile named 'nope'")));

    CHECK(runCli({QStringLiteral("undo"), ws}).code == 0);
    const CliResult nothing = runCli({QStringLiteral("undo"), ws});
    CHECK(nothing.code == 1);
    CHECK(nothing.err == ws + QStringLiteral(": no import to undo\n"));
}

TEST_CASE("cli: --dry-run and --skip-invalid") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const CliResult dry =
        runCli({QStringLiteral("import"), ws, fixture("hubspot-deals.csv"), QStringLiteral("--dry-run")});
    CHECK(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was written.")));
    const CliResult skip =
        runCli({QStringLiteral("import"), ws, fixture("bad-rows.csv"), QStringLiteral("--skip-invalid")});
    CHECK(skip.code == 0);
    CHECK(skip.out.contains(QStringLiteral("1 new, 0 updated, 0 unchanged, 4 invalid")));
    CHECK(skip.err.count(u'\n') == 4); // the skipped rows are still reported
}

TEST_CASE("cli: import groups errors per column, reason and value, on stderr and in --json") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    // hubspot-contacts-non-numbers.csv: 10 errors in 9 rows, each its own (column, value).
    const QString file = fixture("hubspot-contacts-non-numbers.csv");
    const CliResult text = runCli({QStringLiteral("import"), ws, file});
    CHECK(text.code == 1);
    CHECK(text.err.count(u'\n') == 9);
    CHECK(text.err.contains(file +
                            QStringLiteral(": line 3, column 6 (HubSpot Score): not a number: 'NaN'\n")));
    CHECK(text.out.contains(QStringLiteral("9 problems in 9 groups")));

    const CliResult json = runCli({QStringLiteral("import"), ws, file, QStringLiteral("--json")});
    CHECK(json.code == 1);
    const QJsonObject f = QJsonDocument::fromJson(json.out.toUtf8())
                              .object()
                              .value(QStringLiteral("files"))
                              .toArray()
                              .at(0)
                              .toObject();
    CHECK(f.value(QStringLiteral("error_count")).toInt() == 9);
    const QJsonArray groups = f.value(QStringLiteral("error_groups")).toArray();
    REQUIRE(groups.size() == 9);
    const QJsonObject first = groups.at(0).toObject(); // all of one row: file order
    CHECK(first.value(QStringLiteral("column")).toInt() == 6);
    CHECK(first.value(QStringLiteral("column_name")).toString() == u"HubSpot Score");
    CHECK(first.value(QStringLiteral("reason")).toString() == u"not a number");
    CHECK(first.value(QStringLiteral("value")).toString() == u"NaN");
    CHECK(first.value(QStringLiteral("count")).toInt() == 1);
    CHECK(first.value(QStringLiteral("lines")).toArray() == QJsonArray{3});
    // The notes say what was read as empty: 509's "n/a" and 510's "-" scores.
    CHECK(f.value(QStringLiteral("notes"))
              .toArray()
              .contains(QStringLiteral("column 6 (HubSpot Score): 2 values read as empty ('n/a', '-')")));
}

// Regression (issue 10.4): with --json, a file-level failure printed no JSON at all.
TEST_CASE("cli: import --json prints one JSON object even when the import cannot run") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const auto [args, code, says] = GENERATE(table<QStringList, int, const char*>({
        {{fixture("hubspot-contacts.csv"), QStringLiteral("--profile"), QStringLiteral("hubspot-deals")},
         1,
         "lacks the signature of profile 'hubspot-deals'"},
        {{fixture("no-such-file.csv")}, 1, "cannot read"},
        {{fixture("hubspot-contacts.csv"), QStringLiteral("--decimal"), QStringLiteral("semicolon")},
         2,
         "--decimal must be dot or comma"},
        {{fixture("hubspot-contacts.csv"), QStringLiteral("--no-such-option")}, 2, "bad usage"},
    }));
    QStringList full{QStringLiteral("import"), ws};
    full << args << QStringLiteral("--json");
    const CliResult r = runCli(full);
    INFO(r.err.toStdString());
    CHECK(r.code == code);
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK_FALSE(o.value(QStringLiteral("written")).toBool());
    CHECK(o.value(QStringLiteral("files")).toArray().isEmpty());
    CHECK(o.value(QStringLiteral("error")).toString().contains(QString::fromLatin1(says)));
    CHECK_FALSE(r.err.isEmpty()); // stderr still says it, one line
}

TEST_CASE("cli: a wrong --profile fails once with the signature, not once per row") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const CliResult r = runCli({QStringLiteral("import"), ws, fixture("hubspot-contacts.csv"),
                                QStringLiteral("--profile"), QStringLiteral("salesforce-opportunities")});
    CHECK(r.code == 1);
    // Two lines, both true: no signature, and no column for the id every row needs. No row is read.
    CHECK(r.err.count(u'\n') == 2);
    CHECK(r.err.contains(QStringLiteral("no column gives source_id, which every row needs")));
    CHECK(r.err.contains(
        QStringLiteral("the header lacks the signature of profile 'salesforce-opportunities' "
                       "(Id + StageName + CloseDate, or Opportunity ID + Stage + Close Date)")));
    CHECK(r.err.contains(QStringLiteral("it fits profile 'hubspot-contacts'")));
}
