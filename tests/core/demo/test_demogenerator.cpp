#include "demo/businessclock.h"
#include "demo/demogenerator.h"
#include "domain/account.h"
#include "domain/persona.h"
#include "store/database.h"
#include "store/definitionstore.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QFile>

using namespace revalign;
using revalign::test::TempDir;

namespace {
qint64 scalar(Database& db, std::string_view sql) {
    Statement st(db, sql);
    REQUIRE(st.step());
    return st.int64(0);
}

double ratio(Database& db, std::string_view sql) {
    Statement st(db, sql);
    REQUIRE(st.step());
    return st.real(0);
}

// One workspace of 4,000 contacts shared by the invariant checks (generated once per test run).
const QString& sample() {
    static TempDir dir;
    static const QString path = [] {
        const QString p = dir.path(QStringLiteral("sample.revalign"));
        generateDemoWorkspace(p, {4000, 11, QDate(2026, 6, 30)});
        return p;
    }();
    return path;
}

constexpr std::string_view kAcceptance =
    "SELECT sum(handoff_status = 'accepted') * 1.0 / sum(handoff_status IN ('accepted', 'rejected')) "
    "FROM contact";
} // namespace

TEST_CASE("demo: the same seed and options give the same workspace, another seed does not") {
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.revalign"));
    const QString b = dir.path(QStringLiteral("b.revalign"));
    const QString c = dir.path(QStringLiteral("c.revalign"));
    const DemoSummary sa = generateDemoWorkspace(a, {2000, 3, QDate(2026, 3, 31)});
    const DemoSummary sb = generateDemoWorkspace(b, {2000, 3, QDate(2026, 3, 31)});
    generateDemoWorkspace(c, {2000, 4, QDate(2026, 3, 31)});
    CHECK(sa == sb);
    CHECK(test::workspaceContentDigest(a) == test::workspaceContentDigest(b));
    CHECK(test::workspaceContentDigest(a) != test::workspaceContentDigest(c));

    const auto totals = [](const QString& path) {
        Workspace ws = Workspace::open(path);
        std::vector<qint64> out;
        for (const char* sql :
             {"SELECT count(*) FROM touchpoint", "SELECT count(*) FROM contact_stage",
              "SELECT count(*) FROM opportunity", "SELECT sum(amount_cents) FROM opportunity",
              "SELECT sum(cost_cents) FROM campaign", "SELECT sum(entered_at) FROM contact_stage",
              "SELECT count(*) FROM contact_stage WHERE stage_id = "
              "(SELECT id FROM funnel_stage WHERE key = 'mql')"})
            out.push_back(scalar(ws.db(), sql));
        return out;
    };
    const auto ta = totals(a);
    CHECK(ta == totals(b));
    const auto tc = totals(c);
    CHECK(ta[3] != tc[3]); // the amounts differ with the seed
    CHECK(ta[5] != tc[5]); // and so do the stage dates
    CHECK(sa.touchpoints == ta[0]);
    CHECK(sa.amountCents == ta[3]);
}

