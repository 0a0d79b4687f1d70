#include "import/xlsxcells.h"

#include "testsupport.h"

using namespace revalign::xlsx;

TEST_CASE("xlsx number formats: built-in ids and custom codes say date, time, percent or plain", "[xlsx]") {
    struct Case {
        int id;
        const char* code;
        NumberKind kind;
        int decimals;
    };
    const Case c = GENERATE(values<Case>({
        {0, "", NumberKind::Plain, 0},     // General
        {2, "", NumberKind::Plain, 2},     // 0.00
        {4, "", NumberKind::Plain, 2},     // #,##0.00
        {9, "", NumberKind::Percent, 0},   // 0%
        {10, "", NumberKind::Percent, 2},  // 0.00%
        {14, "", NumberKind::Date, 0},     // m/d/yyyy (Salesforce's date cells)
        {15, "", NumberKind::Date, 0},     // d-mmm-yy
        {20, "", NumberKind::Time, 0},     // h:mm
        {22, "", NumberKind::DateTime, 0}, // m/d/yyyy h:mm
        {49, "", NumberKind::Plain, 0},    // @ (text)
        {164, "yyyy-mm-dd", NumberKind::Date, 0},
        {164, "yyyy-mm-dd hh:mm:ss", NumberKind::DateTime, 0}, // openpyxl's datetime (HubSpot-like)
        {164, "m/d/yy h:mm AM/PM", NumberKind::DateTime, 0},
        {164, "[$-409]mmmm d, yyyy;@", NumberKind::Date, 0}, // a locale tag says nothing
        {164, "\"$\"#,##0.00", NumberKind::Plain, 2},        // Salesforce currency: the quoted $ is no date
        {164, "0\" days\"", NumberKind::Plain, 0},           // the quoted d is no day
        {164, "#,##0.00;[Red]-#,##0.00", NumberKind::Plain, 2},
        {164, "[h]:mm:ss", NumberKind::Time, 0}, // elapsed hours
        {164, "0.00E+00", NumberKind::Plain, 2}, // scientific: the e is not a date
        {164, "mm:ss", NumberKind::Time, 0},     // m next to s is minutes
        {164, "0.0%", NumberKind::Percent, 1},
    }));
    CAPTURE(c.id, c.code);
    const NumberStyle style = classifyNumberFormat(c.id, c.code);
    CHECK(style.kind == c.kind);
    CHECK(style.decimals == c.decimals);
}

TEST_CASE("xlsx numbers read as their stored text: exponents written out, binary noise rounded to 15 digits",
          "[xlsx]") {
    struct Case {
        const char* stored;
        int decimals;
        const char* text;
    };
    const Case c = GENERATE(values<Case>({
        {"123000", 0, "123000"},
        {"123456789012", 0, "123456789012"},
        {"1234.5", 0, "1234.5"},
        {"1234.5", 2, "1234.50"}, // a money format shows two decimals
        {"25000", 2, "25000.00"},
        {"300.00000000000006", 2, "300.00"}, // 0.1+0.2 times 1000: 17 digits, 15 kept = 300
        {"0.30000000000000004", 0, "0.3"},
        {"1.23E+5", 0, "123000"},
        {"1.5E-3", 0, "0.0015"},
        {"-42.75", 2, "-42.75"},
        {"0", 2, "0.00"},
        {"-0", 0, "0"},
        {"17432587811", 0, "17432587811"}, // a HubSpot record id stays whole
        {"9.9999999999999999E+20", 0, "1000000000000000000000"},
    }));
    CAPTURE(c.stored, c.decimals);
    std::string out;
    REQUIRE(appendPlainNumber(c.stored, c.decimals, out));
    CHECK(out == c.text);
}

TEST_CASE("xlsx numbers: what is not a number is refused", "[xlsx]") {
    const char* bad = GENERATE("", "abc", "1,5", "1.2.3", "1e", "--1");
    std::string out;
    CHECK_FALSE(appendPlainNumber(bad, 0, out));
}

TEST_CASE("xlsx serial dates: the 1900 system with Lotus's phantom leap day, and the 1904 system", "[xlsx]") {
    struct Case {
        const char* serial;
        NumberKind kind;
        bool date1904;
        const char* text;
    };
    const Case c = GENERATE(values<Case>({
        // 45383 = 2024-04-01: 1899-12-30 + 45383 days (serials from 61 on count from 1899-12-30)
        {"45383", NumberKind::Date, false, "2024-04-01"},
        {"45383.75", NumberKind::DateTime, false, "2024-04-01 18:00:00"},         // .75 x 24 h = 18:00
        {"45383.5000115741", NumberKind::DateTime, false, "2024-04-01 12:00:01"}, // 0.0000115741 d = 1 s
        {"0.75", NumberKind::Time, false, "18:00:00"},
        {"1", NumberKind::Date, false, "1900-01-01"},
        {"59", NumberKind::Date, false, "1900-02-28"},
        {"60", NumberKind::Date, false, "1900-02-29"}, // the day that never was: the date parser refuses it
        {"61", NumberKind::Date, false, "1900-03-01"},
        {"0", NumberKind::Date, true, "1904-01-01"},
        {"1", NumberKind::Date, true, "1904-01-02"},
        // 2024-04-01 in the 1904 system: 45383 - 1462 (the two systems are 1462 days apart)
        {"43921", NumberKind::Date, true, "2024-04-01"},
        {"43921.25", NumberKind::DateTime, true, "2024-04-01 06:00:00"},
        {"45383.99999999", NumberKind::DateTime, false, "2024-04-02 00:00:00"}, // rounds up to midnight
    }));
    CAPTURE(c.serial, c.date1904);
    std::string out;
    REQUIRE(appendSerialDate(c.serial, c.kind, c.date1904, out));
    CHECK(out == c.text);
}

TEST_CASE("xlsx serial dates: a serial no date has is left as its number", "[xlsx]") {
    const char* bad = GENERATE("-1", "2958466", "x", "");
    std::string out;
    CHECK_FALSE(appendSerialDate(bad, NumberKind::Date, false, out));
    out.clear();
    appendNumberCell(bad, {NumberKind::Date, 0}, false, out);
    CHECK(out == bad);
}

TEST_CASE("xlsx percent cells read as their fraction, which a probability column takes as it is", "[xlsx]") {
    std::string out;
    appendNumberCell("0.25", {NumberKind::Percent, 0}, false, out); // shown as 25%
    CHECK(out == "0.25");
    out.clear();
    appendNumberCell("0.30000000000000004", {NumberKind::Percent, 2}, false, out); // 30.00%, binary noise
    CHECK(out == "0.3");
}

TEST_CASE("xlsx cell references and column letters", "[xlsx]") {
    CHECK(columnLetters(1) == "A");
    CHECK(columnLetters(26) == "Z");
    CHECK(columnLetters(27) == "AA");
    CHECK(columnLetters(16384) == "XFD");
    long column = 0, row = 0;
    REQUIRE(parseCellReference("D7", column, row));
    CHECK((column == 4 && row == 7));
    REQUIRE(parseCellReference("$XFD$1048576", column, row));
    CHECK((column == 16384 && row == 1048576));
    CHECK_FALSE(parseCellReference("XFE1", column, row)); // past Excel's last column
    CHECK_FALSE(parseCellReference("A0", column, row));
    CHECK_FALSE(parseCellReference("7", column, row));
    CHECK_FALSE(parseCellReference("A1B", column, row));
}
