#include "store/importwriter.h"

#include "domain/account.h"
#include "domain/enums.h"
#include "store/definitionstore.h"
#include "store/importstatement.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace revalign {

namespace {
// Bind helpers: an unset field binds NULL, so UPDATE ... coalesce(?, col) keeps what the file lacks.
void bindText(ImportStatement& st, int index, const ImportRecord& r, Field f) {
    if (r.has(f))
        st.bind(index, std::string_view(r.text(f)));
    else
        st.bindNull(index);
}
void bindNumber(ImportStatement& st, int index, const ImportRecord& r, Field f) {
    if (r.has(f))
        st.bind(index, r.at(f).number);
    else
        st.bindNull(index);
}
void bindId(ImportStatement& st, int index, std::optional<qint64> id) {
    if (id)
        st.bind(index, *id);
    else
        st.bindNull(index);
}
} // namespace

// Prepared once per batch; numbered parameters so INSERT and UPDATE share one binding routine:
// ?1 source, ?2 source id, ?3 batch, ?4 row hash, ?5... the entity's fields, ?30 the row id.
struct ImportWriter::Statements {
    std::optional<ImportStatement> insert;
    std::optional<ImportStatement> update;
    std::optional<ImportStatement> bySource;
    std::optional<ImportStatement> rowHash;
    std::optional<ImportStatement> stageSelect;
    std::optional<ImportStatement> stageInsert;
    std::optional<ImportStatement> stageUpdate;
    std::optional<ImportStatement> mergeCheck;
    std::optional<ImportStatement> merge;
};

