#include "import/recordsource.h"
#include "import/workbooksource.h"
#include "util/error.h"

#include "testsupport.h"

#include <QFile>

#include <map>

using namespace revalign;

namespace {

QString fixture(const char* name) {
    return test::testData(QStringLiteral("import/xlsx/") + QString::fromLatin1(name));
}

struct Read {
    std::vector<std::vector<std::string>> records;
    std::vector<qint64> lines;
    WorkbookFormat format;
};

Read readAll(const QString& path, const QString& sheet = {}) {
    auto source = openRecordSource(path, {}, sheet);
    REQUIRE(source->workbook() != nullptr);
    Read out;
    out.format = *source->workbook();
    CsvRecord record;
    while (source->next(record)) {
        std::vector<std::string> fields;
        for (size_t i = 0; i < record.size(); ++i)
            fields.emplace_back(record.field(i));
        out.records.push_back(fields);
        out.lines.push_back(record.line);
    }
    return out;
}

QString refusal(const QString& path, const QString& sheet = {}) {
    try {
        openRecordSource(path, {}, sheet);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("xlsx cells: every kind of cell Excel writes reads as the text Excel shows, exactly", "[xlsx]") {
    const Read read = readAll(fixture("cells.xlsx"));
    REQUIRE(!read.records.empty());
    CHECK(read.records[0] == std::vector<std::string>{"case", "value"});
    std::map<std::string, std::string> value;
    for (size_t i = 1; i < read.records.size(); ++i) {
        REQUIRE(read.records[i].size() == 2); // the styled empty cell in column H is no column
        value[read.records[i][0]] = read.records[i][1];
    }
    const std::pair<const char*, const char*> expected[] = {
        {"shared string", "Acme"},
        {"inline string", "Inline Co"},
        {"rich text", "Bold and plain"}, // the runs joined, the phonetic reading left out
        {"thai", "บริษัท สยามเทค จำกัด"},
        {"boolean true", "TRUE"},
        {"boolean false", "FALSE"},
        {"error na", "#N/A"},
        {"error ref", "#REF!"},
        {"formula number", "42"}, // a formula's cached value
        {"formula string", "ab"},
        {"formula bool", "TRUE"},
        {"formula error", "#N/A"},
        {"integer", "123000"},
        {"big integer", "123456789012"},
        {"decimal", "1234.5"},
        {"currency", "1234.50"},
        {"currency whole", "25000.00"},
        {"float noise", "300.00"}, // 300.00000000000006 to 15 digits
        {"exponent", "123000"},
        {"small exponent", "0.0015"},
        {"negative", "-42.75"},
        {"percent", "0.25"},            // shown as 25%
        {"date builtin", "2024-04-01"}, // serial 45383
        {"date custom", "2024-04-01"},
        {"date time", "2024-04-01 18:00:00"},
        {"date time seconds", "2024-04-01 12:00:01"},
        {"time only", "18:00:00"},
        {"leap bug day 59", "1900-02-28"},
        {"leap bug day 60", "1900-02-29"},
        {"leap bug day 61", "1900-03-01"},
        {"date text format", "2024-04-01"},
        {"quoted d not date", "7"},
        {"text format number", "12"},
        {"empty styled", ""},
        {"merged", "Merged value"},
        {"merged below", "Merged value"}, // B37:B38 merged: Excel shows the value in both
    };
    for (const auto& [name, text] : expected) {
        CAPTURE(name);
        REQUIRE(value.count(name) == 1);
        CHECK(value[name] == text);
    }
    CHECK(value.size() == std::size(expected));
    // The two styled empty rows below the table are no records; the line of a record is its row.
    CHECK(read.lines.front() == 1);
    CHECK(read.lines.back() == 1 + static_cast<qint64>(std::size(expected)));
    CHECK(read.format.sheet == QStringLiteral("Cells"));
    CHECK(read.format.headerRow == 1);
    REQUIRE(read.format.notes.size() == 1);
    CHECK(read.format.notes[0].contains(QStringLiteral("merged cells B36:B37")));
}

TEST_CASE("xlsx Salesforce formatted report: the title and filter rows above the header and the totals and "
          "footer below the data are skipped and named",
          "[xlsx]") {
    const Read read = readAll(fixture("salesforce-opportunities-report.xlsx"));
    REQUIRE(read.records.size() == 6); // the header and five opportunities
    CHECK(read.records[0].front() == "Opportunity ID");
    CHECK(read.records[0].back() == "Forecast Category");
    CHECK(read.lines == std::vector<qint64>{6, 7, 8, 9, 10, 11});
    CHECK(read.format.headerRow == 6);
    const std::vector<std::string> first{"006R1", "Acme expansion", "001X",       "Closed Won", "25000.00",
                                         "100",   "2024-03-31",     "2024-01-10", "Web",        "Sam Seller",
                                         "Closed"};
    CHECK(read.records[1] == first);
    CHECK(read.records[2][1] == "บริษัท สยามเทค จำกัด – ขยายสาขา");
    CHECK(read.records[2][4] == "7500.50");
    CHECK(read.records[3][2].empty());     // no account: an empty field, the columns stay in place
    CHECK(read.records[5][4] == "300.00"); // a formula's cached 300.00000000000006
    REQUIRE(read.format.notes.size() == 2);
    CHECK(read.format.notes[0].contains(QStringLiteral("the header is row 6; rows 1-4 above it skipped")));
    CHECK(read.format.notes[0].contains(QStringLiteral("'Opportunity Pipeline'")));
    CHECK(read.format.notes[1].contains(QStringLiteral("rows 13-16 below the data skipped")));
    CHECK(read.format.notes[1].contains(QStringLiteral("Grand Totals (5 records)")));
}

TEST_CASE("xlsx HubSpot export written by openpyxl: absolute part names, datetimes, a long record id",
          "[xlsx]") {
    const Read read = readAll(fixture("hubspot-deals.xlsx"));
    REQUIRE(read.records.size() == 4);
    CHECK(read.records[0][0] == "Record ID");
    CHECK(read.records[1] == std::vector<std::string>{"17432587811", "Acme renewal", "Sales Pipeline",
                                                      "closedwon", "12000.5", "2024-01-15 09:30:00",
                                                      "2024-02-28 17:00:00", "Sam Seller", "Closed won"});
    CHECK(read.records[2][5] == "2024-01-20 14:05:09");
    CHECK(read.records[3][8] == "Not forecasted");
    CHECK(read.format.notes.isEmpty());
}

TEST_CASE("xlsx 1904 date system: serials count from 1904-01-01", "[xlsx]") {
    const Read read = readAll(fixture("date1904.xlsx"));
    CHECK(read.format.date1904);
    REQUIRE(read.records.size() == 5);
    CHECK(read.records[1][1] == "1904-01-01");
    CHECK(read.records[2][1] == "1904-01-02");
    CHECK(read.records[3][1] == "2024-04-01");
    CHECK(read.records[4][1] == "2024-04-01 06:00:00");
}

TEST_CASE("xlsx sheets: the first visible sheet with cells, or the one --sheet names", "[xlsx]") {
    const Read first = readAll(fixture("sheets.xlsx"));
    CHECK(first.format.sheet == QStringLiteral("Deals"));
    CHECK(first.format.sheets == QStringList{QStringLiteral("Notes"), QStringLiteral("Empty"),
                                             QStringLiteral("Deals"), QStringLiteral("Leads")});
    CHECK(first.format.hiddenSheets == QStringList{QStringLiteral("Notes")});
    REQUIRE(first.format.notes.size() == 2);
    CHECK(first.format.notes[0] == QStringLiteral("sheet 'Notes' (hidden), 'Empty' (empty) passed over; read "
                                                  "sheet 'Deals'"));
    CHECK(first.format.notes[1].contains(QStringLiteral("'Leads'")));
    REQUIRE(first.records.size() == 2);
    CHECK(first.records[1][0] == "301");
    CHECK(first.records[1][5] == "2024-01-02");

    const Read leads = readAll(fixture("sheets.xlsx"), QStringLiteral("leads")); // case does not matter
    CHECK(leads.format.sheet == QStringLiteral("Leads"));
    CHECK(leads.records.size() == 3);
    const Read hidden = readAll(fixture("sheets.xlsx"), QStringLiteral("Notes")); // named: read even hidden
    CHECK(hidden.records.size() == 2);

    CHECK(workbookSheets(fixture("sheets.xlsx")) == first.format.sheets);
}

TEST_CASE("xlsx rows and cells without references take their place from their position", "[xlsx]") {
    const Read read = readAll(fixture("no-cell-references.xlsx"));
    REQUIRE(read.records.size() == 3);
    CHECK(read.records[1] == std::vector<std::string>{"1", "", "3"});
    CHECK(read.records[2] == std::vector<std::string>{"x", "y", "z"});
    CHECK(read.lines == std::vector<qint64>{1, 2, 3});
}

TEST_CASE("xlsx bad workbooks are refused with one line naming the file, never an abort", "[xlsx]") {
    struct Case {
        const char* file;
        const char* sheet;
        const char* says;
    };
    const Case c = GENERATE(values<Case>({
        {"not-a-workbook.xlsx", "", "a zip archive, but not an Excel workbook"},
        {"truncated.xlsx", "", "the workbook is damaged or incomplete"},
        {"password-protected.xlsx", "", "password-protected (encrypted)"},
        {"legacy-97-2003.xls", "", "an Excel 97-2003 workbook (.xls)"},
        {"missing-sheet-part.xlsx", "", "sheet 'Cells' is missing (no part xl/worksheets/sheet1.xml)"},
        {"renamed-csv.xlsx", "", "named like an Excel workbook, but it is not one"},
        {"sheets.xlsx", "Pipeline",
         "the workbook has no sheet 'Pipeline'; its sheets are 'Notes', 'Empty', "
         "'Deals', 'Leads'"},
    }));
    CAPTURE(c.file);
    const QString path = fixture(c.file);
    const QString message = refusal(path, QString::fromUtf8(c.sheet));
    CHECK(message.startsWith(path + QStringLiteral(": ")));
    CHECK(message.contains(QString::fromUtf8(c.says)));
    CHECK(!message.contains(u'\n'));
}

TEST_CASE("xlsx a rewind replays the sheet and shows the observer the file's bytes", "[xlsx]") {
    auto source = openRecordSource(fixture("hubspot-deals.xlsx"), {});
    CsvRecord record;
    int first = 0;
    while (source->next(record))
        ++first;
    qint64 seen = 0;
    source->setRawObserver([&seen](const char*, qint64 n) { seen += n; });
    source->rewind();
    int second = 0;
    while (source->next(record))
        ++second;
    CHECK(first == 4);
    CHECK(second == 4);
    CHECK(seen == QFile(fixture("hubspot-deals.xlsx")).size());
    CHECK(source->bytesRead() == source->fileSize());
}

TEST_CASE("xlsx a CSV file opens as CSV, whatever else a RecordSource can be", "[xlsx]") {
    auto source = openRecordSource(test::testData(QStringLiteral("import/hubspot-contacts.csv")), {},
                                   QStringLiteral("Sheet1"));
    CHECK(source->workbook() == nullptr);
    CsvRecord record;
    REQUIRE(source->next(record));
    CHECK(record.field(0) == "Record ID");
    CHECK_FALSE(looksLikeWorkbook(test::testData(QStringLiteral("import/hubspot-contacts.csv"))));
    CHECK(looksLikeWorkbook(fixture("cells.xlsx")));
}

TEST_CASE("xlsx a damaged workbook throws Error naming the file, wherever the damage is", "[xlsx]") {
    // Every 7th byte of a real fixture overwritten in turn: the zip directory, the deflate streams and
    // (through CRC-less reads) the XML itself are hit; each outcome is records or one Error.
    const QByteArray whole = test::fileBytes(fixture("salesforce-opportunities-report.xlsx"));
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.xlsx"));
    int refused = 0, read = 0;
    for (qsizetype at = 4; at < whole.size(); at += 7) {
        QByteArray damaged = whole;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
        file.close();
        try {
            auto source = openRecordSource(path, {});
            CsvRecord record;
            while (source->next(record)) {
            }
            ++read;
        } catch (const Error& e) {
            CHECK(e.message().startsWith(path));
            ++refused;
        }
    }
    CHECK(refused > 0);
    CHECK(refused + read == (whole.size() - 4 + 6) / 7);
}
