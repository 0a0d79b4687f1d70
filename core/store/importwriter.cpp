#include "store/importwriter.h"

#include "domain/account.h"
#include "domain/enums.h"
#include "store/definitionstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace revalign {

namespace {
// Bind helpers: an unset field binds NULL, so UPDATE ... coalesce(?, col) keeps what the file lacks.
void bindText(Statement& st, int index, const ImportRecord& r, Field f) {
    if (r.has(f))
        st.bindView(index, std::string_view(r.text(f)));
    else
        st.bindNull(index);
}
void bindNumber(Statement& st, int index, const ImportRecord& r, Field f) {
    if (r.has(f))
        st.bind(index, r.at(f).number);
    else
        st.bindNull(index);
}
void bindId(Statement& st, int index, std::optional<qint64> id) {
    if (id)
        st.bind(index, *id);
    else
        st.bindNull(index);
}
} // namespace

// Prepared once per batch; numbered parameters so INSERT and UPDATE share one binding routine:
// ?1 source, ?2 source id, ?3 batch, ?4 row hash, ?5... the entity's fields, ?30 the row id.
struct ImportWriter::Statements {
    std::optional<Statement> insert;
    std::optional<Statement> update;
    std::optional<Statement> bySource;
    std::optional<Statement> rowHash;
    std::optional<Statement> stageSelect;
    std::optional<Statement> stageInsert;
    std::optional<Statement> stageUpdate;
    std::optional<Statement> mergeCheck;
    std::optional<Statement> merge;
    std::optional<Statement> handoffCheck; // stage updates that carry the handoff decision
    std::optional<Statement> handoffUpdate;
};

struct ImportWriter::Pending {
    const ImportRecord* record;
    qint64 id;
    qint64 hash;
    ContactRefs refs;
    size_t stageBegin;
    size_t stageEnd;
};

namespace {
// New contacts per INSERT. 1 -> 16 rows a statement halves SQLite's time per row (bench/import_bench.sh);
// 32 gains a little more, beyond that nothing measurable.
constexpr size_t kGroup = 32;
// Parameters per contact row in the grouped INSERT: id, then ?1..?19 of the single-row statements.
constexpr int kContactParams = 20;
const char* kContactColumns =
    "contact(id, source, source_id, batch_id, row_hash, email, first_name, last_name, title, account_id, "
    "persona_id, channel, campaign_id, owner_id, score, created_at, handoff_status, handoff_decided_at, "
    "rejection_reason, first_sales_touch_at)";

const char* tableOf(ImportEntity e) {
    switch (e) {
    case ImportEntity::Contacts:
    case ImportEntity::StageUpdates:
        return "contact";
    case ImportEntity::Accounts:
        return "account";
    case ImportEntity::Opportunities:
        return "opportunity";
    case ImportEntity::Campaigns:
        return "campaign";
    case ImportEntity::Touchpoints:
    case ImportEntity::CampaignMembers:
        return "touchpoint";
    }
    return "contact";
}
} // namespace

