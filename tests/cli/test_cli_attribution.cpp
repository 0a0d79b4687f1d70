#include "cli.h"

#include "store/database.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;

namespace {
// tests/data/attribution/journeys.sql loaded into a fresh workspace (see that file for the story).
QString fixtureWorkspace(const TempDir& dir) {
    const QString ws = dir.path(QStringLiteral("a.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    QFile sql(revalign::test::testData(QStringLiteral("attribution/journeys.sql")));
    REQUIRE(sql.open(QIODevice::ReadOnly));
    revalign::Database db(ws, revalign::Database::Mode::ReadWrite);
    db.exec(sql.readAll().toStdString());
    return ws;
}

std::map<QString, double> credits(const QJsonArray& rows) {
    std::map<QString, double> out;
    for (const QJsonValue& r : rows)
        out[r[QStringLiteral("key")].toString()] = r[QStringLiteral("credit")].toDouble();
    return out;
}
} // namespace

TEST_CASE("cli: attribution --json splits deal value per the model, credits with two decimals") {
    TempDir dir;
    const QString ws = fixtureWorkspace(dir);
    const CliResult r = runCli({QStringLiteral("attribution"), ws, QStringLiteral("--model"),
                                QStringLiteral("u"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root[QStringLiteral("model")].toString() == u"u");
    CHECK(root[QStringLiteral("metric")].toString() == u"pipeline");
    // Deals 900 + 300 + 100 = 1300.00. Ann's pipeline journey: paid (first touch, 40%), organic (lead
    // creation, 40%), outbound (middle, 20%) of 900.00 = 360, 360, 180; deals 2 and 3 have no touch before
    // their creation.
    CHECK(root[QStringLiteral("total")].toDouble() == 1300.0);
    CHECK(credits(root[QStringLiteral("rows")].toArray()) ==
          std::map<QString, double>{{QStringLiteral("paid"), 360.0},
                                    {QStringLiteral("organic"), 360.0},
                                    {QStringLiteral("outbound"), 180.0},
                                    {QStringLiteral("(no touchpoints)"), 400.0}});
    CHECK(r.out.contains(QStringLiteral("\"total\": 1300.00")));
    CHECK(r.out.contains(QStringLiteral("\"credit\": 180.00")));
    const QJsonObject first = root[QStringLiteral("rows")].toArray().first().toObject();
    CHECK(first[QStringLiteral("share")].toDouble() == Approx(400.0 / 1300.0));
}

TEST_CASE("cli: attribution of revenue by team with time decay and a half-life") {
    TempDir dir;
    const QString ws = fixtureWorkspace(dir);
    const CliResult r = runCli({QStringLiteral("attribution"), ws, QStringLiteral("--model"),
                                QStringLiteral("decay"), QStringLiteral("--half-life"), QStringLiteral("2"),
                                QStringLiteral("--metric"), QStringLiteral("revenue"), QStringLiteral("--by"),
                                QStringLiteral("team"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // Won deal 900.00, touches on days 0, 1 (marketing) and 3 (sales); newest touch day 3.
    // h = 2 days: weights 2^(-3/2) = 0.353553, 2^(-2/2) = 0.5, 1 (sum 1.853553) → exact shares 17166.92,
    // 24277.69, 48555.39 cents; floors 17166 + 24277 + 48555 = 89998, the two largest remainders (.92,
    // .69) go to touches 1 and 2: 17167, 24278, 48555 → marketing 414.45, sales 485.55.
    CHECK(root[QStringLiteral("total")].toDouble() == 900.0);
    CHECK(
        credits(root[QStringLiteral("rows")].toArray()) ==
        std::map<QString, double>{{QStringLiteral("marketing"), 414.45}, {QStringLiteral("sales"), 485.55}});
}

TEST_CASE("cli: attribution --compare gives every model the same total, filters and periods apply") {
    TempDir dir;
    const QString ws = fixtureWorkspace(dir);
    const CliResult r =
        runCli({QStringLiteral("attribution"), ws, QStringLiteral("--compare"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray models =
        QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("models")].toArray();
    REQUIRE(models.size() == 8);
    for (const QJsonValue& m : models) {
        double sum = 0;
        for (const QJsonValue& row : m[QStringLiteral("rows")].toArray())
            sum += row[QStringLiteral("credit")].toDouble();
        CHECK(sum == Approx(1300.0));
    }
    // Created 2024-03-03..2024-03-05: deal 2 is on 03-03 (day 2), deal 1 on 03-04, deal 3 on 03-05.
    const CliResult period =
        runCli({QStringLiteral("attribution"), ws, QStringLiteral("--model"), QStringLiteral("last"),
                QStringLiteral("--from"), QStringLiteral("2024-03-04"), QStringLiteral("--to"),
                QStringLiteral("2024-03-04"), QStringLiteral("--owner"), QStringLiteral("Alice AE"),
                QStringLiteral("--json")});
    REQUIRE(period.code == 0);
    CHECK(QJsonDocument::fromJson(period.out.toUtf8()).object()[QStringLiteral("total")].toDouble() == 900.0);
    const CliResult text =
        runCli({QStringLiteral("attribution"), ws, QStringLiteral("--model"), QStringLiteral("first")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Sourced vs influenced")));
}

TEST_CASE("cli: attribution exit codes") {
    TempDir dir;
    const QString ws = fixtureWorkspace(dir);
    const QString a = QStringLiteral("attribution");
    const QString model = QStringLiteral("--model");
    CHECK(runCli({a, ws}).code == 2); // no model
    CHECK(runCli({a, ws, model, QStringLiteral("z")}).code == 2);
    CHECK(runCli({a, ws, model, QStringLiteral("decay"), QStringLiteral("--half-life"), QStringLiteral("0")})
              .code == 2);
    CHECK(runCli({a, ws, model, QStringLiteral("first"), QStringLiteral("--by"), QStringLiteral("planet")})
              .code == 2);
    CHECK(runCli(
              {a, ws, model, QStringLiteral("first"), QStringLiteral("--from"), QStringLiteral("2024-13-01")})
              .code == 2);
    const CliResult typo =
        runCli({a, ws, model, QStringLiteral("first"), QStringLiteral("--persona"), QStringLiteral("CM0")});
    CHECK(typo.code == 1);
    CHECK(typo.err.contains(QStringLiteral("unknown persona 'CM0'")));
    CHECK(typo.err.count(u'\n') == 1);
    CHECK(runCli({a, dir.path(QStringLiteral("missing.revalign")), model, QStringLiteral("first")}).code ==
          1);
}

TEST_CASE("cli: score --json judges the score by outcomes and explains a contact") {
    TempDir dir;
    const QString ws = fixtureWorkspace(dir);
    const CliResult r = runCli({QStringLiteral("score"), ws, QStringLiteral("--contact"), QStringLiteral("1"),
                                QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // Default model. Ann, as of her MQL (day 1 + 1 h): fit 20 persona + 15 "VP" + 10 (500 employees) + 10
    // Software + 5 TH = 60; form 1 h earlier 15 × 2^(-1/720) = 14.99, web visit 25 h earlier
    // 1 × 2^(-25/720) = 0.98 → 75.96 → 76. Bob, as of his MQL: fit 5 (100 employees) + 5 (US) = 10, no
    // touch yet → 10.
    CHECK(root[QStringLiteral("threshold")].toInt() == 50);
    CHECK(root[QStringLiteral("auc")].isNull()); // one won contact, no lost one
    const QJsonObject contact = root[QStringLiteral("contact")].toObject();
    CHECK(contact[QStringLiteral("score")].toInt() == 76);
    CHECK(contact[QStringLiteral("fit")].toDouble() == 60.0);
    CHECK(contact[QStringLiteral("lines")].toArray().size() == 7);
    const QJsonArray bands = root[QStringLiteral("bands")].toArray();
    REQUIRE(bands.size() == 7); // [10,20) … [70,80)
    CHECK(bands.first()[QStringLiteral("contacts")].toInt() == 1);
    CHECK(bands.first()[QStringLiteral("accepted_rate")].toDouble() == 0.0);
    CHECK(bands.last()[QStringLiteral("win_rate")].toDouble() == 1.0);
    CHECK(bands[3][QStringLiteral("sql_rate")].isNull());
    const QJsonObject w = root[QStringLiteral("what_if")].toObject();
    CHECK(w[QStringLiteral("mqls")].toInt() == 1);
    CHECK(w[QStringLiteral("accepted_rate")].toDouble() == 1.0);
    CHECK(w[QStringLiteral("missed_customers")].toInt() == 0);
    // Accepted {76} vs rejected {10}: J = 1 at 76.
    CHECK(root[QStringLiteral("suggested_threshold")].toInt() == 76);
    // Threshold 80 misses Ann, the only customer.
    const CliResult high = runCli({QStringLiteral("score"), ws, QStringLiteral("--threshold"),
                                   QStringLiteral("80"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(high.out.toUtf8())
              .object()[QStringLiteral("what_if")][QStringLiteral("missed_customers")]
              .toInt() == 1);
}

TEST_CASE("cli: score exit codes") {
    TempDir dir;
    const QString ws = fixtureWorkspace(dir);
    CHECK(runCli({QStringLiteral("score"), ws, QStringLiteral("--threshold"), QStringLiteral("x")}).code ==
          2);
    CHECK(runCli({QStringLiteral("score"), ws, QStringLiteral("--band"), QStringLiteral("0")}).code == 2);
    CHECK(runCli({QStringLiteral("score"), ws, QStringLiteral("--contact"), QStringLiteral("99")}).code == 1);
    CHECK(runCli({QStringLiteral("score")}).code == 2);
    CHECK(runCli({QStringLiteral("score"), ws}).code == 0);
}

TEST_CASE("cli: score --save-model replaces the model (logged) and --print-model shows it") {
    TempDir dir;
    const QString ws = fixtureWorkspace(dir);
    const CliResult printed = runCli({QStringLiteral("score"), ws, QStringLiteral("--print-model")});
    REQUIRE(printed.code == 0);
    QJsonObject model = QJsonDocument::fromJson(printed.out.toUtf8()).object();
    CHECK(model[QStringLiteral("threshold")].toInt() == 50);
    model[QStringLiteral("threshold")] = 70;
    const QString file = dir.path(QStringLiteral("model.json"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(model).toJson());
    }
    const CliResult saved =
        runCli({QStringLiteral("score"), ws, QStringLiteral("--save-model"), file, QStringLiteral("--who"),
                QStringLiteral("Dana"), QStringLiteral("--json")});
    REQUIRE(saved.code == 0);
    // Ann scores 76, so threshold 70 keeps her; the stored threshold is now what is judged.
    CHECK(QJsonDocument::fromJson(saved.out.toUtf8()).object()[QStringLiteral("threshold")].toInt() == 70);
    revalign::Database db(ws, revalign::Database::Mode::ReadOnly);
    revalign::Statement log(
        db, "SELECT who, field, old_value, new_value FROM definition_change WHERE entity = 'scoring'");
    REQUIRE(log.step());
    CHECK(log.text(0) == u"Dana");
    CHECK(log.text(1) == u"threshold");
    CHECK(log.text(2) == u"50");
    CHECK(log.text(3) == u"70");
    CHECK_FALSE(log.step());

    // A broken file is refused, names the file, and changes nothing.
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("{\"fit\": [{\"field\": \"shoe\"}]}");
    }
    const CliResult broken = runCli({QStringLiteral("score"), ws, QStringLiteral("--save-model"), file});
    CHECK(broken.code == 1);
    CHECK(broken.err.startsWith(file));
    CHECK(QJsonDocument::fromJson(
              runCli({QStringLiteral("score"), ws, QStringLiteral("--print-model")}).out.toUtf8())
              .object()[QStringLiteral("threshold")]
              .toInt() == 70);
}
