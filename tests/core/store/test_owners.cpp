// Issue 11 point 6: owners with a hierarchy. A Salesforce User export (API names or report labels) or a
// sales-team list gives owners their name, role, team, manager and region; owners that other files named
// by CRM user id (Salesforce OwnerId) are those users.
#include "../import/importtesthelpers.h"

#include "store/definitionstore.h"
#include "store/importstore.h"

using namespace revalign;
using namespace revalign::test;

namespace {
using Fresh = FreshWorkspace;

QString managerOf(Workspace& ws, const char* name) {
    Statement st(ws.db(), "SELECT coalesce(m.name, '') FROM owner o LEFT JOIN owner m ON m.id = o.manager_id "
                          "WHERE o.name = ?");
    st.bind(1, std::string_view(name));
    REQUIRE(st.step());
    return st.text(0);
}

QString column(Workspace& ws, const char* name, const char* col) {
    Statement st(ws.db(), std::string("SELECT coalesce(") + col + ", '') FROM owner WHERE name = ?");
    st.bind(1, std::string_view(name));
    REQUIRE(st.step());
    return st.text(0);
}
} // namespace

TEST_CASE("owners: a Salesforce User export gives owners their role, team, manager and region") {
    const char* file = GENERATE("salesforce-users-api.csv", "salesforce-users-report.csv");
    INFO(file);
    Fresh f;
    const ImportResult r = importOne(f.ws, importFixture(file));
    CHECK(r.profile == u"salesforce-users");
    CHECK(r.counts.invalid == 0);
    const bool api = QString::fromLatin1(file).contains(u"api");
    // API export: 6 users (Sid Dev's manager Ann Exec comes later in the file); report: 4 users
    CHECK(r.counts.added == (api ? 6 : 4));
    CHECK(scalar(f.ws, "SELECT count(*) FROM owner") == (api ? 6 : 4));
    CHECK(managerOf(f.ws, "Vic Vp") == u"Cora Ceo");
    CHECK(managerOf(f.ws, "Ann Exec") == u"Vic Vp");
    CHECK(managerOf(f.ws, "Cora Ceo").isEmpty());
    CHECK(column(f.ws, "Bo Rep", "region") == u"APAC"); // Division
    // "VP, North American Sales" and "Western Sales Team" are the sample org's sales roles: ae
    CHECK(column(f.ws, "Vic Vp", "role") == u"ae");
    CHECK(column(f.ws, "Vic Vp", "team") == u"sales");
    CHECK(column(f.ws, "Ann Exec", "title") == u"Account Executive");
    if (api) {
        CHECK(managerOf(f.ws, "Sid Dev") == u"Ann Exec");
        CHECK(column(f.ws, "Ann Exec", "source_id") == u"005A0000001AE1");
        // "Marketing Team" is demand generation, on the marketing team
        CHECK(column(f.ws, "Mia Mkt", "role") == u"demand_gen");
        CHECK(column(f.ws, "Mia Mkt", "team") == u"marketing");
        // "Regional Desk 7" is no RevAlign role: the default role, the team from its department ("Inside
        // Sales"), its title kept ("SDR"); named in the notes with "CEO" (Cora's role)
        CHECK(column(f.ws, "Sid Dev", "role") == u"ae");
        CHECK(column(f.ws, "Sid Dev", "team") == u"sales");
        CHECK(column(f.ws, "Sid Dev", "title") == u"SDR");
        REQUIRE(r.findings.notes.size() == 2);
        CHECK(r.findings.notes[0].contains(QStringLiteral("'CEO'")));
        CHECK(r.findings.notes[1].contains(QStringLiteral("'Regional Desk 7'")));
    }
    // Importing it again changes nothing.
    const ImportResult again = importOne(f.ws, importFixture(file));
    CHECK(again.counts.added + again.counts.updated == 0);
}

TEST_CASE("owners: deals that name owners by user id get the users' names, whichever file comes first") {
    struct Case {
        bool oneImport;
        bool usersFirst;
    };
    const Case c = GENERATE(values<Case>({{true, false}, {true, true}, {false, false}, {false, true}}));
    INFO("one import " << c.oneImport << ", users first " << c.usersFirst);
    Fresh f;
    const QString users = importFixture("salesforce-users-api.csv");
    const QString deals = importFixture("salesforce-opportunities-owned.csv");
    const QStringList order = c.usersFirst ? QStringList{users, deals} : QStringList{deals, users};
    if (c.oneImport) {
        importFiles(f.ws, order, {});
    } else {
        for (const QString& file : order)
            importOne(f.ws, file);
    }
    requireReferencesHold(f.ws);
    // 4 deals owned by 005…AE1 (Ann), AE2 (Bo), VPS (Vic), MK1 (Mia): no owner is left known only by id
    CHECK(scalar(f.ws, "SELECT count(*) FROM owner") == 6);
    CHECK(scalar(f.ws, "SELECT count(*) FROM owner WHERE name = source_id") == 0);
    CHECK(text(f.ws, "SELECT o.name FROM opportunity d JOIN owner o ON o.id = d.owner_id WHERE d.source_id = "
                     "'006O1'") == u"Ann Exec");
    CHECK(text(f.ws, "SELECT o.name FROM opportunity d JOIN owner o ON o.id = d.owner_id WHERE d.source_id = "
                     "'006O4'") == u"Mia Mkt");
}

TEST_CASE("owners: a sales-team list imports with its managers and offices") {
    Fresh f;
    const ImportResult r = importOne(f.ws, importFixture("sales-teams.csv"));
    CHECK(r.profile == u"generic-owners");
    // 7 sales agents; their 4 managers are nobody's sales_agent and are created on first sight: 11 owners
    CHECK(r.counts.added == 7);
    CHECK(scalar(f.ws, "SELECT count(*) FROM owner") == 11);
    CHECK(scalar(f.ws, "SELECT count(*) FROM owner o JOIN owner m ON m.id = o.manager_id WHERE m.name = "
                       "'Dustin Brinkmann'") == 3);
    CHECK(scalar(f.ws, "SELECT count(*) FROM owner WHERE region = 'East'") == 3);
    CHECK(column(f.ws, "Anna Snelling", "team") == u"sales");
}

TEST_CASE("owners: an owner known only by id merges into the owner of that name, undo splits them again") {
    Fresh f;
    TempDir dir;
    const QString named = dir.path(QStringLiteral("named.csv"));
    writeFile(named, "name,region\nAnn Exec,Nordics\n");
    importOne(f.ws, named);                                               // Ann Exec, by name
    importOne(f.ws, importFixture("salesforce-opportunities-owned.csv")); // 4 owners by id
    CHECK(scalar(f.ws, "SELECT count(*) FROM owner") == 5);
    const QByteArray before = f.digest();
    importOne(f.ws, importFixture("salesforce-users-api.csv"));
    // 005…AE1 is Ann Exec: its deal moves to her and the id-only owner goes (6 users, not 7)
    CHECK(scalar(f.ws, "SELECT count(*) FROM owner") == 6);
    CHECK(text(f.ws, "SELECT o.name FROM opportunity d JOIN owner o ON o.id = d.owner_id WHERE d.source_id = "
                     "'006O1'") == u"Ann Exec");
    CHECK(column(f.ws, "Ann Exec", "source_id") == u"005A0000001AE1");
    CHECK(column(f.ws, "Ann Exec", "region") == u"EMEA"); // the User export's Division replaces 'Nordics'
    requireReferencesHold(f.ws);
    REQUIRE(ImportStore(f.ws.db()).undoLastBatch());
    requireReferencesHold(f.ws);
    CHECK(f.digest() == before);
}
