// Excel workbooks import like CSV files (issue 11.11): the same profiles, checks and figures.
#include "importtesthelpers.h"

#include "util/error.h"

#include <QProcess>

#include <algorithm>

using namespace revalign;
using namespace revalign::test;

namespace {
QString workbook(const char* name) {
    return testData(QStringLiteral("import/xlsx/") + QString::fromLatin1(name));
}
} // namespace

TEST_CASE("import xlsx: a Salesforce formatted report imports its five opportunities, title and footer "
          "skipped and named",
          "[xlsx]") {
    FreshWorkspace f;
    const ImportResult r = importOne(f.ws, workbook("salesforce-opportunities-report.xlsx"));
    CHECK(r.profile == QStringLiteral("salesforce-opportunities"));
    CHECK(r.written);
    CHECK(r.rows == 5);
    CHECK(r.counts.added == 5);
    CHECK(r.counts.invalid == 0);
    // 25000.00 + 7500.50 + 0.00 + 1234.50 + 300.00 (a formula's 300.00000000000006) = 34035.00
    CHECK(scalar(f.ws, "SELECT sum(amount_cents) FROM opportunity") == 3403500);
    // Closed Won: 006R1 and 006R5; Closed Lost: 006R3 -> 2 won, 3 closed
    CHECK(scalar(f.ws, "SELECT sum(is_won) * 10 + sum(is_closed) FROM opportunity") == 23);
    CHECK(text(f.ws, "SELECT close_date FROM opportunity WHERE source_id = '006R1'") == u"2024-03-31");
    CHECK(text(f.ws, "SELECT name FROM opportunity WHERE source_id = '006R2'") ==
          QStringLiteral("บริษัท สยามเทค จำกัด – ขยายสาขา"));
    const QString notes = r.headerNotes.join(u'\n');
    CHECK(notes.contains(QStringLiteral("rows 1-4 above it skipped")));
    CHECK(notes.contains(QStringLiteral("rows 13-16 below the data skipped")));
}

TEST_CASE("import xlsx: a HubSpot deals workbook is recognised and its datetimes kept", "[xlsx]") {
    FreshWorkspace f;
    const ImportResult r = importOne(f.ws, workbook("hubspot-deals.xlsx"));
    CHECK(r.profile == QStringLiteral("hubspot-deals"));
    CHECK(r.counts.added == 3);
    CHECK(scalar(f.ws, "SELECT amount_cents FROM opportunity WHERE source_id = '17432587811'") == 1200050);
    CHECK(text(f.ws, "SELECT close_date FROM opportunity WHERE source_id = '17432587812'") == u"2024-03-31");
}

TEST_CASE("import xlsx: importing the same workbook twice changes nothing", "[xlsx]") {
    FreshWorkspace f;
    importOne(f.ws, workbook("hubspot-deals.xlsx"));
    const QByteArray before = f.digest();
    const ImportResult again = importOne(f.ws, workbook("hubspot-deals.xlsx"));
    CHECK(again.counts.added == 0);
    CHECK(again.counts.unchanged == 3);
    CHECK(f.digest() == before);
}

TEST_CASE("import xlsx: a bad cell names its row and column and nothing is written", "[xlsx]") {
    FreshWorkspace f;
    const QByteArray before = f.digest();
    const ImportResult r = importOne(f.ws, workbook("salesforce-opportunities-bad-date.xlsx"));
    CHECK_FALSE(r.written);
    REQUIRE(r.counts.invalid == 1);
    REQUIRE(!r.errors.empty());
    // 'TBD' in G9: the table starts in column A, so field 7 is column G, and the line is the row
    CHECK(r.errors.front().line == 9);
    CHECK(r.errors.front().column == 7);
    CHECK(r.errors.front().value == u"TBD");
    CHECK(r.errors.front().cell == u"Report!G9"); // as Excel's Go To names it
    CHECK(r.errors.front().toString().contains(u"line 9, column 7 (Close Date), cell Report!G9: "));
    REQUIRE(r.errorGroups.size() == 1);
    CHECK(r.errorGroups.front().cellColumn == u"Report!G");
    CHECK(f.digest() == before);
}

