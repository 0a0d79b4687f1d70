// `inspect` for profile authors (issue 11.10): per column type, date order, nulls and top values; the
// line ending; which profiles fit and why.
#include "cli.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::testData;

namespace {
QString fixture(const char* name) {
    return testData(QStringLiteral("import/") + QString::fromLatin1(name));
}

QJsonObject inspectJson(const char* name) {
    const CliResult r = runCli({QStringLiteral("inspect"), fixture(name), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
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

TEST_CASE(
    "cli: inspect --json describes each column: type, date order, nulls, the five most frequent values") {
    const QJsonObject root = inspectJson("hubspot-deals-excel-resave.csv");
    CHECK(root.value(QStringLiteral("line_ending")).toString() == u"crlf");
    CHECK(root.value(QStringLiteral("rows")).toInt() == 6);
    const auto [name, type, dateOrder, nulls] = GENERATE(table<const char*, const char*, const char*, int>({
        {"Record ID", "integer", "", 0},
        {"Deal Name", "text", "", 0},
        {"Amount", "number", "", 1},       // "$1,234.50" ... and one "#N/A"
        {"Create Date", "date", "mdy", 0}, // 01/15/2024 proves month first
        {"Close Date", "date", "mdy", 2},  // two Excel "00/00/0000"
        {"Deal owner", "text", "", 1},     // one "#N/A" from a VLOOKUP
    }));
    INFO(name);
    const QJsonObject c = column(root, QString::fromLatin1(name));
    CHECK(c.value(QStringLiteral("type")).toString() == QString::fromLatin1(type));
    if (*dateOrder)
        CHECK(c.value(QStringLiteral("date_order")).toString() == QString::fromLatin1(dateOrder));
    else
        CHECK(c.value(QStringLiteral("date_order")).isNull());
    CHECK(c.value(QStringLiteral("nulls")).toInt() == nulls);
}

TEST_CASE("cli: inspect --json top values are [value, count] pairs, most frequent first") {
    const QJsonObject root = inspectJson("hubspot-deals-excel-resave.csv");
    // Forecast category: Not forecasted x2, then Best case, Closed won, Commit, Pipeline x1 (text order).
    const QJsonArray top =
        column(root, QStringLiteral("Forecast category")).value(QStringLiteral("top")).toArray();
    REQUIRE(top.size() == 5);
    CHECK(top.at(0).toArray() == QJsonArray{QStringLiteral("Not forecasted"), 2});
    CHECK(top.at(1).toArray() == QJsonArray{QStringLiteral("Best case"), 1});
    CHECK(top.at(4).toArray() == QJsonArray{QStringLiteral("Pipeline"), 1});
    const QJsonArray owners =
        column(root, QStringLiteral("Deal owner")).value(QStringLiteral("top")).toArray();
    // Olu Owner x3, Sam Seller x2; "#N/A" is a null, not a value.
    CHECK(owners == QJsonArray{QJsonArray{QStringLiteral("Olu Owner"), 3},
                               QJsonArray{QStringLiteral("Sam Seller"), 2}});
}

TEST_CASE("cli: inspect --json says which profiles fit and why") {
    const QJsonObject root = inspectJson("hubspot-deals-excel-resave.csv");
    CHECK(root.value(QStringLiteral("profile")).toString() == u"hubspot-deals");
    const QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    REQUIRE(!profiles.isEmpty());
    const QJsonObject best = profiles.at(0).toObject();
    CHECK(best.value(QStringLiteral("name")).toString() == u"hubspot-deals");
    // Record ID, Deal Name, Pipeline (ignored but named), Deal Stage, Amount, Create Date, Close Date,
    // Deal owner, Forecast category: 9 mapped columns, 8 of them feeding a field.
    CHECK(best.value(QStringLiteral("score")).toInt() == 9);
    CHECK(best.value(QStringLiteral("why")).toString() ==
          u"has its signature (Record ID + Deal Name); 8 of the file's 9 columns feed its fields");
}

TEST_CASE("cli: inspect names a near-miss profile with what its signature lacks") {
    const QJsonObject root = inspectJson("hubspot-contacts.csv");
    bool found = false;
    for (const QJsonValue& v : root.value(QStringLiteral("profiles")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("name")).toString() != u"hubspot-companies")
            continue;
        found = true;
        CHECK(p.value(QStringLiteral("score")).toInt() == 0);
        CHECK(p.value(QStringLiteral("why")).toString() ==
              u"lacks Company Domain Name of its signature (Record ID + Company name + Company Domain Name)");
    }
    CHECK(found);
}

TEST_CASE("cli: inspect text output lists the line ending, the profiles and one line per column") {
    const CliResult r = runCli({QStringLiteral("inspect"), fixture("hubspot-deals-euro-excel.csv")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Line ending: CRLF (7 CRLF, 0 LF, 0 CR)")));
    CHECK(r.out.contains(QStringLiteral("hubspot-deals")));
    // Amount: "1.234,50 €" proves a decimal comma; "#N/A" and "-" are nulls.
    CHECK(r.out.contains(QStringLiteral("number (decimal comma)")));
    CHECK(r.out.contains(QStringLiteral("date dmy")));
}

TEST_CASE("cli: inspect --json prints JSON when the file cannot be read") {
    const CliResult r =
        runCli({QStringLiteral("inspect"), fixture("no-such-file.csv"), QStringLiteral("--json")});
    CHECK(r.code == 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("error")).toString().contains(QStringLiteral("cannot read")));
}
