#pragma once

#include "domain/ids.h"
#include "domain/persona.h"
#include "import/importprofile.h"
#include "import/importrecord.h"
#include "store/importstatement.h"

#include <QHash>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace revalign {

class Database;

// What an imported row refers to, resolved to workspace ids: its account, campaign and contact (by the
// source system's ids), its owner (created on first sight, with the batch, so undo removes it again) and
// its persona (classify() over the workspace's personas). Answers are cached for the batch.
class ImportReferences final {
public:
    ImportReferences(Database& db, ImportBatchId batch, const ImportProfile& profile);

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
    std::optional<ImportStatement> m_lookup;
    std::vector<Persona> m_personas;
    std::vector<PersonaId> m_personaIds;
    QHash<QString, std::optional<qint64>> m_personaCache;
    std::unordered_map<std::string, qint64> m_owners;
    QHash<QString, std::optional<qint64>> m_accounts;
    QHash<QString, std::optional<qint64>> m_campaigns;
    QHash<qint64, std::pair<QString, std::optional<int>>> m_accountFacts; // industry, employees
};

} // namespace revalign