TEST_CASE("import xlsx: every bad workbook is one Error naming the file, and nothing is written", "[xlsx]") {
    const char* file = GENERATE("not-a-workbook.xlsx", "truncated.xlsx", "password-protected.xlsx",
                                "legacy-97-2003.xls", "missing-sheet-part.xlsx", "renamed-csv.xlsx");
    CAPTURE(file);
    FreshWorkspace f;
    const QByteArray before = f.digest();
    try {
        importFiles(f.ws, {workbook(file)}, {});
        FAIL("imported");
    } catch (const Error& e) {
        CHECK(e.message().startsWith(workbook(file) + QStringLiteral(": ")));
    }
    CHECK(f.digest() == before);
}

TEST_CASE("import xlsx: --sheet picks the sheet, and one that does not exist lists those that do", "[xlsx]") {
    FreshWorkspace f;
    ImportOptions options;
    options.sheet = QStringLiteral("Deals");
    const ImportResult r = importOne(f.ws, workbook("sheets.xlsx"), options);
    CHECK(r.profile == QStringLiteral("hubspot-deals"));
    CHECK(r.counts.added == 1);
    options.sheet = QStringLiteral("Pipeline");
    CHECK_THROWS_WITH(
        importFiles(f.ws, {workbook("sheets.xlsx")}, options),
        Catch::Contains("no sheet 'Pipeline'; its sheets are 'Notes', 'Empty', 'Deals', 'Leads'"));
}

TEST_CASE(
    "real xlsx: the real Salesforce exports, opened in Excel and saved as workbooks, import to the same "
    "records as the CSV files",
    "[xlsx]") {
    const QString real = sharedRealData(QStringLiteral("salesforce-devorg-sample"));
    if (real.isEmpty()) {
        WARN("shared data absent");
        return;
    }
    TempDir dir;
    const QString books = dir.path(QStringLiteral("books"));
    // make_fixtures.py --real writes each CSV as Excel opens it: numbers as numbers, dates as serials with
    // a date format, TRUE/FALSE as booleans (python3 only)
    QProcess convert;
    convert.start(QStringLiteral("python3"), {testData(QStringLiteral("import/xlsx/make_fixtures.py")),
                                              QStringLiteral("--real"), real, books});
    REQUIRE(convert.waitForFinished(60000));
    REQUIRE(convert.exitCode() == 0);
    const QStringList names{QStringLiteral("Account"), QStringLiteral("Lead"), QStringLiteral("Contact"),
                            QStringLiteral("Opportunity")};
    QStringList csvFiles, xlsxFiles;
    for (const QString& n : names) {
        csvFiles << real + u'/' + n + QStringLiteral(".csv");
        xlsxFiles << books + u'/' + n + QStringLiteral(".xlsx");
    }
    std::reverse(xlsxFiles.begin(), xlsxFiles.end()); // any order: the import orders by dependency
    FreshWorkspace fromCsv, fromXlsx;
    const auto csvResults = importFiles(fromCsv.ws, csvFiles, {});
    const auto xlsxResults = importFiles(fromXlsx.ws, xlsxFiles, {});
    requireReferencesHold(fromXlsx.ws);
    REQUIRE(xlsxResults.size() == csvResults.size());
    for (size_t i = 0; i < csvResults.size(); ++i) {
        INFO(xlsxResults[i].file.toStdString());
        CHECK(xlsxResults[i].profile == csvResults[i].profile);
        CHECK(xlsxResults[i].counts.added == csvResults[i].counts.added);
        CHECK(xlsxResults[i].counts.invalid == 0);
    }
    // The same records, field by field, in the tables the figures read
    const char* checks[] = {
        "SELECT count(*) FROM account",
        "SELECT count(*) FROM contact",
        "SELECT count(*) FROM opportunity",
        "SELECT coalesce(sum(amount_cents), 0) FROM opportunity",
        "SELECT sum(is_won) * 1000 + sum(is_closed) FROM opportunity",
        "SELECT count(*) FROM opportunity WHERE account_id IS NOT NULL",
        "SELECT count(*) FROM contact_stage",
        "SELECT count(*) FROM contact_stage WHERE entered_at IS NULL",
        "SELECT coalesce(sum(entered_at % 100003), 0) FROM contact_stage",
        "SELECT coalesce(sum(length(close_date) + unicode(close_date)), 0) FROM opportunity",
    };
    for (const char* sql : checks) {
        INFO(sql);
        CHECK(scalar(fromXlsx.ws, sql) == scalar(fromCsv.ws, sql));
    }
}
