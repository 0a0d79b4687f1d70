// How values are read on import: numbers that are not numbers, null spellings, NUL bytes, value maps
// before type detection (issues 10.4, 10.8, 11.4).
#include "importtesthelpers.h"

#include <QFile>

using namespace revalign;
using namespace revalign::test;

namespace {
ImportOptions skipping() {
    ImportOptions o;
    o.skipInvalid = true;
    return o;
}

const RowError* errorAt(const ImportResult& r, qint64 line) {
    for (const RowError& e : r.errors)
        if (e.line == line)
            return &e;
    return nullptr;
}

} // namespace

// Regression (issue 10.4): a word in a number column made the whole file fail with "numbers such as ''
// read differently with a decimal point and a decimal comma; choose with --decimal", naming no line.
TEST_CASE("import values: a non-number in a number column is that row's error, naming line and column") {
    FreshWorkspace f;
    const QString file = importFixture("hubspot-contacts-non-numbers.csv");
    const ImportResult r = importOne(f.ws, file, skipping());
    // 11 data rows: 502 and 504-508 have a score that is no number, 511 one too large; 503's employees are
    // "many" and 509's "12.5"; 510's score is "-" (no value): it is valid, like 501.
    const auto [line, column, value, reason] = GENERATE(table<qint64, int, const char*, const char*>({
        {3, 6, "NaN", "not a number"},
        {4, 5, "many", "not a number"}, // employees
        {5, 6, "inf", "not a number"},
        {6, 6, "0x10", "not a number"},
        {7, 6, ".", "not a number"},
        {8, 6, "1e308", "not a number"},
        {9, 6, "abc", "not a number"},
        {10, 5, "12.5", "not a whole number"},
        {12, 6, "99999999999999999999", "too large: whole numbers go up to 9,007,199,254,740,991"},
    }));
    INFO("line " << line);
    const RowError* e = errorAt(r, line);
    REQUIRE(e);
    CHECK(e->column == column);
    CHECK(e->columnName == (column == 5 ? u"Number of Employees" : u"HubSpot Score"));
    CHECK(e->value == QString::fromLatin1(value));
    CHECK(e->reason == QString::fromLatin1(reason));
    CHECK(e->toString() == QStringLiteral("%1: line %2, column %3 (%4): %5: '%6'")
                               .arg(file)
                               .arg(line)
                               .arg(column)
                               .arg(e->columnName, QString::fromLatin1(reason), QString::fromLatin1(value)));
    // 9 invalid rows (lines 3-10 and 12), 2 valid: 501 and 510.
    CHECK(r.counts.invalid == 9);
    CHECK(r.counts.added == 2);
    CHECK(r.written);
    CHECK(scalar(f.ws, "SELECT score FROM contact WHERE source_id = '501'") == 45);
    // "1,200" employees is 1200 (the column's mark is a dot: "12.5" proves it), never 1.2.
    ImportSession session(file, ProfileCatalog::builtIn(), {});
    const ImportPreview preview = session.preview(1);
    REQUIRE(preview.records.size() == 1);
    CHECK(preview.records[0].at(Field::Employees).number == 1200);
    // 510's score "-" is no value.
    CHECK(scalar(f.ws, "SELECT score IS NULL FROM contact WHERE source_id = '510'") == 1);
}

// Regression (issue 10.4, the original report): one bad value deep in a big file.
TEST_CASE("import values: a word on line 5021 of a score column is reported there, not as an ambiguity") {
    FreshWorkspace f;
    const QString path = f.dir.path(QStringLiteral("scores.csv"));
    QByteArray csv = "Record ID,Email,HubSpot Score\n";
    for (int i = 2; i <= 6000; ++i) // data rows are lines 2..6000
        csv += QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com," +
               (i == 5021 ? QByteArray("many") : QByteArray::number(i % 100)) + '\n';
    writeFile(path, csv);
    const ImportResult r = importOne(f.ws, path);
    CHECK_FALSE(r.written);
    CHECK(r.counts.invalid == 1);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString() ==
          path + QStringLiteral(": line 5021, column 3 (HubSpot Score): not a number: 'many'"));
}