ImportWriter::ImportWriter(Database& db, ImportStore& store, ImportBatchId batch,
                           const ImportProfile& profile)
    : m_db(db)
    , m_store(store)
    , m_batch(batch)
    , m_profile(profile)
    , m_st(std::make_unique<Statements>())
    , m_refs(db, batch, profile)
    , m_emails(db) {
    const std::string table = tableOf(profile.entity);
    m_index.load(db, table, profile.source);
    m_st->bySource.emplace(db, "SELECT id, coalesce(row_hash, 0) FROM " + table +
                                   " WHERE source = ?1 AND source_id = ?2");
    m_st->rowHash.emplace(db, "SELECT coalesce(row_hash, 0) FROM " + table + " WHERE id = ?");
    m_st->stageSelect.emplace(db,
                              "SELECT entered_at FROM contact_stage WHERE contact_id = ? AND stage_id = ?");
    m_st->stageInsert.emplace(
        db, "INSERT INTO contact_stage(contact_id, stage_id, entered_at, batch_id) VALUES (?, ?, ?, ?)");
    m_st->stageUpdate.emplace(
        db, "UPDATE contact_stage SET entered_at = ?, batch_id = ? WHERE contact_id = ? AND stage_id = ?");
    m_source = profile.source.toStdString();
    DefinitionStore defs(db);
    for (const FunnelStage& s : defs.funnelStages()) {
        m_stageIds[s.key.toStdString()] = s.id.value();
        m_stageKeys << s.key;
    }
    for (size_t i = 0; i < kStageFields.size(); ++i) {
        const auto it = m_stageIds.find(kStageFields[i].stageKey);
        m_stageFieldIds[i] =
            it == m_stageIds.end() ? 0 : it->second; // the workspace's funnel may drop a stage
    }
    switch (profile.entity) {
    case ImportEntity::Contacts:
        m_st->insert.emplace(
            db, "INSERT OR IGNORE INTO contact(source, source_id, batch_id, row_hash, email, first_name, "
                "last_name, title, account_id, persona_id, channel, campaign_id, owner_id, score, "
                "created_at, handoff_status, handoff_decided_at, rejection_reason, first_sales_touch_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                "coalesce(?16, 'none'), ?17, ?18, ?19)");
        m_st->update.emplace(db,
                             "UPDATE contact SET batch_id = ?3, row_hash = ?4, email = coalesce(?5, email), "
                             "first_name = coalesce(?6, first_name), last_name = coalesce(?7, last_name), "
                             "title = coalesce(?8, title), account_id = coalesce(?9, account_id), "
                             "persona_id = coalesce(?10, persona_id), channel = coalesce(?11, channel), "
                             "campaign_id = coalesce(?12, campaign_id), owner_id = coalesce(?13, owner_id), "
                             "score = coalesce(?14, score), created_at = coalesce(?15, created_at), "
                             "handoff_status = coalesce(?16, handoff_status), "
                             "handoff_decided_at = coalesce(?17, handoff_decided_at), "
                             "rejection_reason = coalesce(?18, rejection_reason), "
                             "first_sales_touch_at = coalesce(?19, first_sales_touch_at) WHERE id = ?30");
        {
            // A person matched by email belongs to another record (a converted lead, another CRM): fill in
            // and correct what this file knows, but keep that record's identity and content hash, and
            // write only when a value really differs, so re-importing either file changes nothing.
            const char* differs =
                "(?5 IS NOT NULL AND ?5 IS NOT email) OR (?6 IS NOT NULL AND ?6 IS NOT first_name) "
                "OR (?7 IS NOT NULL AND ?7 IS NOT last_name) OR (?8 IS NOT NULL AND ?8 IS NOT title) "
                "OR (?9 IS NOT NULL AND ?9 IS NOT account_id) OR (?10 IS NOT NULL AND ?10 IS NOT persona_id) "
                "OR (?11 IS NOT NULL AND ?11 IS NOT channel) OR (?12 IS NOT NULL AND ?12 IS NOT campaign_id) "
                "OR (?13 IS NOT NULL AND ?13 IS NOT owner_id) OR (?14 IS NOT NULL AND ?14 IS NOT score) "
                "OR (?15 IS NOT NULL AND ?15 IS NOT created_at) OR (?16 IS NOT NULL AND ?16 IS NOT "
                "handoff_status) "
                "OR (?17 IS NOT NULL AND ?17 IS NOT handoff_decided_at) "
                "OR (?18 IS NOT NULL AND ?18 IS NOT rejection_reason) "
                "OR (?19 IS NOT NULL AND ?19 IS NOT first_sales_touch_at)";
            m_st->mergeCheck.emplace(db, std::string("SELECT 1 FROM contact WHERE id = ?30 AND (") + differs +
                                             ")");
            m_st->merge.emplace(
                db, "UPDATE contact SET batch_id = ?3, email = coalesce(?5, email), "
                    "first_name = coalesce(?6, first_name), last_name = coalesce(?7, last_name), "
                    "title = coalesce(?8, title), account_id = coalesce(?9, account_id), "
                    "persona_id = coalesce(?10, persona_id), channel = coalesce(?11, channel), "
                    "campaign_id = coalesce(?12, campaign_id), owner_id = coalesce(?13, owner_id), "
                    "score = coalesce(?14, score), created_at = coalesce(?15, created_at), "
                    "handoff_status = coalesce(?16, handoff_status), "
                    "handoff_decided_at = coalesce(?17, handoff_decided_at), "
                    "rejection_reason = coalesce(?18, rejection_reason), "
                    "first_sales_touch_at = coalesce(?19, first_sales_touch_at) WHERE id = ?30");
        }
        if (profile.matchesEmail()) {
            m_emails.load();
            m_matchEmails = true;
        }
        {
            Statement next(db, "SELECT coalesce(max(id), 0) + 1 FROM contact");
            next.step();
            m_nextContactId = next.int64(0);
        }
        m_pending.reserve(kGroup);
        break;
    case ImportEntity::Accounts:
        m_st->insert.emplace(
            db, "INSERT OR IGNORE INTO account(source, source_id, batch_id, row_hash, name, domain, "
                "industry, employees, country, segment) VALUES (?1, ?2, ?3, ?4, coalesce(?5, ''), ?6, "
                "?7, ?8, ?9, ?10)");
        m_st->update.emplace(db,
                             "UPDATE account SET batch_id = ?3, row_hash = ?4, name = coalesce(?5, name), "
                             "domain = coalesce(?6, domain), industry = coalesce(?7, industry), "
                             "employees = coalesce(?8, employees), country = coalesce(?9, country), "
                             "segment = coalesce(?10, segment) WHERE id = ?30");
        break;
    case ImportEntity::Campaigns:
        m_st->insert.emplace(
            db, "INSERT OR IGNORE INTO campaign(source, source_id, batch_id, row_hash, name, channel, "
                "cost_cents, currency, start_date, end_date) VALUES (?1, ?2, ?3, ?4, coalesce(?5, ?2), "
                "?6, coalesce(?7, 0), ?8, ?9, ?10)");
        m_st->update.emplace(db,
                             "UPDATE campaign SET batch_id = ?3, row_hash = ?4, name = coalesce(?5, name), "
                             "channel = coalesce(?6, channel), cost_cents = coalesce(?7, cost_cents), "
                             "currency = coalesce(?8, currency), start_date = coalesce(?9, start_date), "
                             "end_date = coalesce(?10, end_date) WHERE id = ?30");
        break;
    case ImportEntity::Opportunities:
        m_st->insert.emplace(
            db, "INSERT OR IGNORE INTO opportunity(source, source_id, batch_id, row_hash, account_id, "
                "contact_id, owner_id, campaign_id, name, amount_cents, currency, stage, probability, "
                "forecast_category, created_at, close_date, is_closed, is_won, sourced_by, channel) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, coalesce(?9, ''), ?10, ?11, ?12, ?13, ?14, "
                "?15, ?16, coalesce(?17, 0), coalesce(?18, 0), coalesce(?19, 'unknown'), ?20)");
        m_st->update.emplace(
            db, "UPDATE opportunity SET batch_id = ?3, row_hash = ?4, account_id = coalesce(?5, account_id), "
                "contact_id = coalesce(?6, contact_id), owner_id = coalesce(?7, owner_id), "
                "campaign_id = coalesce(?8, campaign_id), name = coalesce(?9, name), "
                "amount_cents = coalesce(?10, amount_cents), currency = coalesce(?11, currency), "
                "stage = coalesce(?12, stage), probability = coalesce(?13, probability), "
                "forecast_category = coalesce(?14, forecast_category), "
                "created_at = coalesce(?15, created_at), close_date = coalesce(?16, close_date), "
                "is_closed = coalesce(?17, is_closed), is_won = coalesce(?18, is_won), "
                "sourced_by = coalesce(?19, sourced_by), channel = coalesce(?20, channel) WHERE id = ?30");
        {
            Statement deal(db,
                           "SELECT name, probability, forecast_category, is_closed, is_won FROM deal_stage");
            while (deal.step())
                m_dealStages.insert(deal.text(0).toLower(),
                                    {deal.real(1), deal.text(2), deal.int64(3) != 0, deal.int64(4) != 0});
        }
        break;
    case ImportEntity::Touchpoints:
    case ImportEntity::CampaignMembers:
        m_st->insert.emplace(
            db, "INSERT OR IGNORE INTO touchpoint(source, source_id, batch_id, row_hash, contact_id, "
                "occurred_at, channel, campaign_id, kind, team) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                "?9, ?10)");
        m_st->update.emplace(db,
                             "UPDATE touchpoint SET batch_id = ?3, row_hash = ?4, contact_id = ?5, "
                             "occurred_at = ?6, channel = coalesce(?7, channel), "
                             "campaign_id = coalesce(?8, campaign_id), kind = ?9, team = ?10 WHERE id = ?30");
        break;
    case ImportEntity::StageUpdates:
        break;
    }
}

