// Errors grouped per (column, reason, value), never capped silently (issue 11.3); profile mistakes caught
// when the profile is used (issue 11.9).
#include "importtesthelpers.h"

#include "import/errorgroups.h"
#include "import/profilecheck.h"
#include "util/error.h"

#include <QFile>

using namespace revalign;
using namespace revalign::test;

namespace {
QString thrownBy(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}
} // namespace

TEST_CASE("errors: every row error is counted in its group, lines are listed up to a bound") {
    FreshWorkspace f;
    // A Salesforce opportunities report of 2,500 rows (i = 1..2500 on line i + 1): close date "TBD" for
    // i <= 2089, amount "abc" for i = 10, 20 and 30.
    const QString csv = f.dir.path(QStringLiteral("Opportunity.csv"));
    QByteArray bytes = "Opportunity ID,Opportunity Name,Stage,Amount,Close Date\n";
    for (int i = 1; i <= 2500; ++i)
        bytes += "006O" + QByteArray::number(i) + ",Deal " + QByteArray::number(i) + ",Prospecting," +
                 (i == 10 || i == 20 || i == 30 ? QByteArray("abc") : QByteArray("1000")) + ',' +
                 (i <= 2089 ? QByteArray("TBD") : QByteArray("2024-06-30")) + '\n';
    writeFile(csv, bytes);
    const ImportResult r = importOne(f.ws, csv);
    CHECK_FALSE(r.written);
    // Rows 10, 20 and 30 have both problems: 2,089 + 3 = 2,092 errors in 2,089 invalid rows.
    CHECK(r.counts.invalid == 2089);
    CHECK(r.errorCount == 2092);
    REQUIRE(r.errorGroups.size() == 2);
    const ErrorGroup& dates = r.errorGroups[0]; // biggest first
    CHECK(dates.column == 5);
    CHECK(dates.columnName == u"Close Date");
    CHECK(dates.value == u"TBD");
    CHECK(dates.count == 2089); // all counted, past the 1,000 row errors kept one by one
    CHECK(dates.lines.size() == ErrorGrouper::kLines);
    CHECK(dates.lines.front() == 2);
    CHECK(dates.lines.back() == 21);
    CHECK(dates.toString() ==
          csv + QStringLiteral(": column 5 (Close Date): not a date in the column's format (iso): 'TBD' "
                               "(2,089 rows: lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, "
                               "18, 19, 20, 21, …)"));
    const ErrorGroup& amounts = r.errorGroups[1];
    CHECK(amounts.columnName == u"Amount");
    CHECK(amounts.count == 3);
    CHECK(amounts.lines == std::vector<qint64>{11, 21, 31});
    CHECK(amounts.toString() ==
          csv + QStringLiteral(": column 4 (Amount): not a number: 'abc' (3 rows: lines 11, 21, 31)"));
    CHECK(r.errors.size() == 1000); // one by one: the first 1,000, said so in the options
}

TEST_CASE("errors: a group of one reads exactly like its row error") {
    const RowError e{QStringLiteral("f.csv"),
                     4,
                     2,
                     QStringLiteral("Email"),
                     QStringLiteral("x"),
                     QStringLiteral("not an email address"),
                     QString()};
    ErrorGrouper g;
    g.add(e);
    REQUIRE(g.groups().size() == 1);
    CHECK(g.groups()[0].toString() == e.toString());
    const RowError row{QStringLiteral("f.csv"),
                       5,
                       0,
                       QString(),
                       QString(),
                       QStringLiteral("expected 4 fields as in the header, found 3"),
                       QString()};
    g.add(row);
    g.add(RowError{row.file, 9, 0, QString(), QString(), row.reason, QString()});
    CHECK(g.groups()[0].toString() ==
          QStringLiteral("f.csv: expected 4 fields as in the header, found 3 (2 rows: lines 5, 9)"));
}

TEST_CASE("errors: past the bound on distinct values, new values are counted as 'other values'") {
    // 600 different bad emails in one column: 500 groups of one, then one group of the other 100.
    ErrorGrouper g;
    for (int i = 0; i < 600; ++i)
        g.add(RowError{QStringLiteral("f.csv"), i + 2, 3, QStringLiteral("Email"),
                       QStringLiteral("bad%1").arg(i), QStringLiteral("not an email address"), QString()});
    const std::vector<ErrorGroup> groups = g.groups();
    CHECK(g.total() == 600);
    REQUIRE(groups.size() == ErrorGrouper::kGroups + 1);
    const ErrorGroup& other = groups.front(); // 100 > 1
    CHECK(other.otherValues);
    CHECK(other.count == 100);
    CHECK(other.value.isNull());
    CHECK(other.lines.front() == 502);
    qint64 sum = 0;
    for (const ErrorGroup& group : groups)
        sum += group.count;
    CHECK(sum == 600); // nothing dropped
    CHECK(other.toString().contains(QStringLiteral("(other values) (100 rows: lines 502, 503")));
}

