#pragma once

#include "batch/importbatch.h"
#include "batch/importrecord.h"
#include "domain/ids.h"
#include "domain/persona.h"
#include "store/database.h"

#include <QHash>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace revalign {

// FNV-1a over the bytes: the 64-bit key of the in-memory indexes an import keeps (defined in
// importhashing.cpp).
quint64 hashText(std::string_view text);

// Contacts by email, for the email fallback of an import: the workspace keeps no email index (one fewer
// b-tree per imported contact; migration 5), so an import that needs it loads one sorted array of
// (hash of email, contact id) once, lazily. A hash match is confirmed against the stored email, so a
// collision can never join the wrong person.
class EmailIndex final {
public:
    explicit EmailIndex(Database& db)
        : m_db(db) {}
    // The lowest contact id with exactly this email (imports store emails lower-cased, and the file's
    // value is lower-cased before it gets here).
    std::optional<qint64> find(std::string_view email);
    // Reads the workspace's emails now (find() otherwise does on first use), so that contacts written
    // afterwards by the same import are not matched.
    void load();

private:
    Database& m_db;
    bool m_loaded = false;
    std::vector<std::pair<quint64, qint64>> m_entries; // sorted by (hash, id)
    std::optional<Statement> m_emailOf;
};

// What an imported row refers to, resolved to workspace ids: its account, campaign and contact (by the
// source system's ids), its owner (created on first sight, with the batch, so undo removes it again) and
// its persona (classify() over the workspace's personas). Answers are cached for the batch.
class ImportReferences final {
public:
    ImportReferences(Database& db, ImportBatchId batch, const ImportRules& rules);

    std::optional<qint64> account(const ImportRecord& r);
    std::optional<qint64> campaign(const ImportRecord& r);
    std::optional<qint64> owner(const ImportRecord& r);
    // By contact source id, else by email.
    std::optional<qint64> contact(const ImportRecord& r);
    // Title, industry, employees and country of the row, falling back to its account's.
    std::optional<qint64> persona(const ImportRecord& r, std::optional<qint64> account);

private:
    Database& m_db;
    ImportBatchId m_batch;
    QString m_sourceName;
    std::string m_source;
    QString m_ownerRole;
    std::optional<Statement> m_lookup;
    std::optional<Statement> m_accountLookup, m_campaignLookup;
    EmailIndex m_emails;
    std::vector<Persona> m_personas;
    std::vector<PersonaId> m_personaIds;
    QHash<QString, std::optional<qint64>> m_personaCache;
    std::unordered_map<std::string, qint64> m_owners;
    // Source id -> row id (nullopt: not in the workspace) of the accounts and campaigns rows name. After
    // kLoadAllAfter distinct ids were asked one by one, the table's ids of this source are read in one go
    // and `complete` answers every further id without SQL: a 60,000-deal export naming 60,000 accounts
    // spent 6 % of its import in single lookups. Never for the table this writer fills itself.
    struct IdCache {
        std::unordered_map<std::string, std::optional<qint64>> ids;
        size_t asked = 0;
        bool complete = false;
        bool mayLoadAll = true;
    };
    IdCache m_accounts;
    IdCache m_campaigns;
    QHash<qint64, std::pair<QString, std::optional<int>>> m_accountFacts; // industry, employees
};

} // namespace revalign