ImportWriter::~ImportWriter() = default;

std::optional<QString> ImportWriter::write(const ImportRecord& r) {
    std::variant<Outcome, QString> outcome = Outcome::Unchanged;
    switch (r.entity) {
    case ImportEntity::Contacts:
        outcome = writeContact(r);
        break;
    case ImportEntity::Accounts:
        outcome = writeAccount(r);
        break;
    case ImportEntity::Campaigns:
        outcome = writeCampaign(r);
        break;
    case ImportEntity::Opportunities:
        outcome = writeOpportunity(r);
        break;
    case ImportEntity::Touchpoints:
    case ImportEntity::CampaignMembers:
        outcome = writeTouchpoint(r);
        break;
    case ImportEntity::StageUpdates:
        outcome = writeStageUpdate(r);
        break;
    }
    if (QString* reason = std::get_if<QString>(&outcome))
        return std::move(*reason);
    switch (std::get<Outcome>(outcome)) {
    case Outcome::Added:
        ++m_counts.added;
        break;
    case Outcome::Updated:
        ++m_counts.updated;
        break;
    case Outcome::Unchanged:
        ++m_counts.unchanged;
        break;
    }
    return std::nullopt;
}

template <typename BindFields>
void ImportWriter::bindRow(Statement& st, const ImportRecord& r, qint64 hash, BindFields bind) {
    st.bindView(1, std::string_view(m_source))
        .bindView(2, std::string_view(r.text(Field::SourceId)))
        .bind(3, m_batch.value())
        .bind(4, hash);
    bind(st);
}

