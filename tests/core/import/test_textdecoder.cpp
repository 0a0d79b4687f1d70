#include "import/csvreader.h"
#include "import/textdecoder.h"

#include "testsupport.h"

#include <QFile>

using namespace revalign;

namespace {
std::vector<QStringList> readAll(const QString& path, const CsvReadOptions& options = {}) {
    CsvReader reader(path, options);
    CsvRecord r;
    std::vector<QStringList> out;
    while (reader.next(r)) {
        QStringList fields;
        for (size_t i = 0; i < r.size(); ++i)
            fields << r.text(i);
        out.push_back(fields);
    }
    return out;
}
} // namespace

TEST_CASE("decoder: each encoding real exports use is detected and decoded") {
    const auto [file, encoding, lastName] = GENERATE(table<const char*, const char*, const char*>({
        {"import/enc-utf8-bom.csv", "UTF-8", "Dœuf"},
        {"import/enc-windows-1252.csv", "windows-1252", "Dœuf"},
        {"import/enc-iso-8859-1.csv", "windows-1252", "Ångström"}, // 1252 is ISO-8859-1's superset
        {"import/enc-utf16le-excel-unicode.txt", "UTF-16LE", "Dœuf"},
        {"import/enc-utf16be-bom.csv", "UTF-16BE", "Dœuf"},
        {"import/enc-tis620.csv", "TIS-620", "มั่นคง"},
    }));
    INFO(file);
    const QString path = test::testData(QString::fromLatin1(file));
    CsvReader reader(path, {});
    CHECK(reader.format().encoding == QLatin1String(encoding));
    const auto records = readAll(path);
    REQUIRE(records.size() >= 3);
    CHECK(records.front() == QStringList{QStringLiteral("source_id"), QStringLiteral("email"),
                                         QStringLiteral("first_name"), QStringLiteral("last_name"),
                                         QStringLiteral("title")}); // BOM stripped from the first name
    CHECK(records.back().at(3) == QString::fromUtf8(lastName));
}

TEST_CASE("decoder: an explicit encoding wins over detection") {
    CsvReadOptions options;
    options.encoding = QStringLiteral("ISO-8859-1");
    const auto records = readAll(test::testData(QStringLiteral("import/enc-windows-1252.csv")), options);
    // 0x80 is the euro sign in Windows-1252 but a C1 control in ISO-8859-1: proof the override was used.
    CHECK(records.at(1).at(4) == QStringLiteral("Café \u0080 owner"));
}

TEST_CASE("decoder: sequences split across chunks decode the same") {
    const QByteArray utf8 = QStringLiteral("aé€😀ไทย,z\n").toUtf8();
    for (const char* encoding : {"UTF-8", "UTF-16LE"}) {
        const QByteArray bytes =
            QString::fromLatin1(encoding) == u"UTF-8"
                ? utf8
                : QByteArray(reinterpret_cast<const char*>(QString::fromUtf8(utf8).utf16()),
                             QString::fromUtf8(utf8).size() * 2);
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            TextDecoder d(QString::fromLatin1(encoding));
            std::string out;
            d.decode(bytes.constData(), static_cast<size_t>(split), false, out);
            d.decode(bytes.constData() + split, static_cast<size_t>(bytes.size() - split), true, out);
            INFO(encoding << " split " << split);
            CHECK(QString::fromStdString(out) == QString::fromUtf8(utf8));
        }
    }
}

TEST_CASE("decoder: invalid bytes are an error naming line and column, never U+FFFD") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("bad.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("id,name\n");
    // 3,000 valid lines (~ 90 KB) so detection (first 64 KB) sees clean UTF-8, then a stray Latin-1 byte.
    for (int i = 0; i < 3000; ++i)
        f.write(QStringLiteral("%1,Zoë Ångström and some padding text to make the line longer\n")
                    .arg(i)
                    .toUtf8());
    f.write("3000,caf\xe9 au lait\n"); // line 3002: "3000,caf" is 8 characters, so the bad byte is column 9
    f.close();
    try {
        readAll(path);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.message().startsWith(path +
                                     QStringLiteral(": line 3002, column 9: invalid byte sequence 0xE9")));
    }
    CsvReadOptions latin;
    latin.encoding = QStringLiteral("windows-1252");
    const auto records = readAll(path, latin); // the user names the encoding: no error (mojibake is theirs)
    CHECK(records.size() == 3002);
}

TEST_CASE("decoder: encoding names users write are understood") {
    CHECK(canonicalEncodingName(QStringLiteral("utf8")) == u"UTF-8");
    CHECK(canonicalEncodingName(QStringLiteral("latin1")) == u"ISO-8859-1");
    CHECK(canonicalEncodingName(QStringLiteral("cp874")) == u"windows-874");
    CHECK(canonicalEncodingName(QStringLiteral("Unicode")) == u"UTF-16LE");
    CHECK(canonicalEncodingName(QStringLiteral("no-such-encoding")).isEmpty());
    CHECK_THROWS_AS(TextDecoder(QStringLiteral("no-such-encoding")), Error);
}

TEST_CASE("decoder: windows-874 reads Thai like TIS-620") {
    CsvReadOptions options;
    options.encoding = QStringLiteral("windows-874");
    const auto records = readAll(test::testData(QStringLiteral("import/enc-tis620.csv")), options);
    CHECK(records.at(1).at(2) == QStringLiteral("สมชาย"));
}
