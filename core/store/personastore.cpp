#include "store/personastore.h"

#include "store/database.h"
#include "store/definitionstore.h"

#include <QHash>

namespace revalign {

namespace {
constexpr qint64 kProgressEvery = 20000;

// A subject as a hash key. Real exports repeat titles, industries, sizes and countries a lot, so a
// million contacts usually come down to far fewer different subjects.
struct SubjectKey {
    PersonaSubject subject;
    friend bool operator==(const SubjectKey& a, const SubjectKey& b) {
        return a.subject.employees == b.subject.employees && a.subject.title == b.subject.title &&
               a.subject.industry == b.subject.industry && a.subject.country == b.subject.country;
    }
    friend size_t qHash(const SubjectKey& k, size_t seed = 0) {
        return qHashMulti(seed, k.subject.title, k.subject.industry, k.subject.employees.value_or(-1),
                          k.subject.country);
    }
};

Error cancelled() {
    return Error(QStringLiteral("re-classifying contacts was cancelled; nothing was changed"));
}
} // namespace

ClassificationSubjects PersonaStore::loadSubjects(const std::atomic_bool* cancel,
                                                  std::vector<qint64>* storedPersona) {
    ClassificationSubjects out;
    Statement count(m_db, "SELECT count(*) FROM contact");
    count.step();
    const auto total = static_cast<size_t>(count.int64(0));
    out.contactIds.reserve(total);
    out.subjectOf.reserve(total);
    if (storedPersona)
        storedPersona->reserve(total);
    QHash<SubjectKey, quint32> seen;
    Statement st(m_db,
                 "SELECT c.id, c.title, a.industry, a.employees, a.country, c.persona_id FROM contact c "
                 "LEFT JOIN account a ON a.id = c.account_id ORDER BY c.id");
    while (st.step()) {
        if (cancel && (out.contactIds.size() % kProgressEvery) == 0 && cancel->load())
            break;
        SubjectKey key;
        key.subject.title = st.text(1);
        key.subject.industry = st.text(2);
        if (!st.isNull(3))
            key.subject.employees = st.int32(3);
        key.subject.country = st.text(4);
        auto it = seen.find(key);
        if (it == seen.end()) {
            it = seen.insert(key, static_cast<quint32>(out.distinct.size()));
            out.distinct.push_back(key.subject);
            out.weights.push_back(0);
        }
        ++out.weights[*it];
        out.contactIds.push_back(st.int64(0));
        out.subjectOf.push_back(*it);
        if (storedPersona)
            storedPersona->push_back(st.isNull(5) ? 0 : st.int64(5));
    }
    return out;
}

std::map<PersonaId, qint64> PersonaStore::storedCounts() {
    std::map<PersonaId, qint64> out;
    Statement st(m_db, "SELECT persona_id, count(*) FROM contact GROUP BY persona_id");
    while (st.step())
        out[PersonaId{st.isNull(0) ? 0 : st.int64(0)}] += st.int64(1);
    return out;
}

PersonaMatchCounts PersonaStore::countMatches(const std::vector<Persona>& personas,
                                              const ClassificationSubjects& subjects,
                                              const std::atomic_bool* cancel) {
    PersonaMatchCounts counts;
    counts.perPersona.assign(personas.size(), 0);
    for (size_t i = 0; i < subjects.distinct.size(); ++i) {
        if (cancel && (i % 1024) == 0 && cancel->load())
            break;
        if (const auto match = classify(personas, subjects.distinct[i]))
            counts.perPersona[*match] += subjects.weights[i];
        else
            counts.none += subjects.weights[i];
    }
    return counts;
}

ReclassifyResult PersonaStore::writeClassification(const ClassifyProgress& progress) {
    const std::vector<Persona> personas = DefinitionStore(m_db).personas();
    // Read everything first: SQLite does not promise what a SELECT sees of rows updated while it runs.
    std::vector<qint64> stored;
    const ClassificationSubjects subjects = loadSubjects(nullptr, &stored);
    const auto total = static_cast<qint64>(subjects.size());
    if (progress && !progress(0, total))
        throw cancelled();

    // The persona id each different subject gets (0 = none), decided once per subject.
    std::vector<qint64> wanted(subjects.distinct.size(), 0);
    ReclassifyResult result;
    result.counts.perPersona.assign(personas.size(), 0);
    for (size_t i = 0; i < subjects.distinct.size(); ++i) {
        if (const auto match = classify(personas, subjects.distinct[i])) {
            wanted[i] = personas[*match].id.value();
            result.counts.perPersona[*match] += subjects.weights[i];
        } else {
            result.counts.none += subjects.weights[i];
        }
    }

    Statement update(m_db, "UPDATE contact SET persona_id = ? WHERE id = ?");
    for (qint64 done = 0; done < total; ++done) {
        const auto row = static_cast<size_t>(done);
        const qint64 target = wanted[subjects.subjectOf[row]];
        if (target != stored[row]) {
            update.bind(1, target > 0 ? std::optional<qint64>(target) : std::nullopt)
                .bind(2, subjects.contactIds[row])
                .run();
            ++result.changed;
        }
        if (progress && (done + 1) % kProgressEvery == 0 && !progress(done + 1, total))
            throw cancelled();
    }
    if (progress)
        progress(total, total);
    return result;
}

ReclassifyResult PersonaStore::reclassifyAll(const ClassifyProgress& progress) {
    Transaction tx(m_db);
    ReclassifyResult result = writeClassification(progress);
    tx.commit();
    return result;
}

PersonaId PersonaStore::savePersonaAndReclassify(const Persona& persona, const QString& who,
                                                 const QString& note, const ClassifyProgress& progress,
                                                 ReclassifyResult* result) {
    Transaction tx(m_db);
    DefinitionStore(m_db).savePersona(persona, who, note);
    // Read the id back by the (unique) name: DefinitionStore::savePersona returns the last insert rowid,
    // which for a new persona is the change-log row it wrote after the persona.
    Statement idOf(m_db, "SELECT id FROM persona WHERE name = ?");
    idOf.bind(1, persona.name);
    if (!idOf.step())
        throw Error(QStringLiteral("persona '%1' was not saved").arg(persona.name));
    const PersonaId id{idOf.int64(0)};
    ReclassifyResult written = writeClassification(progress);
    tx.commit();
    if (result)
        *result = std::move(written);
    return id;
}

void PersonaStore::removePersonaAndReclassify(PersonaId id, const QString& who, const QString& note,
                                              const ClassifyProgress& progress, ReclassifyResult* result) {
    Transaction tx(m_db);
    DefinitionStore(m_db).removePersona(id, who, note);
    ReclassifyResult written = writeClassification(progress);
    tx.commit();
    if (result)
        *result = std::move(written);
}

} // namespace revalign