template <typename BindFields>
ImportWriter::Outcome ImportWriter::upsert(const ImportRecord& r, qint64 hash, BindFields bind, qint64& id) {
    const char* table = tableOf(r.entity);
    if (SourceIdIndex::Entry* entry = m_index.find(hashText(r.text(Field::SourceId)))) {
        id = entry->id;
        if (entry->rowHash == hash)
            return Outcome::Unchanged;
        m_store.rememberBefore(m_batch, table, id);
        bindRow(*m_st->update, r, hash, bind);
        m_st->update->bind(30, id).run();
        entry->rowHash = hash;
        return Outcome::Updated;
    }
    Statement& insert = *m_st->insert;
    bindRow(insert, r, hash, bind);
    insert.run();
    if (m_db.changes() == 1) {
        id = m_db.lastInsertRowId();
        return Outcome::Added;
    }
    return updateRepeat(r, hash, bind, id);
}

template <typename BindFields>
ImportWriter::Outcome ImportWriter::updateRepeat(const ImportRecord& r, qint64 hash, BindFields bind,
                                                 qint64& id) {
    // The same source id earlier in this very file: the row is this batch's own, no undo needed.
    Statement& bySource = *m_st->bySource;
    bySource.bindView(1, std::string_view(m_source)).bindView(2, std::string_view(r.text(Field::SourceId)));
    if (!bySource.step()) {
        bySource.reset();
        throw Error(QStringLiteral("internal: the %1 of line %2 was neither stored nor found")
                        .arg(QString::fromLatin1(tableOf(r.entity)))
                        .arg(r.line));
    }
    id = bySource.int64(0);
    const qint64 previous = bySource.int64(1);
    bySource.reset();
    if (previous == hash)
        return Outcome::Unchanged;
    bindRow(*m_st->update, r, hash, bind);
    m_st->update->bind(30, id).run();
    return Outcome::Updated;
}

std::optional<qint64> ImportWriter::emailMatch(const ImportRecord& r) {
    if (!m_matchEmails || !r.has(Field::Email) || m_index.find(hashText(r.text(Field::SourceId))))
        return std::nullopt;
    return m_emails.find(r.text(Field::Email));
}

