#include "import/valueparsers.h"

#include "testsupport.h"

#include <QDateTime>

using namespace revalign;

namespace {
qint64 utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("dates: every format real exports use") {
    const auto [text, order, expected] = GENERATE(table<const char*, DateOrder, const char*>({
        {"2024-01-22", DateOrder::Iso, "2024-01-22T00:00:00Z"},
        {"2024-01-22T20:36:47.000+0000", DateOrder::Iso, "2024-01-22T20:36:47Z"}, // Salesforce API
        {"2024-01-22T20:36:47+07:00", DateOrder::Iso, "2024-01-22T13:36:47Z"},
        {"2026-02-23T20:55:00.000Z", DateOrder::Iso, "2026-02-23T20:55:00Z"},
        {"2024-01-05 09:00", DateOrder::Iso, "2024-01-05T09:00:00Z"}, // HubSpot
        {"2024/01/05", DateOrder::Iso, "2024-01-05T00:00:00Z"},
        {"02/03/24", DateOrder::Mdy, "2024-02-03T00:00:00Z"},          // Salesforce via Excel, two-digit year
        {"02/23/26 08:55 PM", DateOrder::Mdy, "2026-02-23T20:55:00Z"}, // ... with a 12-hour time
        {"12/31/2024 12:00 AM", DateOrder::Mdy, "2024-12-31T00:00:00Z"},
        {"1/15/2024 9:05 AM", DateOrder::Mdy, "2024-01-15T09:05:00Z"},
        {"15/01/2024", DateOrder::Dmy, "2024-01-15T00:00:00Z"},
        {"15.01.2024 14:30", DateOrder::Dmy, "2024-01-15T14:30:00Z"}, // German Excel
        {"15-01-2024", DateOrder::Dmy, "2024-01-15T00:00:00Z"},
        {"45292", DateOrder::ExcelSerial,
         "2024-01-01T00:00:00Z"}, // Excel serial: 45292 days after 1899-12-30
        {"45292.75", DateOrder::ExcelSerial, "2024-01-01T18:00:00Z"},
        {"01/01/70", DateOrder::Mdy, "1970-01-01T00:00:00Z"}, // pivot: 70-99 -> 1900s
        {"12/31/69", DateOrder::Mdy, "2069-12-31T00:00:00Z"}, // 00-69 -> 2000s
    }));
    INFO(text);
    const auto got = parseDateTime(text, order);
    REQUIRE(got);
    CHECK(*got == utc(expected));
}

TEST_CASE("dates: invalid text is refused") {
    for (const char* text :
         {"2024-02-30", "2024-13-01", "13/13/2024", "hello", "2024-01-22T25:00", "02/03/024", ""})
        for (DateOrder o : {DateOrder::Iso, DateOrder::Mdy, DateOrder::Dmy, DateOrder::ExcelSerial}) {
            INFO(text << " " << toKey(o));
            CHECK_FALSE(parseDateTime(text, o));
        }
}

TEST_CASE("dates: the order is decided from the whole column") {
    DateSniffer mdy;
    for (const char* v : {"02/03/24", "", "02/23/26"}) // the second value proves month first
        mdy.add(v);
    CHECK(mdy.decided() == DateOrder::Mdy);
    CHECK_FALSE(mdy.ambiguous());

    DateSniffer dmy;
    for (const char* v : {"01/02/2024", "31/12/2024"})
        dmy.add(v);
    CHECK(dmy.decided() == DateOrder::Dmy);

    DateSniffer ambiguous;
    for (const char* v : {"03/04/2024", "05/06/2024"})
        ambiguous.add(v);
    CHECK(ambiguous.decided() == DateOrder::Auto);
    CHECK(ambiguous.ambiguous());
    CHECK(ambiguous.ambiguousExample() == "03/04/2024");

    DateSniffer sameDayMonth; // 01/01 and 12/12 read the same either way: nothing to decide
    for (const char* v : {"01/01/2024", "12/12/2024"})
        sameDayMonth.add(v);
    CHECK_FALSE(sameDayMonth.ambiguous());
    CHECK(sameDayMonth.decided() != DateOrder::Auto);

    DateSniffer iso;
    for (const char* v : {"2024-01-01", "2024-02-03T10:00:00Z"})
        iso.add(v);
    CHECK(iso.decided() == DateOrder::Iso);

    DateSniffer mixed; // one bad value: no order fits all, the best fit is used and the row reported
    for (const char* v : {"2024-01-01", "2024-01-02", "garbage"})
        mixed.add(v);
    CHECK(mixed.decided() == DateOrder::Auto);
    CHECK_FALSE(mixed.ambiguous());
    CHECK(mixed.bestFit() == DateOrder::Iso);
}

TEST_CASE("numbers: decimal point and decimal comma, to cents exactly") {
    const auto [text, mark, cents] = GENERATE(table<const char*, DecimalMark, qint64>({
        {"12000.50", DecimalMark::Dot, 1200050},
        {"25,000.00", DecimalMark::Dot, 2500000},
        {"$1,234.5", DecimalMark::Dot, 123450},
        {"-7.12", DecimalMark::Dot, -712},
        {"12.500", DecimalMark::Dot, 1250}, // zeros past the cents are not decimals
        {"(80)", DecimalMark::Dot, -8000},  // accounting negative
        {"1.234,56", DecimalMark::Comma, 123456},
        {"999,5", DecimalMark::Comma, 99950},
        {"12.000", DecimalMark::Comma, 1200000},
        {"1 234,56", DecimalMark::Comma, 123456},
        {"€ 5", DecimalMark::Comma, 500},
        {"1.234,50 €", DecimalMark::Comma, 123450},           // German/French Excel: the sign after
        {"1\u00A0234,50\u00A0€", DecimalMark::Comma, 123450}, // ... with no-break spaces
        {"1\u202F234,50", DecimalMark::Comma, 123450},        // narrow no-break space (newer Excel)
        {"-$1,234.50", DecimalMark::Dot, -123450},
        {"$-1,234.50", DecimalMark::Dot, -123450},
        {"($1,234.50)", DecimalMark::Dot, -123450},
        {"USD 1,234.50", DecimalMark::Dot, 123450},
        {"1,234.50 USD", DecimalMark::Dot, 123450},
        {"US$1,234.50", DecimalMark::Dot, 123450},
        {"£99.99", DecimalMark::Dot, 9999},
        {"฿1,500", DecimalMark::Dot, 150000},
        {"1'234.50", DecimalMark::Dot, 123450}, // Swiss
        {".5", DecimalMark::Dot, 50},
        {"90071992547409.91", DecimalMark::Dot, 9007199254740991}, // the largest exact amount: 2^53 - 1 cents
    }));
    INFO(text);
    const auto got = parseScaled(text, mark, 2);
    REQUIRE(got);
    CHECK(*got == cents);
}

TEST_CASE("numbers: malformed numbers are refused") {
    for (const char* text : {"12,34,5", "1.2.3", "abc", "12a", "1,23"})
        CHECK_FALSE(parseScaled(text, DecimalMark::Dot, 2));
}

// Regression (issue 10.4): what CRM exports and spreadsheets put in number columns that is no number.
// Each is "not a number" for its row under either mark, never a reason to doubt the column's mark.
TEST_CASE("numbers: NaN, inf, hex, a lone dot, exponents and words are not numbers") {
    const char* text = GENERATE("n/a", "NaN", "nan", "NAN", "inf", "-inf", "Infinity", "0x10", ".", "1e308",
                                "1E5", "many", "abc", "abc5", "$", "-", "+", "12%", "5-", "(5", "--5");
    INFO(text);
    for (DecimalMark mark : {DecimalMark::Dot, DecimalMark::Comma})
        for (int scale : {0, 2})
            CHECK(parseNumber(text, mark, scale).problem == NumberProblem::NotANumber);
    CHECK_FALSE(parseReal(text, DecimalMark::Dot));
}

TEST_CASE("numbers: too large for exact cents is 'too large', not 'not a number'") {
    // 2^53 - 1 = 9,007,199,254,740,991 is the last integer a double holds exactly; as cents that is
    // 90,071,992,547,409.91 currency units.
    CHECK(parseNumber("90071992547409.92", DecimalMark::Dot, 2).problem == NumberProblem::TooLarge);
    CHECK(parseNumber("100000000000000", DecimalMark::Dot, 2).problem == NumberProblem::TooLarge);
    CHECK(parseNumber("1,000,000,000,000,000,000,000", DecimalMark::Dot, 2).problem ==
          NumberProblem::TooLarge);
    CHECK(parseNumber("99999999999999999999999999999", DecimalMark::Dot, 0).problem ==
          NumberProblem::TooLarge);
    CHECK(parseNumber("9007199254740991", DecimalMark::Dot, 0).value == 9007199254740991);
    CHECK(parseNumber("9007199254740992", DecimalMark::Dot, 0).problem == NumberProblem::TooLarge);
    CHECK(parseNumber("-90071992547409.91", DecimalMark::Dot, 2).value == -9007199254740991);
}

TEST_CASE("numbers: more decimals than cents is an error, never rounded silently") {
    const auto [text, mark] = GENERATE(table<const char*, DecimalMark>({
        {"-7.125", DecimalMark::Dot},
        {"12.505", DecimalMark::Dot},
        {"0.001", DecimalMark::Dot},
        {"1.234,567", DecimalMark::Comma},
        {"1.0000000000000000000001", DecimalMark::Dot}, // past the 18 digits kept, still seen
    }));
    INFO(text);
    CHECK(parseNumber(text, mark, 2).problem == NumberProblem::TooManyDecimals);
    CHECK_FALSE(parseScaled(text, mark, 2));
    // Whole numbers (employees, scores): a fraction is not a whole number; zeros are.
    CHECK(parseNumber("12.5", DecimalMark::Dot, 0).problem == NumberProblem::TooManyDecimals);
    CHECK(parseNumber("1200.00", DecimalMark::Dot, 0).value == 1200);
}

TEST_CASE("numbers: probabilities are read to six decimals, rounded half away from zero past that") {
    // The one documented rounding rule (docs/import-profiles.md): 1/3 written out is 0.333333.
    CHECK(*parseReal("0.3333333", DecimalMark::Dot) == 0.333333);
    CHECK(*parseReal("0.0000005", DecimalMark::Dot) == 0.000001);
    CHECK(*parseReal("-0.0000005", DecimalMark::Dot) == -0.000001);
    CHECK(*parseReal("12,5", DecimalMark::Comma) == 12.5);
}

TEST_CASE("numbers: the decimal mark is decided from the whole column") {
    DecimalSniffer comma;
    for (const char* v : {"1.234,56", "999,5", "12.000"})
        comma.add(v);
    CHECK(comma.decided() == DecimalMark::Comma);

    DecimalSniffer dot;
    for (const char* v : {"12000.50", "5000", "800"})
        dot.add(v);
    CHECK(dot.decided() == DecimalMark::Dot);

    DecimalSniffer ambiguous; // "1,234" is 1234 or 1.234
    ambiguous.add("1,234");
    CHECK(ambiguous.decided() == DecimalMark::Auto);
    CHECK(ambiguous.ambiguous());
    CHECK(ambiguous.decidedForWholeNumbers() == DecimalMark::Dot); // employees: 1234, never 1.234
}

// Regression (issue 10.4): one "n/a" in a score column made the whole column "ambiguous", with the
// example '' and the advice to choose --decimal. Values that are numbers under neither mark take no part.
TEST_CASE("numbers: the decimal-mark decision ignores values that are numbers under neither mark") {
    DecimalSniffer scores;
    for (const char* v : {"45", "n/a", "NaN", "inf", "0x10", ".", "1e308", "many", "72"})
        scores.add(v);
    CHECK(scores.decided() == DecimalMark::Dot);
    CHECK_FALSE(scores.ambiguous());
    CHECK(scores.numbers() == 2);
    CHECK(scores.nonNumbers() == 7);

    DecimalSniffer european; // the words do not hide that "1.234,50 €" proves a decimal comma
    for (const char* v : {"many", "1.234,50 €", "n/a", "999,5"})
        european.add(v);
    CHECK(european.decided() == DecimalMark::Comma);

    DecimalSniffer words; // nothing but words: no decision is needed, every row has its own error
    for (const char* v : {"many", "some"})
        words.add(v);
    CHECK_FALSE(words.ambiguous());
    CHECK(words.decided() != DecimalMark::Auto);
}

TEST_CASE("nulls: the spellings of 'no value' real exports write") {
    const char* text = GENERATE("", "null", "NULL", "Null", "N/A", "n/a", "#N/A", "#n/a", "-", "00/00/0000",
                                "00.00.0000", "0000-00-00", "0000-00-00 00:00:00", "0000-00-00T00:00:00Z",
                                "00/00/0000 00:00", "0000-00-00 00:00:00.000");
    INFO(text);
    CHECK(isNullSpelling(text));
}

TEST_CASE("nulls: values that only look empty are values") {
    const char* text = GENERATE("0", "00", "--", "none", "nil", "NA", "N/A N/A", "0000", "01/01/2024",
                                "0000-00-01", "00/00/0000 12:00", "#VALUE!", "#REF!", "nullable", "-5");
    INFO(text);
    CHECK_FALSE(isNullSpelling(text));
}

TEST_CASE("booleans: TRUE/FALSE, 1/empty and friends") {
    CHECK(parseBool("TRUE") == true);
    CHECK(parseBool("1") == true);
    CHECK(parseBool("") == false); // Salesforce bulk exports write false as empty
    CHECK(parseBool("FALSE") == false);
    CHECK(parseBool("no") == false);
    CHECK(parseBool("Yes") == true);
    CHECK(parseBool(" x ") == true);
    CHECK(parseBool("Wahr") == true);
    CHECK(parseBool("faux") == false);
    CHECK_FALSE(parseBool("maybe"));
    CHECK_FALSE(parseBool("yess"));
}

// The mapper writes every date of every row through isoDateOfSeconds (hand-written, replacing
// QDate::toString, which cost 7 % of a snapshot import): the same text as Qt for every day of 1600-2400,
// before 1970 and for times late in a day.
TEST_CASE("isoDateOfSeconds writes what QDate::toString(Qt::ISODate) writes, day by day") {
    const QDate epoch(1970, 1, 1);
    int mismatches = 0;
    for (QDate d(1600, 1, 1); d <= QDate(2400, 12, 31); d = d.addDays(1)) {
        const qint64 seconds = epoch.daysTo(d) * 86400;
        const std::string expected = d.toString(Qt::ISODate).toStdString();
        if (isoDateOfSeconds(seconds) != expected || isoDateOfSeconds(seconds + 86399) != expected)
            ++mismatches;
    }
    CHECK(mismatches == 0);
    CHECK(isoDateOfSeconds(0) == "1970-01-01");
    CHECK(isoDateOfSeconds(-1) == "1969-12-31"); // one second before the epoch is the day before
    CHECK(isoDateOfSeconds(951782400) == "2000-02-29");
    CHECK(isoDateOfSeconds(253402300799) == "9999-12-31");
    CHECK(isoDateOfSeconds(-62167219200) == "0000-01-01");
}