TEST_CASE("errors: the writer's refusals name the column too") {
    FreshWorkspace f;
    // bad-rows.csv line 6: lifecycle stage "zombie", found by the store (the workspace's funnel).
    const ImportResult r = importOne(f.ws, importFixture("bad-rows.csv"));
    const auto stage = std::find_if(r.errorGroups.begin(), r.errorGroups.end(),
                                    [](const ErrorGroup& g) { return g.value == u"zombie"; });
    REQUIRE(stage != r.errorGroups.end());
    CHECK(stage->column == 4);
    CHECK(stage->columnName == u"Lifecycle Stage");
    CHECK(stage->lines == std::vector<qint64>{6});
}

// Regression (issue 10.9): "forecast_category: 'X' is not a known value" named no column.
TEST_CASE("errors: a vocabulary value the profile does not know names its column and the known values") {
    FreshWorkspace f;
    const QString csv = f.dir.path(QStringLiteral("deals.csv"));
    writeFile(csv, "Record ID,Deal Name,Amount,Forecast category\n1,A,10,Commit\n2,B,20,Maybe later\n");
    const ImportResult r = importOne(f.ws, csv);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString() ==
          csv +
              QStringLiteral(": line 3, column 4 (Forecast category): not a known forecast_category (known: "
                             "omitted, pipeline, best_case, commit, closed; map other values under "
                             "values.forecast_category in the profile): 'Maybe later'"));
}

TEST_CASE("profile mistakes: a profile column the header lacks is reported with a did-you-mean") {
    FreshWorkspace f;
    ImportOptions options;
    options.profile = testData(QStringLiteral("import/profiles/maven-sales-pipeline-typo.json"));
    const ImportResult r = importOne(f.ws, importFixture("sales_pipeline.csv"), options);
    CHECK(r.written);
    CHECK(r.counts.added == 10);
    CHECK(
        r.notes.contains(QStringLiteral("'close_vallue' is not a column of sales_pipeline.csv; did you mean "
                                        "'close_value'? (amount is not imported)")));
    // 8 won of 10, as the deal_stage values say.
    CHECK(scalar(f.ws, "SELECT sum(is_won) FROM opportunity") == 8);
}

TEST_CASE("profile mistakes: a field every row needs that no column gives stops the import before any row") {
    FreshWorkspace f;
    QFile typo(testData(QStringLiteral("import/profiles/maven-sales-pipeline-typo.json")));
    REQUIRE(typo.open(QIODevice::ReadOnly));
    const QString profile = f.dir.path(QStringLiteral("id-typo.json"));
    writeFile(profile, typo.readAll().replace("[\"opportunity_id\", \"source_id\"]",
                                              "[\"opportunity_idd\", \"source_id\"]"));
    ImportOptions options;
    options.profile = profile;
    const QString file = importFixture("sales_pipeline.csv");
    const QString message = thrownBy([&] { importFiles(f.ws, {file}, options); });
    CHECK(message == file + QStringLiteral(": no column gives source_id, which every row needs (profile "
                                           "'maven-sales-pipeline' reads it from 'opportunity_idd'); did "
                                           "you mean 'opportunity_id' for 'opportunity_idd'?"));
}

