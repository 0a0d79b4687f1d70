// Excel workbooks through the CLI (issue 11.11): `inspect FILE.xlsx [--sheet NAME] --json` and `import`.
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
QString workbook(const char* name) {
    return testData(QStringLiteral("import/xlsx/") + QString::fromLatin1(name));
}

QJsonObject json(const CliResult& r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonObject column(const QJsonObject& root, const QString& name) {
    for (const QJsonValue& c : root.value(QStringLiteral("columns")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString() == name)
            return c.toObject();
    FAIL("no column " << name.toStdString());
    return {};
}
} // namespace

TEST_CASE("cli: inspect --json on a Salesforce report workbook: the sheet, the header row, the skipped rows, "
          "typed columns and the profile") {
    const CliResult r = runCli({QStringLiteral("inspect"), workbook("salesforce-opportunities-report.xlsx"),
                                QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject root = json(r);
    CHECK(root.value(QStringLiteral("format")).toString() == u"xlsx");
    CHECK(root.value(QStringLiteral("sheet")).toString() == u"Report");
    CHECK(root.value(QStringLiteral("sheets")).toArray() == QJsonArray{QStringLiteral("Report")});
    CHECK(root.value(QStringLiteral("header_row")).toInt() == 6);
    CHECK(root.value(QStringLiteral("delimiter")).isNull());
    CHECK(root.value(QStringLiteral("line_ending")).isNull());
    CHECK(root.value(QStringLiteral("rows")).toInt() == 5);
    CHECK(root.value(QStringLiteral("header")).toArray().size() == 11);
    CHECK(root.value(QStringLiteral("profile")).toString() == u"salesforce-opportunities");
    const QJsonArray notes = root.value(QStringLiteral("notes")).toArray();
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(0).toString().contains(QStringLiteral("rows 1-4 above it skipped")));
    CHECK(notes.at(1).toString().contains(QStringLiteral("rows 13-16 below the data skipped")));
    // Serial dates read as dates: ISO, whatever the cell's m/d/yyyy format showed
    CHECK(column(root, QStringLiteral("Close Date")).value(QStringLiteral("type")).toString() == u"date");
    CHECK(column(root, QStringLiteral("Close Date")).value(QStringLiteral("date_order")).toString() ==
          u"iso");
    CHECK(column(root, QStringLiteral("Amount")).value(QStringLiteral("type")).toString() == u"number");
    CHECK(column(root, QStringLiteral("Account ID")).value(QStringLiteral("nulls")).toInt() == 1);
}

TEST_CASE("cli: inspect --sheet reads the sheet it names") {
    const CliResult r = runCli({QStringLiteral("inspect"), workbook("sheets.xlsx"), QStringLiteral("--sheet"),
                                QStringLiteral("Leads"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject root = json(r);
    CHECK(root.value(QStringLiteral("sheet")).toString() == u"Leads");
    CHECK(root.value(QStringLiteral("hidden_sheets")).toArray() == QJsonArray{QStringLiteral("Notes")});
    CHECK(root.value(QStringLiteral("header")).toArray() ==
          QJsonArray{QStringLiteral("Email"), QStringLiteral("First Name")});
    CHECK(root.value(QStringLiteral("rows")).toInt() == 2);

    const CliResult records =
        runCli({QStringLiteral("inspect"), workbook("sheets.xlsx"), QStringLiteral("--sheet"),
                QStringLiteral("Leads"), QStringLiteral("--records")});
    REQUIRE(records.code == 0);
    CHECK(records.out.split(u'\n', Qt::SkipEmptyParts) ==
          QStringList{QStringLiteral(R"(["Email","First Name"])"),
                      QStringLiteral(R"(["a@example.com","Ann"])"),
                      QStringLiteral(R"(["b@example.com","Bo"])")});
}

TEST_CASE("cli: inspect and import refuse a bad workbook in one line naming the file, exit 1, JSON kept") {
    struct Case {
        const char* file;
        const char* sheet;
        const char* says;
    };
    const Case c = GENERATE(values<Case>({
        {"not-a-workbook.xlsx", "", "not an Excel workbook"},
        {"truncated.xlsx", "", "damaged or incomplete"},
        {"password-protected.xlsx", "", "password-protected"},
        {"legacy-97-2003.xls", "", "Excel 97-2003"},
        {"missing-sheet-part.xlsx", "", "sheet 'Cells' is missing"},
        {"renamed-csv.xlsx", "", "named like an Excel workbook, but it is not one"},
        {"sheets.xlsx", "Pipeline", "no sheet 'Pipeline'"},
    }));
    CAPTURE(c.file);
    QStringList sheet;
    if (*c.sheet)
        sheet << QStringLiteral("--sheet") << QString::fromLatin1(c.sheet);
    const QString path = workbook(c.file);

    const CliResult inspect =
        runCli(QStringList{QStringLiteral("inspect"), path, QStringLiteral("--json")} + sheet);
    CHECK(inspect.code == 1);
    CHECK(inspect.err.count(u'\n') == 1);
    CHECK(inspect.err.startsWith(path + QStringLiteral(": ")));
    CHECK(inspect.err.contains(QString::fromLatin1(c.says)));
    CHECK(json(inspect).value(QStringLiteral("error")).toString().contains(QString::fromLatin1(c.says)));

    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const QByteArray before = revalign::test::workspaceContentDigest(ws);
    const CliResult import = runCli(QStringList{QStringLiteral("import"), ws, path} + sheet);
    CHECK(import.code == 1);
    CHECK(import.err.count(u'\n') == 1);
    CHECK(import.err.startsWith(path + QStringLiteral(": ")));
    CHECK(revalign::test::workspaceContentDigest(ws) == before);
}

TEST_CASE("cli: import a workbook like a CSV file, its notes naming the rows skipped") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const CliResult r =
        runCli({QStringLiteral("import"), ws, workbook("salesforce-opportunities-report.xlsx"),
                workbook("hubspot-deals.xlsx"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray files = json(r).value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 2);
    qint64 added = 0;
    bool skippedNamed = false;
    for (const QJsonValue& f : files) {
        added += f.toObject().value(QStringLiteral("new")).toInt();
        for (const QJsonValue& n : f.toObject().value(QStringLiteral("notes")).toArray())
            skippedNamed = skippedNamed || n.toString().contains(QStringLiteral("rows 1-4 above it skipped"));
    }
    CHECK(added == 5 + 3); // five Salesforce opportunities, three HubSpot deals
    CHECK(skippedNamed);

    // A bad cell: the row and column of the sheet, nothing written
    const QByteArray before = revalign::test::workspaceContentDigest(ws);
    const CliResult bad =
        runCli({QStringLiteral("import"), ws, workbook("salesforce-opportunities-bad-date.xlsx")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("line 9, column 7 (Close Date), cell Report!G9")));
    CHECK(bad.err.contains(QStringLiteral("'TBD'")));
    CHECK(revalign::test::workspaceContentDigest(ws) == before);
}
