#include "store/definitionstore.h"
#include "store/personastore.h"
#include "store/workspace.h"

#include "testsupport.h"

using namespace revalign;
using revalign::test::TempDir;

namespace {
Persona persona(const char* name, QStringList titles, QStringList industries, std::optional<int> minEmployees,
                QStringList countries) {
    Persona p;
    p.name = QString::fromUtf8(name);
    p.titleKeywords = std::move(titles);
    p.industries = std::move(industries);
    p.minEmployees = minEmployees;
    p.countries = std::move(countries);
    return p;
}

// Four personas in priority order (ties go to the one listed first):
//   1 IT leader   title CIO|CTO, >= 200 employees             (strength 2)
//   2 Ops         title Operations, country TH                 (strength 2)
//   3 Any CTO     title CTO                                    (strength 1)
//   4 Big retail  industry Retail, >= 1000 employees           (strength 2)
// Accounts: 1 Software/500/TH, 2 Retail/5000/US, 3 Retail/50/TH, 4 Retail/2000/TH.
// Contacts and where they must land:
//   1 "CTO" @1                 IT leader (2) beats Any CTO (1)                     -> IT leader
//   2 "CTO" @3                 IT leader out (50 < 200), Big retail out            -> Any CTO
//   3 "Head of Operations" @1  Ops (2)                                             -> Ops
//   4 "Operations CTO" @2      IT leader 2 = Big retail 2 (Ops out: US); tie, first -> IT leader
//   5 "Buyer" @2               Big retail (2)                                      -> Big retail
//   6 "Director", no account   nothing (stored as IT leader before: must be cleared) -> none
//   7 no title @3              Big retail out (50 < 1000)                          -> none
//   8 "Head of Operations" @4  Ops 2 = Big retail 2; tie, Ops listed first         -> Ops
// Totals: IT leader 2, Ops 2, Any CTO 1, Big retail 1, none 2 (= 8 contacts).
QString makeFixture(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("personas.revalign"));
    Workspace ws = Workspace::create(path);
    DefinitionStore defs(ws.db());
    const QString who = QStringLiteral("fixture");
    defs.savePersona(persona("IT leader", {QStringLiteral("CIO"), QStringLiteral("CTO")}, {}, 200, {}), who,
                     {});
    defs.savePersona(persona("Ops", {QStringLiteral("Operations")}, {}, std::nullopt, {QStringLiteral("TH")}),
                     who, {});
    defs.savePersona(persona("Any CTO", {QStringLiteral("CTO")}, {}, std::nullopt, {}), who, {});
    defs.savePersona(persona("Big retail", {}, {QStringLiteral("Retail")}, 1000, {}), who, {});
    ws.db().exec("INSERT INTO account(id, source, source_id, industry, employees, country) VALUES "
                 "(1, 't', 'a1', 'Software', 500, 'TH'), (2, 't', 'a2', 'Retail', 5000, 'US'), "
                 "(3, 't', 'a3', 'retail', 50, 'th'), (4, 't', 'a4', 'Retail', 2000, 'TH')");
    ws.db().exec("INSERT INTO contact(id, source, source_id, title, account_id, persona_id) VALUES "
                 "(1, 't', 'c1', 'CTO', 1, NULL), (2, 't', 'c2', 'CTO', 3, NULL), "
                 "(3, 't', 'c3', 'Head of Operations', 1, NULL), (4, 't', 'c4', 'Operations CTO', 2, NULL), "
                 "(5, 't', 'c5', 'Buyer', 2, NULL), (6, 't', 'c6', 'Director', NULL, 1), "
                 "(7, 't', 'c7', NULL, 3, NULL), (8, 't', 'c8', 'Head of Operations', 4, NULL)");
    return path;
}

std::map<qint64, qint64> personaIdByContact(Database& db) {
    std::map<qint64, qint64> out;
    Statement st(db, "SELECT id, coalesce(persona_id, 0) FROM contact");
    while (st.step())
        out[st.int64(0)] = st.int64(1);
    return out;
}
} // namespace

TEST_CASE("persona store loads every contact's subject with its account's industry, size and country") {
    TempDir dir;
    Workspace ws = Workspace::open(makeFixture(dir));
    const ClassificationSubjects subjects = PersonaStore(ws.db()).loadSubjects();
    REQUIRE(subjects.size() == 8);
    CHECK(subjects.contactIds == std::vector<qint64>{1, 2, 3, 4, 5, 6, 7, 8});
    CHECK(subjects.subjects[3].title == QStringLiteral("Operations CTO"));
    CHECK(subjects.subjects[3].industry == QStringLiteral("Retail"));
    CHECK(subjects.subjects[3].employees == 5000);
    CHECK(subjects.subjects[3].country == QStringLiteral("US"));
    CHECK(subjects.subjects[5].industry.isEmpty()); // no account
    CHECK_FALSE(subjects.subjects[5].employees);
    CHECK(subjects.subjects[6].title.isEmpty());
}

