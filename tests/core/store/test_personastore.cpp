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

// The fixture's SQL spells out, contact by contact, where each must land and why.
QString makeFixture(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("personas.revalign"));
    Workspace ws = Workspace::create(path);
    ws.db().exec(
        test::fileBytes(test::testData(QStringLiteral("personas/classification.sql"))).toStdString());
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
    CHECK(subjects.subjectOfContact(3).title == QStringLiteral("Operations CTO"));
    CHECK(subjects.subjectOfContact(3).industry == QStringLiteral("Retail"));
    CHECK(subjects.subjectOfContact(3).employees == 5000);
    CHECK(subjects.subjectOfContact(3).country == QStringLiteral("US"));
    CHECK(subjects.subjectOfContact(5).industry.isEmpty()); // no account
    CHECK_FALSE(subjects.subjectOfContact(5).employees);
    CHECK(subjects.subjectOfContact(6).title.isEmpty());
    // Contacts 3 and 8 differ (accounts 1 and 4); no two of the eight share a subject, so 8 distinct.
    CHECK(subjects.distinct.size() == 8);
    CHECK(subjects.weights == std::vector<qint64>(8, 1));
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
        PersonaStore::countMatches(DefinitionStore(ws.db()).personas(), store.loadSubjects());
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
    CHECK(DefinitionStore(ws.db()).changeLog().empty());
}

TEST_CASE("contacts with the same subject are classified once and counted with their weight") {
    TempDir dir;
    Workspace ws = Workspace::open(makeFixture(dir));
    // Three more "CTO"s at account 1: the same subject as contact 1 (IT leader).
    ws.db().exec("INSERT INTO contact(id, source, source_id, title, account_id) VALUES "
                 "(9, 't', 'c9', 'CTO', 1), (10, 't', 'c10', 'CTO', 1), (11, 't', 'c11', 'CTO', 1)");
    PersonaStore store(ws.db());
    const ClassificationSubjects subjects = store.loadSubjects();
    CHECK(subjects.size() == 11);
    CHECK(subjects.distinct.size() == 8);
    CHECK(subjects.subjectOf[8] == subjects.subjectOf[0]);
    CHECK(subjects.weights[subjects.subjectOf[0]] == 4);
    // IT leader: contacts 1, 4 and the three new ones = 5.
    const auto counts = PersonaStore::countMatches(DefinitionStore(ws.db()).personas(), subjects);
    CHECK(counts.perPersona == std::vector<qint64>{5, 2, 1, 1});
    CHECK(store.reclassifyAll().counts == counts);
}

TEST_CASE("counting matches stops early when cancelled") {
    const std::vector<Persona> personas{persona("Any", {QStringLiteral("CTO")}, {}, std::nullopt, {})};
    // 10,000 different subjects (sizes 1..10000), one contact each.
    ClassificationSubjects subjects;
    for (int i = 0; i < 10000; ++i) {
        subjects.contactIds.push_back(i + 1);
        subjects.subjectOf.push_back(static_cast<quint32>(i));
        subjects.distinct.push_back(PersonaSubject{QStringLiteral("CTO"), {}, i + 1, {}});
        subjects.weights.push_back(1);
    }
    std::atomic_bool cancel{true};
    const auto counts = PersonaStore::countMatches(personas, subjects, &cancel);
    CHECK(counts.perPersona[0] + counts.none < 10000);
    cancel = false;
    CHECK(PersonaStore::countMatches(personas, subjects, &cancel).perPersona[0] == 10000);
}