TEST_CASE("import values: n/a and the other null spellings read as empty, in every kind of column") {
    FreshWorkspace f;
    const QString file = importFixture("hubspot-contacts-non-numbers.csv");
    const ImportResult r = importOne(f.ws, file, skipping());
    // 509's score is "n/a" (a null spelling): its row fails only for its 12.5 employees.
    const RowError* e = errorAt(r, 10);
    REQUIRE(e);
    CHECK(e->columnName == u"Number of Employees");
    CHECK(std::count_if(r.errors.begin(), r.errors.end(), [](const RowError& x) { return x.line == 10; }) ==
          1);
    // The import says how many values a null spelling emptied, per column: "n/a" and "-" in the scores.
    CHECK(r.notes.contains(QStringLiteral("column 6 (HubSpot Score): 2 values read as empty ('n/a', '-')")));
}

TEST_CASE("import values: European Excel amounts, #N/A, '-', zero dates, too large and too precise") {
    FreshWorkspace f;
    const QString file = importFixture("hubspot-deals-euro-excel.csv");
    const ImportResult r = importOne(f.ws, file, skipping());
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].toString() ==
          file +
              QStringLiteral(": line 4, column 4 (Amount): too large: amounts are kept as exact cents up to "
                             "90,071,992,547,409.91: '99.999.999.999.999,00 €'"));
    CHECK(r.errors[1].toString() ==
          file +
              QStringLiteral(": line 5, column 4 (Amount): more decimals than cents: amounts are kept exact "
                             "and never rounded silently: '12,505 €'"));
    CHECK(r.counts.added == 4);
    // 701 "1.234,50 €" = 1234.50 -> 123450 cents; 706 "2.500,00 €" = 250000 cents; 702 "#N/A" and
    // 705 "-" are no amount (NULL, not 0): 123450 + 250000 = 373450.
    CHECK(scalar(f.ws, "SELECT sum(amount_cents) FROM opportunity") == 373450);
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE amount_cents IS NULL") == 2);
    // "00.00.0000" is no close date; "31.03.2024" proves day first.
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE close_date IS NULL") == 2);
    CHECK(text(f.ws, "SELECT close_date FROM opportunity WHERE source_id = '701'") == u"2024-03-31");
    CHECK(r.notes.contains(QStringLiteral("column 4 (Amount): 2 values read as empty ('#N/A', '-')")));
    CHECK(r.notes.contains(QStringLiteral("column 5 (Close Date): 2 values read as empty ('00.00.0000')")));
    // HubSpot's own "Not forecasted" is read, not refused (issue 11.2).
    CHECK(text(f.ws, "SELECT forecast_category FROM opportunity WHERE source_id = '702'") == u"omitted");
}

