#include "store/importwriterprivate.h"

#include "domain/account.h"
#include "domain/enums.h"
#include "store/definitionstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace revalign {

ImportWriter::ImportWriter(Database& db, ImportStore& store, ImportBatchId batch, const ImportRules& rules,
                           qint64 asOf)
    : m_db(db)
    , m_store(store)
    , m_batch(batch)
    , m_rules(rules)
    , m_st(std::make_unique<Statements>())
    , m_refs(db, batch, rules)
    , m_emails(db)
    , m_pendingRefs(db, store, batch, rules.source) {
    const std::string table = tableOf(rules.entity);
    if (rules.entity != ImportEntity::Owners) {
        m_st->bySource.emplace(db, "SELECT id, coalesce(row_hash, 0) FROM " + table +
                                       " WHERE source = ?1 AND source_id = ?2");
        m_st->rowHash.emplace(db, "SELECT coalesce(row_hash, 0) FROM " + table + " WHERE id = ?");
    }
    m_st->stageSelect.emplace(
        db, "SELECT entered_at IS NULL, entered_at FROM contact_stage WHERE contact_id = ? AND stage_id = ?");
    m_st->stageInsert.emplace(
        db, "INSERT INTO contact_stage(contact_id, stage_id, entered_at, batch_id) VALUES (?, ?, ?, ?)");
    m_st->stageUpdate.emplace(
        db, "UPDATE contact_stage SET entered_at = ?, batch_id = ? WHERE contact_id = ? AND stage_id = ?");
    m_source = rules.source.toStdString();
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
    // PostgreSQL hands the new id back in the insert itself (no last-insert-rowid there); a conflict
    // returns no row (ImportWriter::upsert).
    const std::string returning = db.isPostgres() ? " RETURNING id" : "";
    switch (rules.entity) {
    case ImportEntity::Contacts:
        m_st->insert.emplace(
            db, "INSERT INTO contact(source, source_id, batch_id, row_hash, email, first_name, "
                "last_name, title, account_id, persona_id, channel, campaign_id, owner_id, score, "
                "created_at, handoff_status, handoff_decided_at, rejection_reason, first_sales_touch_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                "coalesce(?16, 'none'), ?17, ?18, ?19) ON CONFLICT DO NOTHING" +
                    returning);
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
            // write only when a value really differs, so re-importing either file changes nothing. Each
            // parameter is first compared with its column: PostgreSQL types a parameter where it first
            // appears, and "?5 IS NOT NULL" alone gives it no type (a NULL email then failed the PREPARE).
            const char* differs = "(?5 IS DISTINCT FROM email AND ?5 IS NOT NULL)"
                                  " OR (?6 IS DISTINCT FROM first_name AND ?6 IS NOT NULL)"
                                  " OR (?7 IS DISTINCT FROM last_name AND ?7 IS NOT NULL)"
                                  " OR (?8 IS DISTINCT FROM title AND ?8 IS NOT NULL)"
                                  " OR (?9 IS DISTINCT FROM account_id AND ?9 IS NOT NULL)"
                                  " OR (?10 IS DISTINCT FROM persona_id AND ?10 IS NOT NULL)"
                                  " OR (?11 IS DISTINCT FROM channel AND ?11 IS NOT NULL)"
                                  " OR (?12 IS DISTINCT FROM campaign_id AND ?12 IS NOT NULL)"
                                  " OR (?13 IS DISTINCT FROM owner_id AND ?13 IS NOT NULL)"
                                  " OR (?14 IS DISTINCT FROM score AND ?14 IS NOT NULL)"
                                  " OR (?15 IS DISTINCT FROM created_at AND ?15 IS NOT NULL)"
                                  " OR (?16 IS DISTINCT FROM handoff_status AND ?16 IS NOT NULL)"
                                  " OR (?17 IS DISTINCT FROM handoff_decided_at AND ?17 IS NOT NULL)"
                                  " OR (?18 IS DISTINCT FROM rejection_reason AND ?18 IS NOT NULL)"
                                  " OR (?19 IS DISTINCT FROM first_sales_touch_at AND ?19 IS NOT NULL)";
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
        if (rules.matchEmail) {
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
            db, "INSERT INTO account(source, source_id, batch_id, row_hash, name, domain, "
                "industry, employees, country, segment) VALUES (?1, ?2, ?3, ?4, coalesce(?5, ''), ?6, "
                "?7, ?8, ?9, ?10) ON CONFLICT DO NOTHING" +
                    returning);
        m_st->update.emplace(db,
                             "UPDATE account SET batch_id = ?3, row_hash = ?4, name = coalesce(?5, name), "
                             "domain = coalesce(?6, domain), industry = coalesce(?7, industry), "
                             "employees = coalesce(?8, employees), country = coalesce(?9, country), "
                             "segment = coalesce(?10, segment) WHERE id = ?30");
        break;
    case ImportEntity::Campaigns:
        m_st->insert.emplace(
            db, "INSERT INTO campaign(source, source_id, batch_id, row_hash, name, channel, "
                "cost_cents, currency, start_date, end_date) VALUES (?1, ?2, ?3, ?4, coalesce(?5, ?2), "
                "?6, coalesce(?7, 0), ?8, ?9, ?10) ON CONFLICT DO NOTHING" +
                    returning);
        m_st->update.emplace(db,
                             "UPDATE campaign SET batch_id = ?3, row_hash = ?4, name = coalesce(?5, name), "
                             "channel = coalesce(?6, channel), cost_cents = coalesce(?7, cost_cents), "
                             "currency = coalesce(?8, currency), start_date = coalesce(?9, start_date), "
                             "end_date = coalesce(?10, end_date) WHERE id = ?30");
        break;
    case ImportEntity::Opportunities:
        m_st->insert.emplace(
            db, "INSERT INTO opportunity(source, source_id, batch_id, row_hash, account_id, "
                "contact_id, owner_id, campaign_id, name, amount_cents, currency, stage, probability, "
                "forecast_category, created_at, close_date, is_closed, is_won, sourced_by, channel) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, coalesce(?9, ''), ?10, ?11, ?12, ?13, ?14, "
                "?15, ?16, coalesce(?17, 0), coalesce(?18, 0), coalesce(?19, 'unknown'), ?20) ON CONFLICT DO "
                "NOTHING" +
                    returning);
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
        [[fallthrough]];
    case ImportEntity::DealHistory: {
        loadDealStages();
        m_history = std::make_unique<DealHistoryWriter>(db, store, batch, asOf, rules.mapsAsOf);
        break;
    }
    case ImportEntity::Touchpoints:
    case ImportEntity::CampaignMembers:
        m_st->insert.emplace(
            db, "INSERT INTO touchpoint(source, source_id, batch_id, row_hash, contact_id, "
                "occurred_at, channel, campaign_id, kind, team) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                "?9, ?10) ON CONFLICT DO NOTHING" +
                    returning);
        m_st->update.emplace(db,
                             "UPDATE touchpoint SET batch_id = ?3, row_hash = ?4, contact_id = ?5, "
                             "occurred_at = ?6, channel = coalesce(?7, channel), "
                             "campaign_id = coalesce(?8, campaign_id), kind = ?9, team = ?10 WHERE id = ?30");
        break;
    case ImportEntity::StageUpdates:
    case ImportEntity::Owners:
        break;
    }
}

