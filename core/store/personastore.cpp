#include "store/personastore.h"

#include "store/database.h"
#include "store/definitionstore.h"

#include <QHash>

namespace revalign {

namespace {
constexpr qint64 kProgressEvery = 20000;

// Contacts share a handful of industries and countries and a few thousand titles; keeping one copy of
// each text (QString is implicitly shared) is what makes a million subjects fit comfortably in memory.
class Interner final {
public:
    QString operator()(const QString& s) {
        if (s.isEmpty())
            return {};
        const auto it = m_seen.constFind(s);
        if (it != m_seen.constEnd())
            return *it;
        m_seen.insert(s, s);
        return s;
    }

private:
    QHash<QString, QString> m_seen;
};

constexpr const char* kSubjectSql =
    "SELECT c.id, c.title, a.industry, a.employees, a.country, c.persona_id FROM contact c "
    "LEFT JOIN account a ON a.id = c.account_id ORDER BY c.id";

PersonaSubject readSubject(const Statement& st, Interner& intern) {
    PersonaSubject s;
    s.title = intern(st.text(1));
    s.industry = intern(st.text(2));
    if (!st.isNull(3))
        s.employees = st.int32(3);
    s.country = intern(st.text(4));
    return s;
}
} // namespace

ClassificationSubjects PersonaStore::loadSubjects(const std::atomic_bool* cancel) {
    ClassificationSubjects out;
    Statement count(m_db, "SELECT count(*) FROM contact");
    count.step();
    const auto total = static_cast<size_t>(count.int64(0));
    out.contactIds.reserve(total);
    out.subjects.reserve(total);
    Interner intern;
    Statement st(m_db, kSubjectSql);
    while (st.step()) {
        if (cancel && (out.subjects.size() % kProgressEvery) == 0 && cancel->load())
            return {};
        out.contactIds.push_back(st.int64(0));
        out.subjects.push_back(readSubject(st, intern));
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
                                              const std::vector<PersonaSubject>& subjects,
                                              const std::atomic_bool* cancel) {
    PersonaMatchCounts counts;
    counts.perPersona.assign(personas.size(), 0);
    for (size_t i = 0; i < subjects.size(); ++i) {
        if (cancel && (i % 4096) == 0 && cancel->load())
            break;
        if (const auto match = classify(personas, subjects[i]))
            ++counts.perPersona[*match];
        else
            ++counts.none;
    }
    return counts;
}

ReclassifyResult PersonaStore::writeClassification(const ClassifyProgress& progress) {
    const std::vector<Persona> personas = DefinitionStore(m_db).personas();
    ReclassifyResult result;
    result.counts.perPersona.assign(personas.size(), 0);

    // Read everything first: SQLite does not promise what a SELECT sees of rows updated while it runs.
    struct Row {
        qint64 id;
        qint64 storedPersona; // 0 = none
        PersonaSubject subject;
    };
    std::vector<Row> rows;
    {
        Interner intern;
        Statement st(m_db, kSubjectSql);
        while (st.step())
            rows.push_back({st.int64(0), st.isNull(5) ? 0 : st.int64(5), readSubject(st, intern)});
    }
    const auto total = static_cast<qint64>(rows.size());
    if (progress && !progress(0, total))
        throw Error(QStringLiteral("re-classifying contacts was cancelled; nothing was changed"));

    Statement update(m_db, "UPDATE contact SET persona_id = ? WHERE id = ?");
    for (qint64 done = 0; done < total; ++done) {
        const Row& row = rows[static_cast<size_t>(done)];
        const auto match = classify(personas, row.subject);
        qint64 wanted = 0;
        if (match) {
            ++result.counts.perPersona[*match];
            wanted = personas[*match].id.value();
        } else {
            ++result.counts.none;
        }
        if (wanted != row.storedPersona) {
            update.bind(1, wanted > 0 ? std::optional<qint64>(wanted) : std::nullopt).bind(2, row.id).run();
            ++result.changed;
        }
        if (progress && (done + 1) % kProgressEvery == 0 && !progress(done + 1, total))
            throw Error(QStringLiteral("re-classifying contacts was cancelled; nothing was changed"));
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