TEST_CASE("profile mistakes: a field the entity does not have is an error listing the fields it has") {
    const QByteArray json = R"json({"format": "revalign-import-profile", "version": 1, "name": "deals",
        "source": "sheet", "entity": "opportunities", "signatures": [["id"]],
        "columns": [["id", "source_id"], ["stage", "lifecycle_stage"]]})json";
    const QString message =
        thrownBy([&] { ImportProfile::fromJsonBytes(json, QStringLiteral("deals.json")); });
    CHECK(
        message.startsWith(QStringLiteral("deals.json: invalid import profile: columns: 'lifecycle_stage' is "
                                          "not a field of opportunities (its fields: source_id, ")));
    CHECK(message.contains(QStringLiteral("deal_stage")));
    CHECK(message.contains(QStringLiteral("forecast_category")));
    // The same for the fields a value map implies and for defaults.
    const QByteArray implied = R"json({"format": "revalign-import-profile", "version": 1, "name": "c",
        "source": "sheet", "entity": "contacts", "columns": [["id", "source_id"], ["st", "handoff_status"]],
        "values": {"handoff_status": {"won": {"handoff_status": "accepted", "is_won": "1"}}}})json";
    CHECK(thrownBy([&] {
              ImportProfile::fromJsonBytes(implied, QStringLiteral("c.json"));
          }).contains(QStringLiteral("values.handoff_status.won: 'is_won' is not a field of contacts")));
    const QByteArray defaults = R"json({"format": "revalign-import-profile", "version": 1, "name": "c",
        "source": "sheet", "entity": "accounts", "columns": [["id", "source_id"]], "defaults": {"kind": "event"}})json";
    CHECK(thrownBy([&] {
              ImportProfile::fromJsonBytes(defaults, QStringLiteral("a.json"));
          }).contains(QStringLiteral("defaults: 'kind' is not a field of accounts")));
    const QByteArray nulls = R"json({"format": "revalign-import-profile", "version": 1, "name": "c",
        "source": "sheet", "entity": "accounts", "columns": [["id", "source_id"]],
        "formats": {"null_values": {"Idd": ["-"]}}})json";
    CHECK(thrownBy([&] {
              ImportProfile::fromJsonBytes(nulls, QStringLiteral("a.json"));
          }).contains(QStringLiteral("formats.null_values: 'Idd' is not one of the profile's columns")));
    const QByteArray formatKey = R"json({"format": "revalign-import-profile", "version": 1, "name": "c",
        "source": "sheet", "entity": "accounts", "columns": [["id", "source_id"]],
        "formats": {"null_value": ["-"]}})json";
    CHECK(thrownBy([&] {
              ImportProfile::fromJsonBytes(formatKey, QStringLiteral("a.json"));
          }).contains(QStringLiteral("unknown key 'formats.null_value'")));
}

// Regression (issue 11.9): a wrong --profile failed every row instead of saying the file is not that.
TEST_CASE("profile mistakes: a wrong --profile says the header lacks the profile's signature") {
    FreshWorkspace f;
    ImportOptions options;
    options.profile = QStringLiteral("hubspot-deals");
    const QString file = importFixture("hubspot-contacts.csv");
    const QString message = thrownBy([&] { importFiles(f.ws, {file}, options); });
    CHECK(message ==
          file + QStringLiteral(": the header lacks the signature of profile 'hubspot-deals' (Record "
                                "ID + Deal Name, or Deal ID + Deal Name), so the file is not what that "
                                "profile reads; it fits profile 'hubspot-contacts'"));
    CHECK(scalar(f.ws, "SELECT count(*) FROM import_batch") == 0);
}

TEST_CASE("profile mistakes: the check itself, table-driven") {
    const ProfileCatalog catalog = ProfileCatalog::builtIn();
    const ImportProfile* deals = catalog.find(QStringLiteral("hubspot-deals"));
    REQUIRE(deals);
    // A header with the signature and every needed field: nothing to say.
    CHECK(checkProfile(*deals, {QStringLiteral("Record ID"), QStringLiteral("Deal Name")},
                       QStringLiteral("d.csv"), true, {})
              .problems.isEmpty());
    // "Amout" is one letter from "Amount": a note, the import goes on.
    const ProfileCheck typo = checkProfile(
        *deals, {QStringLiteral("Record ID"), QStringLiteral("Deal Name"), QStringLiteral("Amout")},
        QStringLiteral("d.csv"), false, {});
    CHECK(typo.problems.isEmpty());
    CHECK(typo.notes == QStringList{QStringLiteral(
                            "'Amount' is not a column of d.csv; did you mean 'Amout'? (amount is not "
                            "imported)")});
    // Alternatives of a built-in profile that the export does not write are not mistakes.
    const ProfileCheck alternatives = checkProfile(
        *deals, {QStringLiteral("Deal ID"), QStringLiteral("Deal Name"), QStringLiteral("Close Date")},
        QStringLiteral("d.csv"), false, {});
    CHECK(alternatives.notes.isEmpty());
    CHECK(alternatives.problems.isEmpty());
}