ImportWriter::~ImportWriter() = default;

void ImportWriter::loadIndexes() {
    if (m_indexesLoaded)
        return;
    m_indexesLoaded = true;
    const std::string table = tableOf(m_rules.entity);
    // Owners have no (source, source id) key; history rows are found by DealHistoryWriter.
    if (m_rules.entity != ImportEntity::Owners && m_rules.entity != ImportEntity::DealHistory)
        m_index.load(m_db, table, m_rules.source);
    if (table == "contact" && m_rules.entity != ImportEntity::StageUpdates)
        m_pendingRefs.load(table);
    else if (table == "opportunity" || table == "touchpoint")
        m_pendingRefs.load(table);
}

std::optional<QString> ImportWriter::write(const ImportRecord& r) {
    loadIndexes();
    m_failedField = Field::Ignore;
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
    case ImportEntity::DealHistory:
        outcome = writeDealHistory(r);
        break;
    case ImportEntity::Owners:
        outcome = writeOwner(r);
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
    case Outcome::Deferred: // counted when finish() decides it
        break;
    }
    return std::nullopt;
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
    // Stages the workspace meets first are added in pipeline (column) order: the stage-entered columns
    // before the row's current stage, which is usually the last of them.
    for (const auto& entry : r.stageEntries)
        dealStageByText(entry.first, /*count=*/false);
    // What the file leaves out, the workspace's deal stage tells (probability, forecast, closed, won);
    // a stage nobody has defined yet tells only that the deal is open (or what its first deal said).
    const DealStageInfo* deal = dealStage(r);
    const bool defined = deal && deal->defined;
    const bool won = r.has(Field::IsWon) ? r.at(Field::IsWon).number != 0 : deal && deal->won;
    // A won deal is closed even when the file has only the won flag.
    const bool closed = r.has(Field::IsClosed) ? r.at(Field::IsClosed).number != 0
                                               : (r.has(Field::IsWon) && won) || (deal && deal->closed);
    if (closed && !r.has(Field::CloseDate))
        m_findings.undated(won ? QStringLiteral("won") : QStringLiteral("lost"), r.line);
    const qint64 hash = rowHash(r, {account, contact, owner, campaign});
    const qint64 at = r.has(Field::AsOf) ? r.at(Field::AsOf).number : m_history->asOf();
    const auto references = [&](std::optional<qint64> row, bool added) {
        keepReferences(row, r,
                       {{Field::AccountSourceId, account.has_value()},
                        {Field::ContactSourceId, contact.has_value()},
                        {Field::CampaignSourceId, campaign.has_value()}},
                       fieldsHash(r), added);
    };
    // An export older than what the workspace holds for this deal fills its past only: the deal as it is
    // now stays as the newer export left it.
    if (m_history->mayHoldLaterStates()) {
        std::optional<qint64> existing;
        if (SourceIdIndex::Entry* entry = m_index.find(hashText(r.text(Field::SourceId)))) {
            existing = entry->id;
        } else { // added earlier in this very file (a file of several moments)
            Statement& bySource = *m_st->bySource;
            bySource.bindView(1, std::string_view(m_source))
                .bindView(2, std::string_view(r.text(Field::SourceId)));
            if (bySource.step())
                existing = bySource.int64(0);
            bySource.reset();
        }
        if (existing && m_history->hasLaterState(*existing, at)) {
            const bool wrote =
                m_history->snapshot(*existing, dealFacts(r, deal, owner, /*history=*/false), at, false);
            const Outcome entries = writeStageEntries(r, *existing, r.text(Field::SourceId));
            references(std::nullopt, false); // the deal row stays as the newer export wrote it
            return wrote || entries != Outcome::Unchanged ? Outcome::Updated : Outcome::Unchanged;
        }
    }
    qint64 id = 0;
    Outcome outcome = upsert(
        r, hash,
        [&](Statement& st) {
            bindId(st, 5, account);
            bindId(st, 6, contact);
            bindId(st, 7, owner);
            bindId(st, 8, campaign);
            bindText(st, 9, r, Field::Name);
            bindNumber(st, 10, r, Field::Amount);
            bindText(st, 11, r, Field::Currency);
            if (deal)
                st.bind(12, deal->name);
            else
                st.bindNull(12);
            if (r.has(Field::Probability))
                st.bind(13, r.at(Field::Probability).real);
            else if (defined)
                st.bind(13, deal->probability);
            else
                st.bindNull(13);
            if (r.has(Field::ForecastCategory))
                bindText(st, 14, r, Field::ForecastCategory);
            else if (defined)
                st.bind(14, deal->forecast);
            else
                st.bindNull(14);
            bindNumber(st, 15, r, Field::CreatedAt);
            bindText(st, 16, r, Field::CloseDate);
            if (r.has(Field::IsClosed) || r.has(Field::IsWon) || deal)
                st.bind(17, closed ? 1 : 0);
            else
                st.bindNull(17);
            if (r.has(Field::IsWon) || deal)
                st.bind(18, won ? 1 : 0);
            else
                st.bindNull(18);
            bindText(st, 19, r, Field::SourcedBy);
            bindText(st, 20, r, Field::Channel);
        },
        id);
    references(outcome == Outcome::Unchanged ? std::nullopt : std::optional<qint64>(id),
               outcome == Outcome::Added);
    // Every deals row is a snapshot: an unchanged row states nothing new (changes only), unless the deal's
    // latest entry is imported history that this later export supersedes.
    if (outcome != Outcome::Unchanged || m_history->needsRestating(id)) {
        if (m_history->snapshot(id, dealFacts(r, deal, owner, /*history=*/false), at,
                                outcome == Outcome::Added) &&
            outcome == Outcome::Unchanged)
            outcome = Outcome::Updated;
        // The stage-entered columns are part of the row's content hash: unchanged, they hold nothing new.
        const Outcome entries = writeStageEntries(r, id, r.text(Field::SourceId));
        if (outcome == Outcome::Unchanged && entries != Outcome::Unchanged)
            outcome = Outcome::Updated;
    }
    return outcome;
}

