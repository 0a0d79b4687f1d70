#include "import/csvreader.h"
#include "import/csvtokenizer.h"

#include "testsupport.h"

#include <QFile>

using namespace revalign;

namespace {
using Records = std::vector<std::vector<std::string>>;

// Feeds the tokenizer the way the reader does, but in pieces of `chunk` bytes, so every record boundary,
// quote and CRLF also falls across a chunk boundary somewhere.
Records tokenize(std::string_view text, char delimiter, size_t chunk, std::vector<qint64>* lines = nullptr) {
    CsvTokenizer tokenizer(delimiter);
    CsvRecord record;
    Records out;
    std::string buffer;
    size_t fed = 0;
    size_t pos = 0;
    for (;;) {
        const bool eof = fed == text.size();
        const size_t used = tokenizer.next(buffer.data() + pos, buffer.data() + buffer.size(), eof, record);
        if (used > 0) {
            pos += used;
            std::vector<std::string> fields;
            for (size_t i = 0; i < record.size(); ++i)
                fields.emplace_back(record.field(i));
            out.push_back(fields);
            if (lines)
                lines->push_back(record.line);
            continue;
        }
        if (eof)
            break;
        const size_t n = std::min(chunk, text.size() - fed);
        buffer.append(text.substr(fed, n));
        fed += n;
    }
    return out;
}
} // namespace

TEST_CASE("tokenizer: RFC 4180 and what Excel and CRMs write, in any chunking") {
    struct Case {
        const char* name;
        std::string text;
        char delimiter;
        Records expected;
    };
    const std::vector<Case> cases{
        {"plain LF", "a,b\n1,2\n", ',', {{"a", "b"}, {"1", "2"}}},
        {"CRLF", "a,b\r\n1,2\r\n", ',', {{"a", "b"}, {"1", "2"}}},
        {"CR only (old Mac Excel)", "a,b\r1,2\r", ',', {{"a", "b"}, {"1", "2"}}},
        {"no final line end", "a,b\n1,2", ',', {{"a", "b"}, {"1", "2"}}},
        {"quoted delimiter", "a,b\n\"x,y\",2\n", ',', {{"a", "b"}, {"x,y", "2"}}},
        {"doubled quotes", "a\n\"say \"\"hi\"\"\"\n", ',', {{"a"}, {"say \"hi\""}}},
        {"newlines inside quotes kept as written",
         "a,b\n\"l1\r\nl2\nl3\",z\n",
         ',',
         {{"a", "b"}, {"l1\r\nl2\nl3", "z"}}},
        {"blank lines skipped", "a\n\n\r\n1\n\n", ',', {{"a"}, {"1"}}},
        {"trailing delimiter is an empty last field", "a,b,\n1,2,\n", ',', {{"a", "b", ""}, {"1", "2", ""}}},
        {"empty fields", ",,\n", ',', {{"", "", ""}}},
        {"empty quoted field", "\"\",x\n", ',', {{"", "x"}}},
        {"text after a closing quote kept", "\"ab\"cd,e\n", ',', {{"abcd", "e"}}},
        {"quote inside an unquoted field is literal", "5\"3,x\n", ',', {{"5\"3", "x"}}},
        {"semicolon", "a;b\n1,5;2\n", ';', {{"a", "b"}, {"1,5", "2"}}},
        {"tab", "a\tb\n\"x\ty\"\t2\n", '\t', {{"a", "b"}, {"x\ty", "2"}}},
        {"pipe", "a|b\n1|2\n", '|', {{"a", "b"}, {"1", "2"}}},
        {"JSON in a quoted cell",
         "id,addr\n1,\"{\"\"city\"\":\"\"X\"\"}\"\n",
         ',',
         {{"id", "addr"}, {"1", "{\"city\":\"X\"}"}}},
        {"unterminated quote runs to the end", "a\n\"open\n", ',', {{"a"}, {"open\n"}}},
    };
    const size_t chunk = GENERATE(1, 2, 3, 7, 4096);
    for (const Case& c : cases) {
        INFO(c.name << " chunk " << chunk);
        CHECK(tokenize(c.text, c.delimiter, chunk) == c.expected);
    }
}

TEST_CASE("tokenizer: records know the physical line they start on") {
    // line 1 header; line 2 blank; line 3 record spanning 3 lines (two quoted line breaks); line 6 next.
    std::vector<qint64> lines;
    tokenize("h\n\n\"a\nb\nc\"\nz\n", ',', 1, &lines);
    CHECK(lines == std::vector<qint64>{1, 3, 6});
}

TEST_CASE("tokenizer: an unterminated quote is flagged on the record") {
    CsvTokenizer t(',');
    CsvRecord r;
    const std::string text = "\"never closed,x\n";
    REQUIRE(t.next(text.data(), text.data() + text.size(), true, r) == text.size());
    CHECK(r.unterminatedQuote);
}

TEST_CASE("reader: quoting fixture reads record by record with lines") {
    CsvReader reader(test::testData(QStringLiteral("import/quoting.csv")), {});
    CHECK(reader.format().delimiter == ',');
    CsvRecord r;
    Records got;
    std::vector<qint64> lines;
    while (reader.next(r)) {
        std::vector<std::string> fields;
        for (size_t i = 0; i < r.size(); ++i)
            fields.emplace_back(r.field(i));
        got.push_back(fields);
        lines.push_back(r.line);
    }
    const Records expected{{"id", "name", "note"},
                           {"1", "Smith, Jane", "She said \"hi\""},
                           {"2", "multi\nline\r\ntext", "plain"},
                           {"3", "", "trailing"},
                           {"4", "x", "{\"city\":\"Bangkok\"}"}};
    CHECK(got == expected);
    // line 2: record 1; line 3 blank; lines 4-6: record 2 (two quoted line breaks); 7 ends with CR; 8.
    CHECK(lines == std::vector<qint64>{1, 2, 4, 7, 8});
}

