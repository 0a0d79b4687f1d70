#include "store/importreferences.h"

#include "domain/enums.h"
#include "store/database.h"
#include "store/definitionstore.h"

#include <algorithm>

namespace revalign {

ImportReferences::ImportReferences(Database& db, ImportBatchId batch, const ImportRules& rules)
    : m_db(db)
    , m_batch(batch)
    , m_sourceName(rules.source)
    , m_source(rules.source.toStdString())
    , m_ownerRole(rules.effectiveOwnerRole())
    , m_emails(db) {
    // Their own table grows while they write: its ids are never taken as complete.
    m_accounts.mayLoadAll = rules.entity != ImportEntity::Accounts;
    m_campaigns.mayLoadAll = rules.entity != ImportEntity::Campaigns;
    if (rules.entity == ImportEntity::Contacts) {
        m_personas = DefinitionStore(db).personas();
        for (const Persona& p : m_personas)
            m_personaIds.push_back(p.id);
    }
}

std::optional<qint64> ImportReferences::owner(const ImportRecord& r) {
    if (!r.has(Field::Owner))
        return std::nullopt;
    const auto cached = m_owners.find(r.text(Field::Owner));
    if (cached != m_owners.end())
        return cached->second;
    const QString name = r.qtext(Field::Owner);
    // A CRM user id first (the owner an owners import gave that id), else the name.
    Statement find(m_db, "SELECT id FROM owner WHERE name = ?1 OR source_id = ?1 "
                         "ORDER BY CASE WHEN source_id = ?1 THEN 0 ELSE 1 END, id LIMIT 1");
    find.bind(1, name);
    qint64 id;
    if (find.step()) {
        id = find.int64(0);
    } else {
        // CRM user ids (Salesforce 005…, HubSpot numbers) carry a digit and no space; names do not.
        const bool looksLikeId = !name.contains(u' ') &&
                                 std::any_of(name.begin(), name.end(), [](QChar c) { return c.isDigit(); });
        const Role role = roleFromKey(m_ownerRole).value_or(Role::Sdr);
        Statement ins(
            m_db,
            "INSERT INTO owner(source_id, name, role, team, batch_id) VALUES (?, ?, ?, ?, ?) RETURNING id");
        ins.bind(1, looksLikeId ? name : QString())
            .bind(2, name)
            .bind(3, toKey(role))
            .bind(4, toKey(teamOf(role)))
            .bind(5, m_batch.value());
        id = ins.runReturningId();
    }
    m_owners.emplace(r.text(Field::Owner), id);
    return id;
}

namespace {
// The statement is prepared once per batch: a deals file refers to tens of thousands of distinct accounts,
// and preparing the lookup for each was most of an unchanged weekly re-import.
// Distinct ids asked one by one before a table's ids of the source are read whole (IdCache).
constexpr size_t kLoadAllAfter = 512;

template <typename Cache>
std::optional<qint64> cachedLookup(Database& db, std::optional<Statement>& lookup, Cache& cache,
                                   const char* table, const std::string& source,
                                   const std::string& sourceId) {
    // Keyed by the record's UTF-8 text: a repeat costs one hash lookup, no QString per row.
    const auto it = cache.ids.find(sourceId);
    if (it != cache.ids.end())
        return it->second;
    if (cache.complete) // every id of the table is in the cache: one it lacks is not in the workspace
        return std::nullopt;
    if (cache.mayLoadAll && ++cache.asked > kLoadAllAfter) {
        Statement all(db, std::string("SELECT source_id, id FROM ") + table + " WHERE source = ?");
        all.bindView(1, source);
        while (all.step())
            cache.ids.emplace(std::string(all.textView(0)), all.int64(1));
        cache.complete = true;
        return cachedLookup(db, lookup, cache, table, source, sourceId);
    }
    if (!lookup)
        lookup.emplace(db, std::string("SELECT id FROM ") + table + " WHERE source = ? AND source_id = ?");
    lookup->bindView(1, source).bindView(2, sourceId);
    const std::optional<qint64> id = lookup->step() ? std::optional<qint64>(lookup->int64(0)) : std::nullopt;
    lookup->reset();
    cache.ids.emplace(sourceId, id);
    return id;
}
} // namespace

std::optional<qint64> ImportReferences::account(const ImportRecord& r) {
    if (!r.has(Field::AccountSourceId))
        return std::nullopt;
    return cachedLookup(m_db, m_accountLookup, m_accounts, "account", m_source,
                        r.text(Field::AccountSourceId));
}

std::optional<qint64> ImportReferences::campaign(const ImportRecord& r) {
    if (!r.has(Field::CampaignSourceId))
        return std::nullopt;
    return cachedLookup(m_db, m_campaignLookup, m_campaigns, "campaign", m_source,
                        r.text(Field::CampaignSourceId));
}

std::optional<qint64> ImportReferences::contact(const ImportRecord& r) {
    if (r.has(Field::ContactSourceId)) {
        if (!m_lookup)
            m_lookup.emplace(m_db, "SELECT id FROM contact WHERE source = ? AND source_id = ?");
        m_lookup->bindView(1, std::string_view(m_source))
            .bindView(2, std::string_view(r.text(Field::ContactSourceId)));
        const std::optional<qint64> id =
            m_lookup->step() ? std::optional<qint64>(m_lookup->int64(0)) : std::nullopt;
        m_lookup->reset();
        if (id)
            return id;
    }
    if (r.has(Field::Email))
        return m_emails.find(r.text(Field::Email));
    return std::nullopt;
}

void EmailIndex::load() {
    if (m_loaded)
        return;
    m_loaded = true;
    Statement all(m_db, "SELECT email, id FROM contact WHERE email IS NOT NULL");
    while (all.step())
        m_entries.emplace_back(hashText(all.textView(0)), all.int64(1));
    std::sort(m_entries.begin(), m_entries.end());
    m_emailOf.emplace(m_db, "SELECT email = ?2 FROM contact WHERE id = ?1");
}

std::optional<qint64> EmailIndex::find(std::string_view email) {
    load();
    const quint64 key = hashText(email);
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), std::pair<quint64, qint64>(key, 0));
    for (; it != m_entries.end() && it->first == key; ++it) {
        m_emailOf->bind(1, it->second).bindView(2, email);
        const bool same = m_emailOf->step() && m_emailOf->int64(0) == 1;
        m_emailOf->reset();
        if (same)
            return it->second;
    }
    return std::nullopt;
}