TEST_CASE("import values: a US Excel re-save of a HubSpot deals export imports whole") {
    FreshWorkspace f;
    const ImportResult r = importOne(f.ws, importFixture("hubspot-deals-excel-resave.csv"));
    INFO((r.errors.empty() ? QString() : r.errors[0].toString()).toStdString());
    REQUIRE(r.written);
    CHECK(r.counts.added == 6);
    // $1,234.50 + $12,000.00 + $980.00 + $0.00 + $2,500.00 = 16,714.50 -> 1671450 cents; 804's "#N/A"
    // from a VLOOKUP is no amount.
    CHECK(scalar(f.ws, "SELECT sum(amount_cents) FROM opportunity") == 1671450);
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE amount_cents IS NULL") == 1);
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE close_date IS NULL") == 2); // 00/00/0000
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE owner_id IS NULL") == 1);   // #N/A
    CHECK(scalar(f.ws, "SELECT count(*) FROM owner") == 2);
    // Labels of HubSpot's default stages carry the default probabilities like their ids do.
    CHECK(text(f.ws,
               "SELECT group_concat(source_id || '=' || probability, ' ') FROM "
               "(SELECT source_id, probability FROM opportunity WHERE is_closed = 0 ORDER BY source_id)") ==
          u"801=0.9 802=0.2 804=0.8 806=0.4");
    CHECK(text(f.ws, "SELECT group_concat(source_id || '=' || forecast_category, ' ') FROM "
                     "(SELECT source_id, forecast_category FROM opportunity ORDER BY source_id)") ==
          u"801=commit 802=omitted 803=closed 804=best_case 805=omitted 806=pipeline");
    CHECK(scalar(f.ws, "SELECT is_won FROM opportunity WHERE source_id = '803'") == 1);
    CHECK(scalar(f.ws, "SELECT is_closed * 10 + is_won FROM opportunity WHERE source_id = '805'") == 10);
}

// Regression (issue 10.8): "ksingh\0@northfoods1.in" passed as an email and "Mi\0chael" was stored cut.
TEST_CASE("import values: a NUL byte in a field is an error naming line and column") {
    FreshWorkspace f;
    const QString file = importFixture("hubspot-contacts-nul.csv");
    const ImportResult r = importOne(f.ws, file, skipping());
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].line == 2);
    CHECK(r.errors[0].column == 4);
    CHECK(r.errors[0].columnName == u"Email");
    CHECK(r.errors[0].value == QStringLiteral("ksingh\u2400@northfoods1.in"));
    CHECK(r.errors[0].reason.startsWith(QStringLiteral("a NUL byte in the field")));
    CHECK(r.errors[1].line == 3);
    CHECK(r.errors[1].column == 2);
    CHECK(r.errors[1].columnName == u"First Name");
    CHECK(r.counts.added == 1);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact WHERE instr(first_name || email, char(0)) > 0") == 0);
}

TEST_CASE("import values: UTF-16 without a byte-order mark is read as UTF-16, not as NUL bytes") {
    FreshWorkspace f;
    const ImportResult r = importOne(f.ws, importFixture("enc-utf16le-no-bom.csv"));
    CHECK(r.format.encoding == u"UTF-16LE");
    CHECK(r.errors.empty());
    CHECK(r.counts.added == 2);
    CHECK(text(f.ws, "SELECT last_name FROM contact WHERE source_id = '611'") == QStringLiteral("Núñez"));
}

// Regression (issue 11.4): a value map on a date column switched its date detection off, so day-first
// dates were read as ISO and every row failed.
TEST_CASE("import values: value maps apply before type detection and never switch it off") {
    FreshWorkspace f;
    const QString csv = f.dir.path(QStringLiteral("deals.csv"));
    writeFile(csv, "deal_id,close,amount\n"
                   "D1,25/03/2024,\"1.500,00\"\n"
                   "D2,TBD,\"2.000,00\"\n"
                   "D3,03/04/2024,gratis\n"
                   "D4,(none),\"750,50\"\n");
    const QString profile = f.dir.path(QStringLiteral("deals.json"));
    writeFile(profile, R"json({"format": "revalign-import-profile", "version": 1, "name": "euro-deals",
        "source": "sheet", "entity": "opportunities", "signatures": [["deal_id", "close"]],
        "columns": [["deal_id", "source_id"], ["close", "close_date"], ["amount", "amount"]],
        "values": {"close_date": {"tbd": "31/12/2024"}, "amount": {"gratis": "0,00"}},
        "formats": {"null_values": {"close": ["(none)"]}}})json");
    ImportOptions options;
    options.profile = profile;
    const ImportResult r = importOne(f.ws, csv, options);
    INFO((r.errors.empty() ? QString() : r.errors[0].toString()).toStdString());
    REQUIRE(r.written);
    // "25/03/2024" proves day first for the column; "TBD" maps to 31/12/2024 and is read the same way.
    CHECK(text(f.ws, "SELECT group_concat(coalesce(close_date, '-'), ' ') FROM "
                     "(SELECT close_date FROM opportunity ORDER BY source_id)") ==
          u"2024-03-25 2024-12-31 2024-04-03 -");
    // "1.500,00" proves a decimal comma; "gratis" maps to 0,00: 150000 + 200000 + 0 + 75050 = 425050.
    CHECK(scalar(f.ws, "SELECT sum(amount_cents) FROM opportunity") == 425050);
    CHECK(r.notes.contains(QStringLiteral("column 2 (close): 1 values read as empty ('(none)')")));
}

