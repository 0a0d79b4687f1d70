#include "util/csvwriter.h"

#include "testsupport.h"

#include <QBuffer>

using namespace revalign;

TEST_CASE("csv writer: formula starters are neutralised, plain numbers are not") {
    struct Case {
        const char* in;
        const char* out;
    };
    const Case c = GENERATE(values<Case>({
        {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
        {"+1+1", "'+1+1"},
        {"-1+1", "'-1+1"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\t=1", "'\t=1"},
        {"\r=1", "\"'\r=1\""},
        {"-12.5", "-12.5"},
        {"+3", "+3"},
        {"1e-5", "1e-5"},
        {"-", "'-"},
        {"Leads created", "Leads created"},
        {"", ""},
    }));
    INFO(c.in);
    CHECK(CsvWriter::escapeField(QString::fromUtf8(c.in)) == QString::fromUtf8(c.out));
}

TEST_CASE("csv writer: commas, quotes, CR and LF are quoted so a row never splits") {
    CHECK(CsvWriter::formatRow({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("x\ry"),
                                QStringLiteral("x\ny"), QStringLiteral(" pad")}) ==
          QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"x\ry\",\"x\ny\",\" pad\""));
}

TEST_CASE("csv writer: files get a BOM and CRLF, streams neither") {
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(file);
        csv.writeRow({QStringLiteral("a"), QStringLiteral("=b")});
        CHECK(csv.ok());
    }
    CHECK(file.data() == QByteArray("\xEF\xBB\xBF"
                                    "a,'=b\r\n"));
    QString text;
    QTextStream stream(&text);
    CsvWriter csv(stream);
    csv.writeRow({QStringLiteral("a"), QStringLiteral("=b")});
    stream.flush();
    CHECK(text == QStringLiteral("a,'=b\n"));
}