namespace {
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

std::variant<ImportWriter::Outcome, QString> ImportWriter::write(const ImportRecord& r) {
    switch (r.entity) {
    case ImportEntity::Contacts:
        return writeContact(r);
    case ImportEntity::Accounts:
        return writeAccount(r);
    case ImportEntity::Campaigns:
        return writeCampaign(r);
    case ImportEntity::Opportunities:
        return writeOpportunity(r);
    case ImportEntity::Touchpoints:
    case ImportEntity::CampaignMembers:
        return writeTouchpoint(r);
    case ImportEntity::StageUpdates:
        return writeStageUpdate(r);
    }
    return Outcome::Unchanged;
}

template <typename BindFields>
ImportWriter::Outcome ImportWriter::upsert(const ImportRecord& r, qint64 hash, std::optional<qint64> fallback,
                                           BindFields bind, qint64& id, bool& isNew) {
    const char* table = tableOf(r.entity);
    isNew = false;
    const std::string& sourceId = r.text(Field::SourceId);
    SourceIdIndex::Entry* entry = m_index.find(hashText(sourceId));
    std::optional<qint64> existingHash;
    if (entry) {
        id = entry->id;
        existingHash = entry->rowHash;
    } else if (fallback) {
        id = *fallback;
        m_st->rowHash->bind(1, id);
        m_st->rowHash->step();
        existingHash = m_st->rowHash->int64(0);
        m_st->rowHash->reset();
    }
    ImportStatement& update = *m_st->update;
    const auto bindCommon = [&](ImportStatement& st) {
        st.bind(1, std::string_view(m_source))
            .bind(2, std::string_view(sourceId))
            .bind(3, m_batch.value())
            .bind(4, hash);
        bind(st);
    };
    if (existingHash) {
        if (*existingHash == hash)
            return Outcome::Unchanged;
        m_store.rememberBefore(m_batch, table, id);
        bindCommon(update);
        update.bind(30, id);
        update.run();
        if (entry)
            entry->rowHash = hash;
        return Outcome::Updated;
    }
    ImportStatement& insert = *m_st->insert;
    bindCommon(insert);
    insert.run();
    if (m_db.changes() == 1) {
        id = m_db.lastInsertRowId();
        isNew = true;
        return Outcome::Added;
    }
    // The same source id earlier in this very file: the row is this batch's own, no undo needed.
    m_st->bySource->bind(1, std::string_view(m_source)).bind(2, std::string_view(sourceId));
    m_st->bySource->step();
    id = m_st->bySource->int64(0);
    const qint64 previous = m_st->bySource->int64(1);
    m_st->bySource->reset();
    if (previous == hash)
        return Outcome::Unchanged;
    bindCommon(update);
    update.bind(30, id);
    update.run();
    return Outcome::Updated;
}

std::optional<qint64> ImportWriter::emailMatch(const ImportRecord& r) {
    if (!m_matchEmails || !r.has(Field::Email) || m_index.find(hashText(r.text(Field::SourceId))))
        return std::nullopt;
    return m_emails.find(r.text(Field::Email));
}

std::optional<QString> ImportWriter::stageEntries(const ImportRecord& r) {
    m_stages.clear();
    qint64 latest =
        r.has(Field::CreatedAt) ? r.at(Field::CreatedAt).number : std::numeric_limits<qint64>::min();
    bool any = r.has(Field::CreatedAt);
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

bool ImportWriter::writeStages(qint64 contact, const std::vector<std::pair<qint64, qint64>>& stages,
                               bool newContact) {
    if (newContact && !stages.empty()) {
        // A new contact's stage entries go in one statement: a third of the per-row statement overhead.
        const size_t n = stages.size();
        if (m_stageInserts.size() <= n)
            m_stageInserts.resize(n + 1);
        if (!m_stageInserts[n]) {
            std::string sql = "INSERT INTO contact_stage(contact_id, stage_id, entered_at, batch_id) VALUES ";
            for (size_t i = 0; i < n; ++i)
                sql += (i == 0 ? "(?1, ?" : ", (?1, ?") + std::to_string(3 + 2 * i) + ", ?" +
                       std::to_string(4 + 2 * i) + ", ?2)";
            m_stageInserts[n] = std::make_unique<ImportStatement>(m_db, sql);
        }
        ImportStatement& st = *m_stageInserts[n];
        st.bind(1, contact).bind(2, m_batch.value());
        for (size_t i = 0; i < n; ++i)
            st.bind(static_cast<int>(3 + 2 * i), stages[i].first)
                .bind(static_cast<int>(4 + 2 * i), stages[i].second);
        st.run();
        return true;
    }
    bool changed = false;
    for (const auto& [stage, at] : stages) {
        if (!newContact) {
            ImportStatement& sel = *m_st->stageSelect;
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

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeContact(const ImportRecord& r) {
    const auto account = m_refs.account(r);
    const auto owner = m_refs.owner(r);
    const auto campaign = m_refs.campaign(r);
    const auto persona = m_refs.persona(r, account);
    if (const auto reason = stageEntries(r))
        return *reason;
    const auto& entries = m_stages;
    const qint64 hash = rowHash(r, {account, owner, campaign, persona});
    const auto bindFields = [&](ImportStatement& st) {
        bindText(st, 5, r, Field::Email);
        bindText(st, 6, r, Field::FirstName);
        bindText(st, 7, r, Field::LastName);
        bindText(st, 8, r, Field::Title);
        bindId(st, 9, account);
        bindId(st, 10, persona);
        bindText(st, 11, r, Field::Channel);
        bindId(st, 12, campaign);
        bindId(st, 13, owner);
        bindNumber(st, 14, r, Field::Score);
        bindNumber(st, 15, r, Field::CreatedAt);
        bindText(st, 16, r, Field::HandoffStatus);
        bindNumber(st, 17, r, Field::HandoffDecidedAt);
        bindText(st, 18, r, Field::RejectionReason);
        bindNumber(st, 19, r, Field::FirstSalesTouchAt);
    };
    if (const auto matched = emailMatch(r)) {
        ImportStatement& check = *m_st->mergeCheck;
        bindFields(check);
        check.bind(30, *matched);
        const bool differs = check.step();
        check.reset();
        if (differs) {
            m_store.rememberBefore(m_batch, "contact", *matched);
            ImportStatement& merge = *m_st->merge;
            merge.bind(3, m_batch.value());
            bindFields(merge);
            merge.bind(30, *matched);
            merge.run();
        }
        const bool stagesChanged = writeStages(*matched, entries, false);
        return differs || stagesChanged ? Outcome::Updated : Outcome::Unchanged;
    }
    qint64 id = 0;
    bool isNew = false;
    const Outcome outcome = upsert(r, hash, std::nullopt, bindFields, id, isNew);
    if (outcome != Outcome::Unchanged)
        writeStages(id, entries, isNew);
    return outcome;
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeAccount(const ImportRecord& r) {
    const qint64 hash = rowHash(r, {});
    std::optional<QString> segment;
    if (r.has(Field::Segment))
        segment = r.qtext(Field::Segment);
    else if (r.has(Field::Employees))
        segment = segmentForEmployees(static_cast<int>(r.at(Field::Employees).number));
    return upsertRow(r, hash, [&](ImportStatement& st) {
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
    return upsertRow(r, hash, [&](ImportStatement& st) {
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
    return upsertRow(r, hash, [&](ImportStatement& st) {
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
    ImportRecord keyed = r; // campaign members have no id of their own in some exports: campaign + person
    if (!keyed.has(Field::SourceId)) {
        FieldValue& id = keyed.at(Field::SourceId);
        id.text = r.text(Field::CampaignSourceId) + ':' +
                  (r.has(Field::ContactSourceId) ? r.text(Field::ContactSourceId) : r.text(Field::Email));
        id.set = true;
        keyed.fieldsHashed = false; // the hash covers the synthesized id too
    }
    const auto kind =
        touchpointKindFromKey(r.has(Field::Kind) ? r.qtext(Field::Kind) : QStringLiteral("other"))
            .value_or(TouchpointKind::Other);
    const QString team = r.has(Field::Team) ? r.qtext(Field::Team) : toKey(teamOf(kind));
    const qint64 hash = rowHash(keyed, {contact, campaign});
    return upsertRow(keyed, hash, [&](ImportStatement& st) {
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
    return writeStages(*contact, m_stages, false) ? Outcome::Updated : Outcome::Unchanged;
}

} // namespace revalign