std::optional<qint64> ImportReferences::persona(const ImportRecord& r, std::optional<qint64> account) {
    if (m_personas.empty())
        return std::nullopt;
    PersonaSubject s;
    s.title = r.qtext(Field::Title);
    s.industry = r.qtext(Field::Industry);
    s.country = r.qtext(Field::Country);
    if (r.has(Field::Employees))
        s.employees = static_cast<int>(r.at(Field::Employees).number);
    if (account && (s.industry.isEmpty() || !s.employees)) {
        auto facts = m_accountFacts.constFind(*account);
        if (facts == m_accountFacts.constEnd()) {
            Statement st(m_db, "SELECT coalesce(industry, ''), employees FROM account WHERE id = ?");
            st.bind(1, *account);
            st.step();
            const auto employees = st.optInt64(1);
            facts = m_accountFacts.insert(
                *account, {st.text(0), employees ? std::optional<int>(int(*employees)) : std::nullopt});
        }
        if (s.industry.isEmpty())
            s.industry = facts->first;
        if (!s.employees)
            s.employees = facts->second;
    }
    // Titles repeat across thousands of rows: classify each distinct subject once.
    const QString key = s.title + u'\x1f' + s.industry + u'\x1f' + QString::number(s.employees.value_or(-1)) +
                        u'\x1f' + s.country;
    const auto cached = m_personaCache.constFind(key);
    if (cached != m_personaCache.constEnd())
        return *cached;
    const auto index = classify(m_personas, s);
    const std::optional<qint64> id =
        index ? std::optional<qint64>(m_personaIds[*index].value()) : std::nullopt;
    if (m_personaCache.size() < 200000)
        m_personaCache.insert(key, id);
    return id;
}

} // namespace revalign