DealFacts ImportWriter::dealFacts(const ImportRecord& r, const DealStageInfo* deal,
                                  std::optional<qint64> owner, bool history) const {
    DealFacts f;
    const bool defined = deal && deal->defined;
    if (deal)
        f.stage = deal->name.toStdString(); // as the workspace names it (a won/lost word maps to its stage)
    if (r.has(Field::Amount))
        f.amountCents = r.at(Field::Amount).number;
    if (r.has(Field::CloseDate))
        f.closeDate = r.text(Field::CloseDate);
    if (r.has(Field::Probability))
        f.probability = r.at(Field::Probability).real;
    else if (defined)
        f.probability = deal->probability;
    if (r.has(Field::ForecastCategory))
        f.forecast = r.text(Field::ForecastCategory);
    else if (defined)
        f.forecast = deal->forecast.toStdString();
    f.owner = owner;
    if (r.has(Field::IsClosed) || r.has(Field::IsWon) || (deal && (defined || !history))) {
        // As the deal row itself is written (writeOpportunity): the flags, else the stage's definition.
        const bool won = r.has(Field::IsWon) ? r.at(Field::IsWon).number != 0 : deal && deal->won;
        const bool closed = r.has(Field::IsClosed) ? r.at(Field::IsClosed).number != 0
                                                   : (r.has(Field::IsWon) && won) || (deal && deal->closed);
        f.status = won ? "won" : closed ? "lost" : "open";
    } else if (history && f.stage) {
        // A history file carries no closed/won flags: a stage nobody has defined yet is read by its words.
        f.status = statusOfStageName(*f.stage);
    }
    return f;
}