std::optional<QString> ImportWriter::stageEntries(const ImportRecord& r) {
    m_stages.clear();
    // The dates the row knows: created_at, and occurred_at (a stage update's "when": a row such as
    // "lead id, stage, date" enters that stage at that date).
    qint64 latest = std::numeric_limits<qint64>::min();
    bool any = false;
    for (const Field f : {Field::CreatedAt, Field::OccurredAt})
        if (r.has(f)) {
            latest = std::max(latest, r.at(f).number);
            any = true;
        }
    for (size_t i = 0; i < kStageFields.size(); ++i) {
        if (!r.has(kStageFields[i].field) || m_stageFieldIds[i] == 0)
            continue;
        const qint64 at = r.at(kStageFields[i].field).number;
        m_stages.emplace_back(m_stageFieldIds[i], at);
        latest = std::max(latest, at);
        any = true;
    }
    if (r.has(Field::LifecycleStage) && r.text(Field::LifecycleStage) != "none") {
        const auto it = m_stageIds.find(r.text(Field::LifecycleStage));
        if (it == m_stageIds.end())
            return QCoreApplication::translate("Import", "'%1' is not a funnel stage (%2)")
                .arg(r.qtext(Field::LifecycleStage), m_stageKeys.join(QStringLiteral(", ")));
        const bool dated = std::any_of(m_stages.begin(), m_stages.end(),
                                       [&](const auto& e) { return e.first == it->second; });
        // A current stage without its own date is entered at the latest date the row knows.
        if (!dated && any)
            m_stages.emplace_back(it->second, latest);
    }
    return std::nullopt;
}

bool ImportWriter::writeStages(qint64 contact, const std::pair<qint64, qint64>* stages, size_t count) {
    bool changed = false;
    for (size_t i = 0; i < count; ++i) {
        const auto [stage, at] = stages[i];
        {
            Statement& sel = *m_st->stageSelect;
            sel.bind(1, contact).bind(2, stage);
            if (sel.step()) {
                const qint64 before = sel.int64(0);
                sel.reset();
                if (before != at) {
                    m_store.rememberStageBefore(m_batch, contact, stage);
                    m_st->stageUpdate->bind(1, at)
                        .bind(2, m_batch.value())
                        .bind(3, contact)
                        .bind(4, stage)
                        .run();
                    changed = true;
                }
                continue;
            }
            sel.reset();
        }
        m_st->stageInsert->bind(1, contact).bind(2, stage).bind(3, at).bind(4, m_batch.value()).run();
        changed = true;
    }
    return changed;
}