TEST_CASE("re-classifying writes each contact's best persona, ties to the first listed, none as NULL") {
    TempDir dir;
    Workspace ws = Workspace::open(makeFixture(dir));
    PersonaStore store(ws.db());
    qint64 lastDone = -1;
    const ReclassifyResult result = store.reclassifyAll([&](qint64 done, qint64 total) {
        CHECK(total == 8);
        lastDone = done;
        return true;
    });
    CHECK(lastDone == 8);
    CHECK(result.counts.perPersona == std::vector<qint64>{2, 2, 1, 1});
    CHECK(result.counts.none == 2);
    // Contacts 1-5 and 8 got a persona (6 changes); 6 lost its stale one (1 change); 7 stays NULL.
    CHECK(result.changed == 7);
    // Persona ids follow insertion order: IT leader 1, Ops 2, Any CTO 3, Big retail 4.
    const std::map<qint64, qint64> expected{{1, 1}, {2, 3}, {3, 2}, {4, 1}, {5, 4}, {6, 0}, {7, 0}, {8, 2}};
    CHECK(personaIdByContact(ws.db()) == expected);
    const auto stored = store.storedCounts();
    CHECK(stored.at(PersonaId{}) == 2);
    CHECK(stored.at(PersonaId{1}) == 2);

    // The in-memory preview agrees with what was written.
    const auto preview =
        PersonaStore::countMatches(DefinitionStore(ws.db()).personas(), store.loadSubjects().subjects);
    CHECK(preview == result.counts);
    // Running again changes nothing.
    CHECK(store.reclassifyAll().changed == 0);
}

TEST_CASE("saving a persona re-classifies in the same transaction and logs who changed it") {
    TempDir dir;
    Workspace ws = Workspace::open(makeFixture(dir));
    PersonaStore store(ws.db());
    store.reclassifyAll();
    DefinitionStore defs(ws.db());

    // "Directors" (title Director) takes contact 6 out of "none": none 2 -> 1.
    ReclassifyResult result;
    const PersonaId id = store.savePersonaAndReclassify(
        persona("Directors", {QStringLiteral("Director")}, {}, std::nullopt, {}), QStringLiteral("ann"),
        QStringLiteral("agreed in sync"), {}, &result);
    CHECK(id == PersonaId{5});
    CHECK(result.counts.perPersona == std::vector<qint64>{2, 2, 1, 1, 1});
    CHECK(result.counts.none == 1);
    CHECK(result.changed == 1);
    CHECK(personaIdByContact(ws.db()).at(6) == 5);
    const auto log = defs.changeLog();
    REQUIRE_FALSE(log.empty());
    CHECK(log.front().who == QStringLiteral("ann"));
    CHECK(log.front().note == QStringLiteral("agreed in sync"));
    CHECK(log.front().field == QStringLiteral("created"));

    // Removing "IT leader" moves contact 1 to Any CTO (3) and contact 4 to Big retail (4).
    store.removePersonaAndReclassify(PersonaId{1}, QStringLiteral("bob"), {}, {}, &result);
    CHECK(result.counts.perPersona == std::vector<qint64>{2, 2, 2, 1}); // Ops, Any CTO, Big retail, Directors
    CHECK(result.counts.none == 1);
    CHECK(personaIdByContact(ws.db()).at(1) == 3);
    CHECK(personaIdByContact(ws.db()).at(4) == 4);
}

TEST_CASE("a cancelled re-classification leaves the persona and every contact as they were") {
    TempDir dir;
    const QString path = makeFixture(dir);
    Workspace ws = Workspace::open(path);
    PersonaStore store(ws.db());
    const auto before = personaIdByContact(ws.db());
    const auto personasBefore = DefinitionStore(ws.db()).personas();
    CHECK_THROWS_WITH(store.savePersonaAndReclassify(
                          persona("Directors", {QStringLiteral("Director")}, {}, std::nullopt, {}),
                          QStringLiteral("ann"), {}, [](qint64, qint64) { return false; }),
                      Catch::Contains("cancelled"));
    CHECK(personaIdByContact(ws.db()) == before);
    CHECK(DefinitionStore(ws.db()).personas() == personasBefore);
    CHECK(DefinitionStore(ws.db()).changeLog().size() == 4); // the fixture's four "created" entries only
}

TEST_CASE("counting matches stops early when cancelled") {
    const std::vector<Persona> personas{persona("Any", {QStringLiteral("CTO")}, {}, std::nullopt, {})};
    const std::vector<PersonaSubject> subjects(10000, PersonaSubject{QStringLiteral("CTO"), {}, {}, {}});
    std::atomic_bool cancel{true};
    const auto counts = PersonaStore::countMatches(personas, subjects, &cancel);
    CHECK(counts.perPersona[0] + counts.none < 10000);
    cancel = false;
    CHECK(PersonaStore::countMatches(personas, subjects, &cancel).perPersona[0] == 10000);
}