ImportWriter::Outcome ImportWriter::writeStageEntries(const ImportRecord& r, qint64 deal,
                                                      const std::string& dealSourceId) {
    Outcome outcome = Outcome::Unchanged;
    for (const auto& entry : r.stageEntries) {
        const std::string& stage = entry.first;
        const qint64 at = entry.second;
        DealFacts f;
        // The stage as the workspace knows it; one it has not met yet is added, not yet defined.
        const DealStageInfo* def = dealStage(QString::fromStdString(stage));
        f.stage = def->name.toStdString();
        if (def->defined) {
            f.probability = def->probability;
            f.forecast = def->forecast.toStdString();
            f.status = def->won ? "won" : def->closed ? "lost" : "open";
        } else {
            f.status = statusOfStageName(stage);
        }
        // One row per (deal, stage): HubSpot keeps the latest time a deal entered each stage.
        const std::string key = dealSourceId + "|entered|" + stage;
        const qint64 hash =
            static_cast<qint64>(hashText(key + '|' + std::to_string(at)) & 0x7fffffffffffffffULL);
        switch (m_history->history(deal, f, at, m_source, key, hash)) {
        case DealHistoryWriter::Change::Added:
            if (outcome == Outcome::Unchanged)
                outcome = Outcome::Added;
            break;
        case DealHistoryWriter::Change::Updated:
            outcome = Outcome::Updated;
            break;
        case DealHistoryWriter::Change::None:
            break;
        }
    }
    return outcome;
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeDealHistory(const ImportRecord& r) {
    const std::string& dealSourceId = r.text(Field::DealSourceId);
    const std::optional<qint64> deal = m_history->deal(m_source, dealSourceId);
    if (!deal)
        return QCoreApplication::translate("Import", "no %1 deal with id '%2' in the workspace (import the "
                                                     "deals first, or in the same import)")
            .arg(m_rules.source, r.qtext(Field::DealSourceId));
    Outcome outcome = writeStageEntries(r, *deal, dealSourceId);
    if (!r.has(Field::ChangedAt))
        return outcome;
    const auto owner = m_refs.owner(r);
    // Without an id of its own a change row is keyed by deal, time and stage.
    const std::string key = r.has(Field::SourceId)
                                ? r.text(Field::SourceId)
                                : dealSourceId + '|' + std::to_string(r.at(Field::ChangedAt).number) + '|' +
                                      r.text(Field::DealStage);
    const qint64 hash = rowHash(r, {owner});
    switch (m_history->history(*deal, dealFacts(r, dealStage(r), owner, /*history=*/true),
                               r.at(Field::ChangedAt).number, m_source, key, hash)) {
    case DealHistoryWriter::Change::Added:
        return outcome == Outcome::Updated ? Outcome::Updated : Outcome::Added;
    case DealHistoryWriter::Change::Updated:
        return Outcome::Updated;
    case DealHistoryWriter::Change::None:
        break;
    }
    return outcome;
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeTouchpoint(const ImportRecord& r) {
    // A contact or campaign not in the workspace yet is kept as a pending reference: the touch links to
    // it when its record arrives.
    const auto contact = m_refs.contact(r);
    const auto campaign = m_refs.campaign(r);
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
    qint64 id = 0;
    const Outcome outcome = upsert(
        keyed, hash,
        [&](Statement& st) {
            bindId(st, 5, contact);
            bindNumber(st, 6, keyed, Field::OccurredAt);
            bindText(st, 7, keyed, Field::Channel);
            bindId(st, 8, campaign);
            st.bind(9, toKey(kind));
            st.bind(10, team);
        },
        id);
    const Field person = r.has(Field::ContactSourceId) ? Field::ContactSourceId : Field::Email;
    keepReferences(outcome == Outcome::Unchanged ? std::nullopt : std::optional<qint64>(id), keyed,
                   {{person, contact.has_value()}, {Field::CampaignSourceId, campaign.has_value()}},
                   fieldsHash(keyed), outcome == Outcome::Added);
    return outcome;
}

void ImportWriter::keepReferences(std::optional<qint64> row, const ImportRecord& r,
                                  std::initializer_list<std::pair<Field, bool>> refs,
                                  std::optional<quint64> fieldsHash, bool newRow) {
    for (const auto& [field, resolved] : refs) {
        if (!r.has(field))
            continue;
        if (!resolved)
            m_findings.unresolved(field, r.text(field));
        if (row)
            m_pendingRefs.keep(*row, field,
                               resolved ? std::nullopt : std::optional<std::string_view>(r.text(field)),
                               fieldsHash, newRow);
    }
}

void ImportWriter::linkPending() {
    loadIndexes();
    flush();
    switch (m_rules.entity) {
    case ImportEntity::Accounts:
        m_findings.linked(m_pendingRefs.link("account"));
        break;
    case ImportEntity::Campaigns:
        m_findings.linked(m_pendingRefs.link("campaign"));
        break;
    case ImportEntity::Contacts:
        m_findings.linked(m_pendingRefs.link("contact"));
        break;
    default:
        break;
    }
    for (const auto& [role, owners] : m_unknownRoles)
        m_findings.note(QCoreApplication::translate(
                            "Import",
                            "role '%1' is not one of RevAlign's roles (%2): %n owner(s) got the role "
                            "'%3', with '%1' as their title where the file gives none; map it "
                            "under values.role",
                            nullptr, int(owners))
                            .arg(role,
                                 QStringLiteral("demand_gen, content, marketing_ops, product_marketing, "
                                                "bdr, sdr, ae, sales_ops"),
                                 m_rules.effectiveOwnerRole()));
    m_unknownRoles.clear();
}

} // namespace revalign