void ImportWriter::bindContact(Statement& st, int base, const ImportRecord& r,
                               const ContactRefs& refs) const {
    bindText(st, base + 5, r, Field::Email);
    bindText(st, base + 6, r, Field::FirstName);
    bindText(st, base + 7, r, Field::LastName);
    bindText(st, base + 8, r, Field::Title);
    bindId(st, base + 9, refs.account);
    bindId(st, base + 10, refs.persona);
    bindText(st, base + 11, r, Field::Channel);
    bindId(st, base + 12, refs.campaign);
    bindId(st, base + 13, refs.owner);
    bindNumber(st, base + 14, r, Field::Score);
    bindNumber(st, base + 15, r, Field::CreatedAt);
    bindText(st, base + 16, r, Field::HandoffStatus);
    bindNumber(st, base + 17, r, Field::HandoffDecidedAt);
    bindText(st, base + 18, r, Field::RejectionReason);
    bindNumber(st, base + 19, r, Field::FirstSalesTouchAt);
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeContact(const ImportRecord& r) {
    ContactRefs refs;
    refs.account = m_refs.account(r);
    refs.owner = m_refs.owner(r);
    refs.campaign = m_refs.campaign(r);
    refs.persona = m_refs.persona(r, refs.account);
    if (const auto reason = stageEntries(r))
        return *reason;
    const qint64 hash = rowHash(r, {refs.account, refs.owner, refs.campaign, refs.persona});
    const auto bindFields = [&](Statement& st) { bindContact(st, 0, r, refs); };
    if (const auto matched = emailMatch(r)) {
        Statement& check = *m_st->mergeCheck;
        bindFields(check);
        check.bind(30, *matched);
        const bool differs = check.step();
        check.reset();
        if (differs) {
            m_store.rememberBefore(m_batch, "contact", *matched);
            Statement& merge = *m_st->merge;
            merge.bind(3, m_batch.value());
            bindFields(merge);
            merge.bind(30, *matched);
            merge.run();
        }
        const bool stagesChanged = writeStages(*matched, m_stages.data(), m_stages.size());
        return differs || stagesChanged ? Outcome::Updated : Outcome::Unchanged;
    }
    if (!m_index.find(hashText(r.text(Field::SourceId)))) {
        // Not in the workspace before this batch: new, unless an earlier row of this file had the same
        // source id, which the grouped insert finds out (flush()).
        queueNew(r, hash, refs);
        return Outcome::Added;
    }
    qint64 id = 0;
    const Outcome outcome = upsert(r, hash, bindFields, id);
    if (outcome != Outcome::Unchanged)
        writeStages(id, m_stages.data(), m_stages.size());
    return outcome;
}

void ImportWriter::queueNew(const ImportRecord& r, qint64 hash, const ContactRefs& refs) {
    const size_t begin = m_pendingStages.size();
    m_pendingStages.insert(m_pendingStages.end(), m_stages.begin(), m_stages.end());
    m_pending.push_back(Pending{&r, m_nextContactId++, hash, refs, begin, m_pendingStages.size()});
    if (m_pending.size() == kGroup)
        flush();
}

Statement& ImportWriter::groupInsert(std::vector<std::unique_ptr<Statement>>& cache, size_t rows,
                                     bool contacts) {
    if (cache.size() <= rows)
        cache.resize(rows + 1);
    if (!cache[rows]) {
        std::string sql =
            std::string("INSERT INTO ") +
            (contacts ? kContactColumns : "contact_stage(contact_id, stage_id, entered_at, batch_id)") +
            " VALUES ";
        const auto p = [](int n) { return "?" + std::to_string(n); };
        for (size_t j = 0; j < rows; ++j) {
            sql += j == 0 ? "(" : ", (";
            if (contacts) {
                const int base = static_cast<int>(j) * kContactParams + 1;
                for (int k = 0; k < kContactParams; ++k) {
                    if (k > 0)
                        sql += ", ";
                    sql += k == 16 ? "coalesce(" + p(base + k) + ", 'none')" : p(base + k);
                }
            } else {
                const int base = static_cast<int>(j) * 3 + 2; // ?1 is the batch
                sql += p(base) + ", " + p(base + 1) + ", " + p(base + 2) + ", ?1";
            }
            sql += ")";
        }
        // The unique (source, source_id) index decides whether a row is new: a row whose source id an
        // earlier row of this file already wrote is skipped here and merged by flush().
        if (contacts)
            sql += " ON CONFLICT (source, source_id) DO NOTHING";
        cache[rows] = std::make_unique<Statement>(m_db, sql);
    }
    return *cache[rows];
}

void ImportWriter::flush() {
    if (m_pending.empty())
        return;
    Statement& insert = groupInsert(m_contactInserts, m_pending.size(), true);
    for (size_t j = 0; j < m_pending.size(); ++j) {
        const Pending& p = m_pending[j];
        const int base = static_cast<int>(j) * kContactParams + 1;
        insert.bind(base, p.id)
            .bindView(base + 1, std::string_view(m_source))
            .bindView(base + 2, std::string_view(p.record->text(Field::SourceId)))
            .bind(base + 3, m_batch.value())
            .bind(base + 4, p.hash);
        bindContact(insert, base, *p.record, p.refs);
    }
    insert.run();
    const bool allNew = m_db.changes() == static_cast<qint64>(m_pending.size());
    std::vector<bool> skipped(m_pending.size(), false);
    if (!allNew) {
        for (size_t j = 0; j < m_pending.size(); ++j) {
            Statement& exists = *m_st->rowHash;
            exists.bind(1, m_pending[j].id);
            skipped[j] = !exists.step();
            exists.reset();
        }
    }
    size_t entries = 0;
    for (size_t j = 0; j < m_pending.size(); ++j)
        if (!skipped[j])
            entries += m_pending[j].stageEnd - m_pending[j].stageBegin;
    if (entries > 0) {
        Statement& stages = groupInsert(m_stageInserts, entries, false);
        stages.bind(1, m_batch.value());
        int param = 2;
        for (size_t j = 0; j < m_pending.size(); ++j) {
            if (skipped[j])
                continue;
            for (size_t i = m_pending[j].stageBegin; i < m_pending[j].stageEnd; ++i) {
                stages.bind(param, m_pending[j].id)
                    .bind(param + 1, m_pendingStages[i].first)
                    .bind(param + 2, m_pendingStages[i].second);
                param += 3;
            }
        }
        stages.run();
    }
    for (size_t j = 0; j < m_pending.size(); ++j)
        if (skipped[j])
            mergeRepeat(m_pending[j]);
    m_pending.clear();
    m_pendingStages.clear();
}

void ImportWriter::mergeRepeat(const Pending& p) {
    qint64 id = 0;
    const Outcome outcome = updateRepeat(
        *p.record, p.hash, [&](Statement& st) { bindContact(st, 0, *p.record, p.refs); }, id);
    --m_counts.added;
    if (outcome == Outcome::Unchanged) {
        ++m_counts.unchanged;
        return;
    }
    writeStages(id, m_pendingStages.data() + p.stageBegin, p.stageEnd - p.stageBegin);
    ++m_counts.updated;
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeAccount(const ImportRecord& r) {
    const qint64 hash = rowHash(r, {});
    std::optional<QString> segment;
    if (r.has(Field::Segment))
        segment = r.qtext(Field::Segment);
    else if (r.has(Field::Employees))
        segment = segmentForEmployees(static_cast<int>(r.at(Field::Employees).number));
    return upsertRow(r, hash, [&](Statement& st) {
        bindText(st, 5, r, Field::Name);
        bindText(st, 6, r, Field::Domain);
        bindText(st, 7, r, Field::Industry);
        bindNumber(st, 8, r, Field::Employees);
        bindText(st, 9, r, Field::Country);
        st.bind(10, segment);
    });
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeCampaign(const ImportRecord& r) {
    const qint64 hash = rowHash(r, {});
    return upsertRow(r, hash, [&](Statement& st) {
        bindText(st, 5, r, Field::Name);
        bindText(st, 6, r, Field::Channel);
        bindNumber(st, 7, r, Field::Cost);
        bindText(st, 8, r, Field::Currency);
        bindText(st, 9, r, Field::StartDate);
        bindText(st, 10, r, Field::EndDate);
    });
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeOpportunity(const ImportRecord& r) {
    const auto account = m_refs.account(r);
    const auto contact = r.has(Field::ContactSourceId) ? m_refs.contact(r) : std::nullopt;
    const auto owner = m_refs.owner(r);
    const auto campaign = m_refs.campaign(r);
    // What the file leaves out, the workspace's deal stages tell (probability, forecast, closed, won).
    const auto deal = r.has(Field::DealStage) ? m_dealStages.constFind(r.qtext(Field::DealStage).toLower())
                                              : m_dealStages.constEnd();
    const bool known = deal != m_dealStages.constEnd();
    const qint64 hash = rowHash(r, {account, contact, owner, campaign});
    return upsertRow(r, hash, [&](Statement& st) {
        bindId(st, 5, account);
        bindId(st, 6, contact);
        bindId(st, 7, owner);
        bindId(st, 8, campaign);
        bindText(st, 9, r, Field::Name);
        bindNumber(st, 10, r, Field::Amount);
        bindText(st, 11, r, Field::Currency);
        bindText(st, 12, r, Field::DealStage);
        if (r.has(Field::Probability))
            st.bind(13, r.at(Field::Probability).real);
        else if (known)
            st.bind(13, deal->probability);
        else
            st.bindNull(13);
        if (r.has(Field::ForecastCategory))
            bindText(st, 14, r, Field::ForecastCategory);
        else if (known)
            st.bind(14, deal->forecast);
        else
            st.bindNull(14);
        bindNumber(st, 15, r, Field::CreatedAt);
        bindText(st, 16, r, Field::CloseDate);
        if (r.has(Field::IsClosed))
            bindNumber(st, 17, r, Field::IsClosed);
        else if (known)
            st.bind(17, deal->closed ? 1 : 0);
        else
            st.bindNull(17);
        if (r.has(Field::IsWon))
            bindNumber(st, 18, r, Field::IsWon);
        else if (known)
            st.bind(18, deal->won ? 1 : 0);
        else
            st.bindNull(18);
        bindText(st, 19, r, Field::SourcedBy);
        bindText(st, 20, r, Field::Channel);
    });
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeTouchpoint(const ImportRecord& r) {
    const auto contact = m_refs.contact(r);
    if (!contact)
        return QCoreApplication::translate("Import", "no %1 contact or lead with id '%2' in the workspace "
                                                     "(import the leads and contacts first)")
            .arg(m_profile.source,
                 r.has(Field::ContactSourceId) ? r.qtext(Field::ContactSourceId) : r.qtext(Field::Email));
    const auto campaign = m_refs.campaign(r);
    if (r.has(Field::CampaignSourceId) && !campaign)
        return QCoreApplication::translate(
                   "Import", "no %1 campaign with id '%2' in the workspace (import the campaigns first)")
            .arg(m_profile.source, r.qtext(Field::CampaignSourceId));
    // Without an id of its own, a row is keyed by what makes it one touch: a campaign membership by
    // campaign and person (some Salesforce exports leave the member id out); any other activity by
    // person, time, kind and channel (a person has many activities, so the person alone is not a key).
    ImportRecord keyed = r;
    if (!keyed.has(Field::SourceId)) {
        FieldValue& id = keyed.at(Field::SourceId);
        const std::string& person =
            r.has(Field::ContactSourceId) ? r.text(Field::ContactSourceId) : r.text(Field::Email);
        if (r.entity == ImportEntity::CampaignMembers)
            id.text = r.text(Field::CampaignSourceId) + ':' + person;
        else
            id.text = person + '|' + std::to_string(r.at(Field::OccurredAt).number) + '|' +
                      r.text(Field::Kind) + '|' + r.text(Field::Channel) + '|' +
                      r.text(Field::CampaignSourceId);
        id.set = true;
        keyed.fieldsHashed = false; // the hash covers the synthesized id too
    }
    const auto kind =
        touchpointKindFromKey(r.has(Field::Kind) ? r.qtext(Field::Kind) : QStringLiteral("other"))
            .value_or(TouchpointKind::Other);
    const QString team = r.has(Field::Team) ? r.qtext(Field::Team) : toKey(teamOf(kind));
    const qint64 hash = rowHash(keyed, {contact, campaign});
    return upsertRow(keyed, hash, [&](Statement& st) {
        bindId(st, 5, contact);
        bindNumber(st, 6, keyed, Field::OccurredAt);
        bindText(st, 7, keyed, Field::Channel);
        bindId(st, 8, campaign);
        st.bind(9, toKey(kind));
        st.bind(10, team);
    });
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeStageUpdate(const ImportRecord& r) {
    const auto contact = m_refs.contact(r);
    if (!contact)
        return QCoreApplication::translate("Import", "no %1 contact or lead with id '%2' in the workspace")
            .arg(m_profile.source,
                 r.has(Field::ContactSourceId) ? r.qtext(Field::ContactSourceId) : r.qtext(Field::Email));
    if (const auto reason = stageEntries(r))
        return *reason;
    const bool stagesChanged = writeStages(*contact, m_stages.data(), m_stages.size());
    // The handoff as sales decided it (an SDR's accept/reject list keyed by lead id): only what the file
    // has, and only when it differs, so re-importing the file changes nothing.
    bool handoffChanged = false;
    if (r.has(Field::HandoffStatus) || r.has(Field::HandoffDecidedAt) || r.has(Field::RejectionReason) ||
        r.has(Field::FirstSalesTouchAt)) {
        if (!m_st->handoffCheck) {
            m_st->handoffCheck.emplace(
                m_db,
                "SELECT 1 FROM contact WHERE id = ?5 AND ((?1 IS NOT NULL AND ?1 IS NOT handoff_status) "
                "OR (?2 IS NOT NULL AND ?2 IS NOT handoff_decided_at) OR (?3 IS NOT NULL AND ?3 IS NOT "
                "rejection_reason) OR (?4 IS NOT NULL AND ?4 IS NOT first_sales_touch_at))");
            m_st->handoffUpdate.emplace(
                m_db, "UPDATE contact SET handoff_status = coalesce(?1, handoff_status), "
                      "handoff_decided_at = coalesce(?2, handoff_decided_at), "
                      "rejection_reason = coalesce(?3, rejection_reason), "
                      "first_sales_touch_at = coalesce(?4, first_sales_touch_at) WHERE id = ?5");
        }
        const auto bindHandoff = [&](Statement& st) {
            bindText(st, 1, r, Field::HandoffStatus);
            bindNumber(st, 2, r, Field::HandoffDecidedAt);
            bindText(st, 3, r, Field::RejectionReason);
            bindNumber(st, 4, r, Field::FirstSalesTouchAt);
            st.bind(5, *contact);
        };
        bindHandoff(*m_st->handoffCheck);
        handoffChanged = m_st->handoffCheck->step();
        m_st->handoffCheck->reset();
        if (handoffChanged) {
            m_store.rememberBefore(m_batch, "contact", *contact);
            bindHandoff(*m_st->handoffUpdate);
            m_st->handoffUpdate->run();
        }
    }
    return stagesChanged || handoffChanged ? Outcome::Updated : Outcome::Unchanged;
}

} // namespace revalign