TEST_CASE("import values: formats.null_values adds spellings for every column and for one") {
    FreshWorkspace f;
    const QString csv = f.dir.path(QStringLiteral("contacts.csv"));
    writeFile(csv, "source_id,email,score,title\n"
                   "1,a@example.com,unknown,CFO\n"
                   "2,b@example.com,40,(blank)\n"
                   "3,c@example.com,?,?\n");
    const QString profile = f.dir.path(QStringLiteral("contacts.json"));
    writeFile(profile,
              R"json({"format": "revalign-import-profile", "version": 1, "name": "sheet-contacts",
        "source": "sheet", "entity": "contacts", "signatures": [["source_id", "email"]],
        "columns": [["source_id", "source_id"], ["email", "email"], ["score", "score"], ["title", "title"]],
        "formats": {"null_values": {"*": ["unknown", "(blank)"], "score": ["?"]}}})json");
    ImportOptions options;
    options.profile = profile;
    const ImportResult r = importOne(f.ws, csv, options);
    INFO((r.errors.empty() ? QString() : r.errors[0].toString()).toStdString());
    REQUIRE(r.written);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact WHERE score IS NULL") == 2); // "unknown", "?"
    CHECK(scalar(f.ws, "SELECT score FROM contact WHERE source_id = '2'") == 40);
    // "?" is no value in the score column only: as a title it is a title.
    CHECK(text(f.ws, "SELECT title FROM contact WHERE source_id = '3'") == u"?");
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact WHERE title IS NULL OR title = ''") == 1); // (blank)

    // The round trip keeps both kinds.
    const ImportProfile p = ProfileCatalog().resolve(profile);
    CHECK(p.nullValues == QStringList{QStringLiteral("unknown"), QStringLiteral("(blank)")});
    CHECK(p.columnNullValues.at(QStringLiteral("score")) == QStringList{QStringLiteral("?")});
    CHECK(ImportProfile::fromJson(p.toJson(), QStringLiteral("round trip")) == p);
}

TEST_CASE("import values: a value map naming a null spelling wins over the built-in spelling") {
    FreshWorkspace f;
    const QString csv = f.dir.path(QStringLiteral("stages.csv"));
    writeFile(csv, "source_id,email,lifecycle_stage,created_at\n1,a@example.com,N/A,2024-05-01\n"
                   "2,b@example.com,lead,2024-05-02\n");
    const QString profile = f.dir.path(QStringLiteral("stages.json"));
    writeFile(profile, R"json({"format": "revalign-import-profile", "version": 1, "name": "na-stage",
        "source": "sheet", "entity": "contacts", "signatures": [["source_id", "email"]],
        "columns": [["source_id", "source_id"], ["email", "email"], ["lifecycle_stage", "lifecycle_stage"],
                    ["created_at", "created_at"]],
        "values": {"lifecycle_stage": {"n/a": "mql", "*": "lead"}}})json");
    ImportOptions options;
    options.profile = profile;
    const ImportResult r = importOne(f.ws, csv, options);
    REQUIRE(r.written);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact_stage cs JOIN funnel_stage s ON s.id = cs.stage_id "
                       "WHERE s.key = 'mql'") == 1);
}
