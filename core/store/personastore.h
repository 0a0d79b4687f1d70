#pragma once

#include "domain/ids.h"
#include "domain/persona.h"

#include <atomic>
#include <functional>
#include <map>
#include <vector>

namespace revalign {

class Database;

// Every contact's classification subject, held in memory so persona rules can be tried over a million
// contacts without going back to SQL. Contacts with the same title, industry, size and country share one
// subject, so rules are tried once per different subject and weighted by how many contacts have it.
struct ClassificationSubjects {
    std::vector<qint64> contactIds;       // in id order
    std::vector<quint32> subjectOf;       // per contact: index into distinct
    std::vector<PersonaSubject> distinct; // each different subject once
    std::vector<qint64> weights;          // per distinct subject: how many contacts have it

    size_t size() const { return contactIds.size(); }
    const PersonaSubject& subjectOfContact(size_t i) const { return distinct[subjectOf[i]]; }
};

// How many contacts each persona gets (by index into the persona list) and how many match none.
struct PersonaMatchCounts {
    std::vector<qint64> perPersona;
    qint64 none = 0;

    friend bool operator==(const PersonaMatchCounts&, const PersonaMatchCounts&) = default;
};

// What a re-classification wrote.
struct ReclassifyResult {
    PersonaMatchCounts counts; // by index into the persona list as stored after the write
    qint64 changed = 0;        // contacts whose persona_id actually changed
};

// Called with (done, total) now and then; return false to stop (the transaction then rolls back).
using ClassifyProgress = std::function<bool(qint64 done, qint64 total)>;

// The SQL behind persona classification: loading contacts' subjects (title + account industry, size,
// country) and writing every contact's persona_id. Writes happen in one transaction, so a failure or a
// cancel leaves the workspace as it was.
class PersonaStore final {
public:
    explicit PersonaStore(Database& db)
        : m_db(db) {}

    // Loads all contacts' subjects in contact id order; returns what it has so far when cancelled.
    // storedPersona, if given, receives each contact's stored persona_id (0 = none).
    ClassificationSubjects loadSubjects(const std::atomic_bool* cancel = nullptr,
                                        std::vector<qint64>* storedPersona = nullptr);

    // Stored contact counts by persona id; contacts without a persona are under the invalid id.
    std::map<PersonaId, qint64> storedCounts();

    // Classifies every contact with the stored personas and writes persona_id, in one transaction.
    ReclassifyResult reclassifyAll(const ClassifyProgress& progress = {});

    // Saves (inserts or updates) a persona through DefinitionStore (logged with who/note) and
    // re-classifies every contact, all in one transaction. Returns the persona's id.
    PersonaId savePersonaAndReclassify(const Persona& persona, const QString& who, const QString& note,
                                       const ClassifyProgress& progress = {},
                                       ReclassifyResult* result = nullptr);
    // Removes a persona (logged) and re-classifies every contact, in one transaction.
    void removePersonaAndReclassify(PersonaId id, const QString& who, const QString& note,
                                    const ClassifyProgress& progress = {},
                                    ReclassifyResult* result = nullptr);

    // Counts what classify() would give each subject; stops early (returning what it has) on cancel.
    static PersonaMatchCounts countMatches(const std::vector<Persona>& personas,
                                           const ClassificationSubjects& subjects,
                                           const std::atomic_bool* cancel = nullptr);

private:
    // Assumes an open transaction.
    ReclassifyResult writeClassification(const ClassifyProgress& progress);

    Database& m_db;
};

} // namespace revalign