TEST_CASE("reader: delimiter detection") {
    const auto [file, delimiter] = GENERATE(table<const char*, char>({
        {"import/hubspot-contacts.csv", ','},
        {"import/hubspot-deals-semicolon.csv", ';'},
        {"import/enc-utf16le-excel-unicode.txt", '\t'},
        {"import/generic-contacts-pipe.csv", '|'},
        {"import/quoting.csv", ','},
    }));
    INFO(file);
    CsvReader reader(test::testData(QString::fromLatin1(file)), {});
    CHECK(reader.format().delimiter == delimiter);
}

TEST_CASE("reader: an override wins over detection") {
    CsvReadOptions options;
    options.delimiter = ';';
    CsvReader reader(test::testData(QStringLiteral("import/hubspot-contacts.csv")), options);
    CsvRecord r;
    REQUIRE(reader.next(r));
    CHECK(r.size() == 1);
    CHECK(reader.format().delimiterOverridden);
}

TEST_CASE("reader: progress reaches the file size and can cancel") {
    const QString path = test::testData(QStringLiteral("import/hubspot-contacts.csv"));
    qint64 last = 0;
    CsvReadOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        CHECK(total == QFile(path).size());
        last = done;
        return true;
    };
    CsvReader reader(path, options);
    CsvRecord r;
    while (reader.next(r)) {
    }
    CHECK(last == QFile(path).size());
    CsvReadOptions cancelling;
    cancelling.progress = [](qint64, qint64) { return false; };
    CsvReader cancelled(path, cancelling);
    CHECK_THROWS_AS(cancelled.next(r), ImportCancelled);
}

TEST_CASE("reader: a file larger than the read chunk streams in bounded pieces") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("big.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("id,text\n");
    // 30,000 records of ~90 bytes = ~2.7 MB: three 1 MB reads, records and quotes cut at the seams.
    for (int i = 0; i < 30000; ++i)
        f.write(QStringLiteral(
                    "%1,\"line one, with comma\nline two \"\"quoted\"\" ........................ end\"\n")
                    .arg(i)
                    .toUtf8());
    f.close();
    CsvReader reader(path, {});
    CsvRecord r;
    REQUIRE(reader.next(r));
    int n = 0;
    while (reader.next(r)) {
        REQUIRE(r.size() == 2);
        REQUIRE(r.field(0) == std::to_string(n));
        REQUIRE(r.field(1).substr(0, 26) == "line one, with comma\nline ");
        ++n;
    }
    CHECK(n == 30000);
    CHECK(r.line == 1 + 2 * 29999 + 1); // header, then two physical lines per record
}

// Issue 10.5: an unterminated quote early in a big file was quadratic (every 1 MB refill parsed the record
// again from its start) and unbounded (a 2 GB file became one 6 GB record).
TEST_CASE("tokenizer: a record that spans many refills is scanned once") {
    std::string text = "h\n\"open";
    text.append(size_t(3) << 20, 'x');
    text.append("\nmore,rows\n");
    CsvTokenizer tokenizer(',');
    CsvRecord record;
    std::string buffer;
    size_t fed = 0;
    size_t pos = 0;
    int records = 0;
    bool open = false;
    for (;;) {
        const bool eof = fed == text.size();
        const size_t used = tokenizer.next(buffer.data() + pos, buffer.data() + buffer.size(), eof, record);
        if (used > 0) {
            pos += used;
            ++records;
            open = record.unterminatedQuote;
            continue;
        }
        if (eof)
            break;
        const size_t n = std::min<size_t>(4096, text.size() - fed); // 769 refills inside the one record
        buffer.append(text, fed, n);
        fed += n;
    }
    CHECK(records == 2);
    CHECK(open);
    // Each byte examined exactly once; rescanning from the record start would be ~770 times the file.
    CHECK(tokenizer.bytesScanned() == static_cast<qint64>(text.size()));
}

TEST_CASE("reader: a quote never closed stops at the record bound with line and column") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("open-quote.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("id,note\n1,fine\n2,\"never closed\n");
    const QByteArray row("3,a plain row that the open quote swallows\n");
    for (qint64 written = 0; written < (qint64(3) << 20); written += row.size())
        f.write(row);
    f.close();
    CsvReadOptions options;
    options.maxRecordBytes = size_t(1) << 20; // the default is 64 MB; the same code path, smaller file
    CsvReader reader(path, options);
    CsvRecord r;
    REQUIRE(reader.next(r));
    REQUIRE(reader.next(r));
    try {
        reader.next(r);
        FAIL("an open quote read past the bound");
    } catch (const Error& e) {
        CHECK(e.message() ==
              path + QStringLiteral(": line 3, column 2: a quoted field is not closed before the "
                                    "record reaches 1 MB; look for a missing closing quote in "
                                    "that field"));
    }
    // Refused after reading just past the bound: nothing rescanned, nothing read to the end.
    CHECK(reader.bytesTokenized() < (qint64(1) << 20) + (qint64(1) << 20) + 64);
}

TEST_CASE("reader: the default record bound is 64 MB") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("huge-open-quote.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("id,note\n1,\"never closed\n");
    const QByteArray block(1 << 20, 'y');
    for (int i = 0; i < 66; ++i)
        f.write(block);
    f.close();
    CsvReader reader(path, {});
    CsvRecord r;
    REQUIRE(reader.next(r));
    CHECK_THROWS_WITH(reader.next(r), Catch::Contains("line 2, column 2: a quoted field is not closed before "
                                                      "the record reaches 64 MB"));
}