TEST_CASE("demo: stage dates never go backwards along the funnel and the handoff is consistent") {
    Workspace ws = Workspace::open(sample());
    Database& db = ws.db();
    CHECK(scalar(db, "SELECT count(*) FROM contact") == 4000);
    CHECK(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    CHECK(db.pragmaInt("foreign_keys") == 1);
    Statement journal(db, "PRAGMA journal_mode");
    REQUIRE(journal.step());
    CHECK(journal.text(0) == QStringLiteral("wal")); // the bulk-load settings were put back
    CHECK(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'contact_email'") == 0); // migration 5
    CHECK(
        scalar(
            db,
            "SELECT count(*) FROM contact_stage a JOIN funnel_stage fa ON fa.id = a.stage_id "
            "JOIN contact_stage b ON b.contact_id = a.contact_id JOIN funnel_stage fb ON fb.id = b.stage_id "
            "WHERE fa.position < fb.position AND a.entered_at > b.entered_at") == 0);
    // Everybody is a lead; stages are skipped (BDR outbound goes to SQL without MQL or SAL).
    CHECK(scalar(db,
                 "SELECT count(*) FROM contact c WHERE NOT EXISTS (SELECT 1 FROM contact_stage s "
                 "JOIN funnel_stage f ON f.id = s.stage_id AND f.key = 'lead' WHERE s.contact_id = c.id)") ==
          0);
    CHECK(
        scalar(db,
               "SELECT count(*) FROM contact c WHERE channel = 'Outbound (BDR)' AND "
               "EXISTS (SELECT 1 FROM contact_stage s JOIN funnel_stage f ON f.id = s.stage_id AND f.key = "
               "'sql' "
               "WHERE s.contact_id = c.id) AND NOT EXISTS (SELECT 1 FROM contact_stage s JOIN funnel_stage f "
               "ON f.id = s.stage_id AND f.key = 'mql' WHERE s.contact_id = c.id)") > 0);
    const auto stage = [](const char* key) {
        return std::string(
                   "(SELECT s.entered_at FROM contact_stage s JOIN funnel_stage f ON f.id = s.stage_id "
                   "AND f.key = '") +
               key + "' WHERE s.contact_id = c.id)";
    };
    const auto count = [&](const std::string& where) {
        return scalar(db, "SELECT count(*) FROM contact c WHERE " + where);
    };
    CHECK(count("handoff_status = 'rejected' AND " + stage("sal") + " IS NOT NULL") == 0);
    CHECK(count("handoff_status = 'rejected' AND (rejection_reason IS NULL OR handoff_decided_at IS NULL)") ==
          0);
    CHECK(count("handoff_status = 'accepted' AND " + stage("sal") + " IS NOT handoff_decided_at") == 0);
    CHECK(count("handoff_status <> 'none' AND " + stage("mql") + " IS NULL") == 0);
    CHECK(count("handoff_status = 'none' AND " + stage("mql") + " IS NOT NULL") == 0);
    CHECK(count("handoff_status = 'pending' AND (handoff_decided_at IS NOT NULL OR " + stage("sal") +
                " IS NOT NULL)") == 0);
    CHECK(count("first_sales_touch_at < " + stage("mql")) == 0);
    CHECK(count("handoff_decided_at < first_sales_touch_at") == 0);
    CHECK(count("handoff_status = 'pending'") > 0);
    CHECK(scalar(db, "SELECT count(DISTINCT rejection_reason) FROM contact") == 7);
    const double acceptance = ratio(db, kAcceptance);
    CHECK(acceptance > 0.38);
    CHECK(acceptance < 0.50);
}

TEST_CASE("demo: opportunities belong to contacts that reached the stage, won deals make customers") {
    Workspace ws = Workspace::open(sample());
    Database& db = ws.db();
    const auto withStage = [](const char* key) {
        return std::string(
                   "EXISTS (SELECT 1 FROM contact_stage s JOIN funnel_stage f ON f.id = s.stage_id AND "
                   "f.key = '") +
               key + "' WHERE s.contact_id = o.contact_id)";
    };
    CHECK(scalar(db, "SELECT count(*) FROM opportunity") > 100);
    CHECK(scalar(db, "SELECT count(*) FROM opportunity o WHERE NOT " + withStage("opportunity")) == 0);
    CHECK(scalar(db, "SELECT count(*) FROM opportunity o WHERE is_won = 1 AND NOT " +
                         withStage("customer")) == 0);
    CHECK(scalar(db, "SELECT count(*) FROM opportunity o WHERE is_won = 0 AND " + withStage("customer")) ==
          0);
    CHECK(scalar(db, "SELECT count(*) FROM contact_stage s JOIN funnel_stage f ON f.id = s.stage_id AND "
                     "f.key = 'customer' WHERE NOT EXISTS (SELECT 1 FROM opportunity o WHERE o.contact_id = "
                     "s.contact_id AND o.is_won = 1)") == 0);
    CHECK(scalar(db,
                 "SELECT count(*) FROM contact_stage s JOIN funnel_stage f ON f.id = s.stage_id AND "
                 "f.key = 'opportunity' WHERE NOT EXISTS (SELECT 1 FROM opportunity o WHERE o.contact_id = "
                 "s.contact_id)") == 0);
    // Stage name, probability and forecast category come from the workspace's deal stages.
    CHECK(scalar(db, "SELECT count(*) FROM opportunity o LEFT JOIN deal_stage d ON d.name = o.stage WHERE "
                     "d.name IS NULL OR d.probability <> o.probability OR d.forecast_category <> "
                     "o.forecast_category OR d.is_closed <> o.is_closed OR d.is_won <> o.is_won") == 0);
    CHECK(scalar(db, "SELECT count(DISTINCT forecast_category) FROM opportunity") == 5);
    CHECK(scalar(db, "SELECT count(*) FROM opportunity WHERE is_closed = 0 AND close_date <= '2026-06-30'") ==
          0);
    CHECK(scalar(db, "SELECT count(*) FROM opportunity WHERE is_closed = 0") > 10);
    CHECK(scalar(db, "SELECT count(*) FROM opportunity WHERE amount_cents <= 0 OR amount_cents % 100 <> 0") ==
          0);
    CHECK(scalar(db,
                 "SELECT count(*) FROM opportunity o JOIN contact c ON c.id = o.contact_id WHERE "
                 "o.sourced_by <> CASE c.channel WHEN 'Outbound (BDR)' THEN 'sales' WHEN 'Partner Referral' "
                 "THEN 'partner' ELSE 'marketing' END") == 0);
    CHECK(
        scalar(db,
               "SELECT count(*) FROM opportunity o JOIN owner w ON w.id = o.owner_id WHERE w.role <> 'ae'") ==
        0);
    const double winRate = ratio(db, "SELECT sum(is_won) * 1.0 / sum(is_closed) FROM opportunity");
    CHECK(winRate > 0.2);
    CHECK(winRate < 0.3);
}

TEST_CASE("demo: each contact's persona is what classify() says over the stored personas") {
    Workspace ws = Workspace::open(sample());
    DefinitionStore defs(ws.db());
    const std::vector<Persona> personas = defs.personas();
    REQUIRE(personas.size() == 4);
    Statement st(ws.db(), "SELECT c.title, a.industry, a.employees, a.country, c.persona_id, a.segment "
                          "FROM contact c JOIN account a ON a.id = c.account_id");
    int contacts = 0;
    int outside = 0;
    int mismatches = 0;
    int badSegments = 0;
    while (st.step()) {
        const PersonaSubject subject{st.text(0), st.text(1), st.int32(2), st.text(3)};
        const auto found = classify(personas, subject);
        const qint64 expected = found ? personas[*found].id.value() : 0;
        mismatches += (st.isNull(4) ? 0 : st.int64(4)) != expected ? 1 : 0;
        outside += found ? 0 : 1;
        badSegments += st.text(5) != segmentForEmployees(st.int32(2)) ? 1 : 0;
        ++contacts;
    }
    CHECK(contacts == 4000);
    CHECK(mismatches == 0);
    CHECK(badSegments == 0);
    CHECK(outside > contacts * 0.12); // off-persona contacts are a signal the dashboards show
    CHECK(outside < contacts * 0.25);
    // Personas overlap: some titles hit the keywords of two personas.
    CHECK(scalar(ws.db(), "SELECT count(*) FROM contact WHERE title = 'Head of Data & Technology'") > 0);
}

TEST_CASE("demo: owners in every role, enough channels and campaigns, about five touches per contact") {
    Workspace ws = Workspace::open(sample());
    Database& db = ws.db();
    CHECK(scalar(db, "SELECT count(DISTINCT role) FROM owner") == 8);
    CHECK(scalar(db, "SELECT count(DISTINCT channel) FROM contact") >= 6);
    CHECK(scalar(db, "SELECT count(*) FROM campaign WHERE cost_cents > 0 AND start_date <= end_date") >= 12);
    const double perContact =
        ratio(db, "SELECT count(*) * 1.0 / (SELECT count(*) FROM contact) FROM touchpoint");
    CHECK(perContact > 4.0);
    CHECK(perContact < 6.0);
    // The team of a touch follows its kind; sales and marketing touches are interleaved.
    CHECK(scalar(db,
                 "SELECT count(*) FROM touchpoint WHERE team <> CASE WHEN kind IN ('call', 'sales_email', "
                 "'meeting', 'demo') THEN 'sales' ELSE 'marketing' END") == 0);
    CHECK(scalar(db, "SELECT count(DISTINCT kind) FROM touchpoint") >= 9);
    CHECK(scalar(db,
                 "SELECT count(*) FROM touchpoint WHERE occurred_at > (SELECT max(created_at) FROM contact) "
                 "+ 86400") == 0);
    // Every MQL's first sales touch is a logged touchpoint.
    CHECK(scalar(db, "SELECT count(*) FROM contact c WHERE first_sales_touch_at IS NOT NULL AND NOT EXISTS "
                     "(SELECT 1 FROM touchpoint t WHERE t.contact_id = c.id AND t.occurred_at = "
                     "c.first_sales_touch_at AND t.team = 'sales')") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM holiday") >= 6);
    CHECK(ws.settings().name == QStringLiteral("Northwind Analytics (demo)"));
    CHECK(scalar(db, "SELECT count(*) FROM kpi_target WHERE value > 0") >= 40);
    // A monthly leads target near last year's pace: 4,000 contacts over 24 months is ~167 a month.
    const double monthlyLeads =
        ratio(db, "SELECT value FROM kpi_target WHERE kpi_key = 'leads_created' AND period = 'month'");
    CHECK(monthlyLeads > 120);
    CHECK(monthlyLeads < 320);
}

TEST_CASE("demo: first sales touches fall in business hours, mostly within the 24-hour SLA") {
    Workspace ws = Workspace::open(sample());
    const demo::BusinessClock clock(demo::daysFromDate(QDate(2024, 1, 1)),
                                    demo::daysFromDate(QDate(2027, 12, 31)), ws.settings().calendar.holidays);
    Statement st(ws.db(),
                 "SELECT s.entered_at, c.first_sales_touch_at FROM contact c JOIN contact_stage s ON "
                 "s.contact_id = c.id JOIN funnel_stage f ON f.id = s.stage_id AND f.key = 'mql' "
                 "WHERE c.first_sales_touch_at IS NOT NULL");
    int touched = 0;
    int withinSla = 0;
    int outsideHours = 0;
    while (st.step()) {
        const qint64 touch = st.int64(1);
        ++touched;
        withinSla += touch <= clock.addBusinessHours(st.int64(0), 24.0) ? 1 : 0;
        const qint64 day = demo::BusinessClock::localDay(touch);
        const qint64 second = touch - demo::BusinessClock::utcAt(day, 0);
        outsideHours += !clock.isBusinessDay(day) || second < demo::BusinessClock::kDayStart ||
                                second > demo::BusinessClock::kDayEnd
                            ? 1
                            : 0;
    }
    REQUIRE(touched > 500);
    CHECK(outsideHours == 0);
    CHECK(withinSla > touched * 0.8);  // mostly within the SLA...
    CHECK(withinSla < touched * 0.97); // ...with a tail beyond it
}

TEST_CASE("demo: at the default size acceptance is near 44% and differs clearly by channel over time") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("default.revalign"));
    generateDemoWorkspace(path, {20000, 1, QDate(2026, 11, 26)});
    Workspace ws = Workspace::open(path);
    Database& db = ws.db();
    const double acceptance = ratio(db, kAcceptance);
    CHECK(acceptance > 0.38);
    CHECK(acceptance < 0.50);
    const auto channelAcceptance = [&](const char* channel, const char* from, const char* to) {
        // Built with QString: GCC 12 reports a false -Warray-bounds on long std::string + chains.
        const QString sql = QStringLiteral("%1 WHERE channel = '%2' AND created_at >= strftime('%s', '%3') "
                                           "AND created_at < strftime('%s', '%4')")
                                .arg(QString::fromLatin1(kAcceptance), QString::fromLatin1(channel),
                                     QString::fromLatin1(from), QString::fromLatin1(to));
        return ratio(db, sql.toStdString());
    };
    const double socialEarly = channelAcceptance("Paid Social", "2024-11-27", "2025-11-27");
    const double socialLate = channelAcceptance("Paid Social", "2025-11-27", "2026-11-27");
    CHECK(socialLate < socialEarly - 0.08); // the argument the teams should have
    CHECK(socialLate < channelAcceptance("Events", "2024-01-01", "2027-01-01") - 0.2);
    CHECK(socialLate < channelAcceptance("Partner Referral", "2024-01-01", "2027-01-01") - 0.2);
    const auto leads = [&](const char* from, const char* to) {
        return scalar(db,
                      std::string("SELECT count(*) FROM contact WHERE channel = 'Paid Social' AND created_at "
                                  ">= strftime('%s', '") +
                          from + "') AND created_at < strftime('%s', '" + to + "')");
    };
    CHECK(leads("2025-11-27", "2026-11-27") > 1.5 * leads("2024-11-27", "2025-11-27"));
    // Seasonality: October beats August in both years.
    const auto month = [&](const char* ym) {
        return scalar(
            db, std::string("SELECT count(*) FROM contact WHERE strftime('%Y-%m', created_at, 'unixepoch') "
                            "= '") +
                    ym + "'");
    };
    CHECK(month("2025-10") > 1.5 * month("2025-08"));
    CHECK(month("2026-10") > 1.5 * month("2026-08"));
}

TEST_CASE("demo: tiny workspaces work") {
    const int contacts = GENERATE(1, 10);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("tiny.revalign"));
    const DemoSummary s = generateDemoWorkspace(path, {contacts, 9, QDate(2025, 1, 31)});
    CHECK(s.contacts == contacts);
    CHECK(s.accounts >= 1);
    Workspace ws = Workspace::open(path);
    CHECK(scalar(ws.db(), "SELECT count(*) FROM contact") == contacts);
    CHECK(scalar(ws.db(), "SELECT count(*) FROM contact WHERE account_id NOT IN (SELECT id FROM account)") ==
          0);
    CHECK(scalar(ws.db(), "SELECT count(*) FROM pragma_foreign_key_check") == 0);
}

TEST_CASE("demo: refuses an existing file and leaves nothing behind when it cannot write") {
    TempDir dir;
    const QString existing = dir.path(QStringLiteral("existing.revalign"));
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    CHECK_THROWS_AS(generateDemoWorkspace(existing, {10, 1, QDate(2026, 1, 1)}), Error);
    CHECK(test::fileBytes(existing) == QByteArray("keep me"));
    const QString unwritable = dir.path(QStringLiteral("no/such/folder/demo.revalign"));
    CHECK_THROWS_AS(generateDemoWorkspace(unwritable, {10, 1, QDate(2026, 1, 1)}), Error);
    CHECK_FALSE(QFile::exists(unwritable));
}
