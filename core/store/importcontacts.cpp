#include "store/importwriterprivate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

// ImportWriter's contact paths, split from importwriter.cpp: the email match, stage entries, new contacts
// inserted in groups (and a source id repeated in the file merged afterwards), stage-update rows.

namespace revalign {

namespace {
// Parameters per contact row in the grouped INSERT: id, then ?1..?19 of the single-row statements.
constexpr int kContactParams = 20;
const char* kContactColumns =
    "contact(id, source, source_id, batch_id, row_hash, email, first_name, last_name, title, account_id, "
    "persona_id, channel, campaign_id, owner_id, score, created_at, handoff_status, handoff_decided_at, "
    "rejection_reason, first_sales_touch_at)";

// The record as compact bytes while it waits for the end of the file: only the set fields (a contact row
// sets a dozen of kFieldCount), so a Salesforce contacts file in which every row matches a lead by email
// costs a few hundred bytes a row, not a whole ImportRecord.
std::string serialize(const ImportRecord& r) {
    std::string out;
    const auto put = [&out](const void* data, size_t n) { out.append(static_cast<const char*>(data), n); };
    put(&r.line, sizeof r.line);
    put(&r.fieldsHash, sizeof r.fieldsHash);
    const char hashed = r.fieldsHashed ? 1 : 0;
    put(&hashed, 1);
    for (size_t i = 0; i < r.values.size(); ++i) {
        const FieldValue& v = r.values[i];
        if (!v.set)
            continue;
        const auto index = static_cast<quint8>(i);
        const auto size = static_cast<quint32>(v.text.size());
        put(&index, sizeof index);
        put(&v.number, sizeof v.number);
        put(&v.real, sizeof v.real);
        put(&size, sizeof size);
        put(v.text.data(), v.text.size());
    }
    return out;
}

void deserialize(std::string_view bytes, ImportEntity entity, ImportRecord& r) {
    r.clear();
    r.entity = entity;
    size_t at = 0;
    const auto get = [&](void* data, size_t n) {
        std::memcpy(data, bytes.data() + at, n);
        at += n;
    };
    get(&r.line, sizeof r.line);
    get(&r.fieldsHash, sizeof r.fieldsHash);
    char hashed = 0;
    get(&hashed, 1);
    r.fieldsHashed = hashed != 0;
    while (at < bytes.size()) {
        quint8 index = 0;
        quint32 size = 0;
        get(&index, sizeof index);
        FieldValue& v = r.values[index];
        get(&v.number, sizeof v.number);
        get(&v.real, sizeof v.real);
        get(&size, sizeof size);
        v.text.assign(bytes.data() + at, size);
        at += size;
        v.set = true;
    }
}

constexpr size_t kExamples = 3;
} // namespace

void ImportWriter::Tally::add(Example e) {
    ++count;
    if (examples.size() < kExamples)
        examples.push_back(std::move(e));
}

ImportWriter::EmailMatch ImportWriter::emailMatch(const ImportRecord& r, quint64 key) {
    // A later row of an id already merged by email is that same record again.
    if (const auto merged = m_mergedInto.find(key); merged != m_mergedInto.end())
        return {EmailMatch::Merge, merged->second, {}};
    if (!m_matchEmails || !r.has(Field::Email))
        return {};
    const std::optional<qint64> candidate = m_emails.find(r.text(Field::Email));
    if (!candidate)
        return {};
    if (!m_st->identity)
        m_st->identity.emplace(m_db, "SELECT source, source_id FROM contact WHERE id = ?");
    Statement& who = *m_st->identity;
    who.bind(1, *candidate);
    if (!who.step()) {
        who.reset();
        return {};
    }
    const bool sameSource = who.textView(0) == m_source;
    const std::string ownId(who.textView(1));
    who.reset();
    EmailMatch match{EmailMatch::Merge, *candidate, QString::fromStdString(ownId)};
    if (const auto taken = m_absorbed.find(*candidate); taken != m_absorbed.end()) {
        if (taken->second != key)
            match.kind = EmailMatch::ApartTaken; // another row of this file already matched that contact
        return match;
    }
    if (sameSource) {
        // The contact's own id may be in this file too: then it is that row's, never this one's.
        const SourceIdIndex::Entry* own = m_index.find(hashText(ownId));
        if (own && own->claimed)
            match.kind = EmailMatch::ApartOwnId;
        else if (!m_resolving)
            match.kind = EmailMatch::Defer; // its own id may still come: decide at the end of the file
    }
    return match;
}

ImportWriter::Outcome ImportWriter::mergeByEmail(const ImportRecord& r, const ContactRefs& refs,
                                                 const EmailMatch& match, quint64 key) {
    const qint64 contact = match.contact;
    m_absorbed[contact] = key;
    m_mergedInto[key] = contact;
    m_mergedByEmail.add({r.line, r.qtext(Field::SourceId), match.contactId, r.qtext(Field::Email)});
    const auto bindFields = [&](Statement& st) { bindContact(st, 0, r, refs); };
    Statement& check = *m_st->mergeCheck;
    bindFields(check);
    check.bind(30, contact);
    const bool differs = check.step();
    check.reset();
    if (differs) {
        m_store.rememberBefore(m_batch, "contact", contact);
        Statement& merge = *m_st->merge;
        merge.bind(3, m_batch.value());
        bindFields(merge);
        merge.bind(30, contact);
        merge.run();
    }
    const bool stagesChanged = writeStages(contact, m_stages.data(), m_stages.size());
    // The matched record's hash is not this file's: never recomputed from this row.
    keepContactReferences(contact, r, refs, std::nullopt, false);
    return differs || stagesChanged ? Outcome::Updated : Outcome::Unchanged;
}

void ImportWriter::defer(const ImportRecord& r, quint64 key) {
    m_deferred.push_back(serialize(r));
    m_deferredKeys.insert(key);
}

std::vector<std::pair<qint64, QString>> ImportWriter::finish() {
    loadIndexes();
    flush();
    std::vector<std::pair<qint64, QString>> invalid;
    if (m_deferred.empty())
        return invalid;
    m_resolving = true;
    // In file order, a group at a time: new contacts among them keep pointers into `records` until the
    // flush that ends the group.
    std::vector<ImportRecord> records(std::min(kGroup, m_deferred.size()));
    for (size_t i = 0; i < m_deferred.size(); i += kGroup) {
        const size_t n = std::min(kGroup, m_deferred.size() - i);
        for (size_t j = 0; j < n; ++j) {
            deserialize(m_deferred[i + j], m_rules.entity, records[j]);
            if (auto reason = write(records[j]))
                invalid.emplace_back(records[j].line, std::move(*reason));
        }
        flush();
    }
    m_deferred.clear();
    m_deferredKeys.clear();
    m_resolving = false;
    return invalid;
}

QStringList ImportWriter::notes() const {
    const auto examples = [](const Tally& t, bool arrow) {
        QStringList parts;
        for (const Example& e : t.examples)
            parts << (arrow ? QCoreApplication::translate("Import", "line %1: id %2 → contact %3, %4")
                            : QCoreApplication::translate("Import", "line %1: id %2 and contact %3 share %4"))
                         .arg(e.line)
                         .arg(e.id, e.otherId, e.email);
        return parts.join(QStringLiteral("; "));
    };
    QStringList notes;
    if (m_mergedByEmail.count > 0)
        notes << QCoreApplication::translate("Import",
                                             "%n row(s) matched an existing contact by email, not by id, and "
                                             "were merged into it (e.g. %1)",
                                             nullptr, int(m_mergedByEmail.count))
                     .arg(examples(m_mergedByEmail, true));
    if (m_apartOwnId.count > 0)
        notes << QCoreApplication::translate(
                     "Import",
                     "%n row(s) have the email of a contact whose own id is also in this file: kept as "
                     "contacts of their own, not merged (e.g. %1)",
                     nullptr, int(m_apartOwnId.count))
                     .arg(examples(m_apartOwnId, false));
    if (m_apartTaken.count > 0)
        notes << QCoreApplication::translate(
                     "Import",
                     "%n row(s) have the email of a contact that another row of this file already matched: "
                     "kept as contacts of their own, not merged (e.g. %1)",
                     nullptr, int(m_apartTaken.count))
                     .arg(examples(m_apartTaken, false));
    return notes;
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
    const auto undated = [&](qint64 stage, const QString& key) {
        m_stages.emplace_back(stage, kUndatedStage);
        m_findings.undated(QStringLiteral("stage.") + key, r.line);
    };
    // A flag that the stage was reached (a lead list's Converted column) without its stage date: kept as
    // reached, date unknown. No date is borrowed from another column.
    for (size_t i = 0; i < kReachedFields.size(); ++i)
        if (r.has(kReachedFields[i]) && r.at(kReachedFields[i]).number != 0 &&
            !r.has(kStageFields[i].field) && m_stageFieldIds[i] != 0)
            undated(m_stageFieldIds[i], QString::fromLatin1(kStageFields[i].stageKey));
    if (r.has(Field::LifecycleStage) && r.text(Field::LifecycleStage) != "none") {
        const auto it = m_stageIds.find(r.text(Field::LifecycleStage));
        if (it == m_stageIds.end()) {
            m_failedField = Field::LifecycleStage; // the error names the column; the value goes with it
            return QCoreApplication::translate("Import", "not a funnel stage (known: %1)")
                .arg(m_stageKeys.join(QStringLiteral(", ")));
        }
        const bool known = std::any_of(m_stages.begin(), m_stages.end(),
                                       [&](const auto& e) { return e.first == it->second; });
        // A current stage without its own date is entered at the latest date the row knows; a row that
        // knows no date at all (a lead list without CreatedDate) keeps it as reached, date unknown.
        if (!known && any)
            m_stages.emplace_back(it->second, latest);
        else if (!known)
            undated(it->second, r.qtext(Field::LifecycleStage));
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
                const bool wasUndated = sel.int64(0) != 0;
                const qint64 before = sel.int64(1);
                sel.reset();
                // An undated fact never replaces what the workspace knows; a date replaces "date unknown".
                if (at != kUndatedStage && (wasUndated || before != at)) {
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
        Statement& insert = *m_st->stageInsert;
        insert.bind(1, contact).bind(2, stage);
        bindStageTime(insert, 3, at);
        insert.bind(4, m_batch.value()).run();
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
    const quint64 key = hashText(r.text(Field::SourceId));
    if (!m_index.find(key)) {
        // Not in the workspace before this batch. An id that is waiting for the end of the file keeps all
        // its rows there, in file order.
        if (!m_resolving && m_deferredKeys.count(key) > 0) {
            defer(r, key);
            return Outcome::Deferred;
        }
        const EmailMatch match = emailMatch(r, key);
        switch (match.kind) {
        case EmailMatch::Merge:
            return mergeByEmail(r, refs, match, key);
        case EmailMatch::Defer:
            defer(r, key);
            return Outcome::Deferred;
        case EmailMatch::ApartOwnId:
            m_apartOwnId.add({r.line, r.qtext(Field::SourceId), match.contactId, r.qtext(Field::Email)});
            break;
        case EmailMatch::ApartTaken:
            m_apartTaken.add({r.line, r.qtext(Field::SourceId), match.contactId, r.qtext(Field::Email)});
            break;
        case EmailMatch::None:
            break;
        }
        // New, unless an earlier row of this file had the same source id, which the grouped insert finds
        // out (flush()). Its references are kept then.
        keepContactReferences(-1, r, refs, std::nullopt, true);
        queueNew(r, hash, refs);
        return Outcome::Added;
    }
    qint64 id = 0;
    const auto bindFields = [&](Statement& st) { bindContact(st, 0, r, refs); };
    const Outcome outcome = upsert(r, hash, bindFields, id);
    keepContactReferences(outcome == Outcome::Unchanged ? -1 : id, r, refs, fieldsHash(r), false);
    if (outcome != Outcome::Unchanged)
        writeStages(id, m_stages.data(), m_stages.size());
    return outcome;
}

void ImportWriter::keepContactReferences(qint64 row, const ImportRecord& r, const ContactRefs& refs,
                                         std::optional<quint64> hash, bool newRow) {
    // row -1: count what does not resolve, write nothing (the row is unchanged, or not inserted yet).
    if (row < 0 && newRow) {
        // Counted now; kept by flush() once the row has its id.
        if (r.has(Field::AccountSourceId) && !refs.account)
            m_findings.unresolved(Field::AccountSourceId, r.text(Field::AccountSourceId));
        if (r.has(Field::CampaignSourceId) && !refs.campaign)
            m_findings.unresolved(Field::CampaignSourceId, r.text(Field::CampaignSourceId));
        return;
    }
    keepReferences(row < 0 ? std::nullopt : std::optional<qint64>(row), r,
                   {{Field::AccountSourceId, refs.account.has_value()},
                    {Field::CampaignSourceId, refs.campaign.has_value()}},
                   hash, newRow);
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
    loadIndexes();
    if (m_history)
        m_history->finish();
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
                stages.bind(param, m_pending[j].id).bind(param + 1, m_pendingStages[i].first);
                bindStageTime(stages, param + 2, m_pendingStages[i].second);
                param += 3;
            }
        }
        stages.run();
    }
    for (size_t j = 0; j < m_pending.size(); ++j) {
        const Pending& p = m_pending[j];
        if (skipped[j]) {
            mergeRepeat(p);
            continue;
        }
        for (const auto& [field, resolved] :
             {std::pair{Field::AccountSourceId, p.refs.account.has_value()},
              std::pair{Field::CampaignSourceId, p.refs.campaign.has_value()}})
            if (p.record->has(field) && !resolved)
                m_pendingRefs.keep(p.id, field, p.record->text(field), fieldsHash(*p.record), true);
    }
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
    for (const auto& [field, resolved] : {std::pair{Field::AccountSourceId, p.refs.account.has_value()},
                                          std::pair{Field::CampaignSourceId, p.refs.campaign.has_value()}})
        if (p.record->has(field))
            m_pendingRefs.keep(
                id, field, resolved ? std::nullopt : std::optional<std::string_view>(p.record->text(field)),
                fieldsHash(*p.record), false);
    ++m_counts.updated;
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeStageUpdate(const ImportRecord& r) {
    const auto contact = m_refs.contact(r);
    if (!contact) {
        m_failedField = r.has(Field::ContactSourceId) ? Field::ContactSourceId : Field::Email;
        return QCoreApplication::translate("Import", "no %1 contact or lead with id '%2' in the workspace")
            .arg(m_rules.source,
                 r.has(Field::ContactSourceId) ? r.qtext(Field::ContactSourceId) : r.qtext(Field::Email));
    }
    if (const auto reason = stageEntries(r))
        return *reason;
    const bool stagesChanged = writeStages(*contact, m_stages.data(), m_stages.size());
    // The handoff as sales decided it (an SDR's accept/reject list keyed by lead id): only what the file
    // has, and only when it differs, so re-importing the file changes nothing.
    bool handoffChanged = false;
    // The owner at this update (who works the lead now) replaces the contact's owner when it differs.
    const auto owner = m_refs.owner(r);
    if (r.has(Field::HandoffStatus) || r.has(Field::HandoffDecidedAt) || r.has(Field::RejectionReason) ||
        r.has(Field::FirstSalesTouchAt) || owner) {
        if (!m_st->handoffCheck) {
            m_st->handoffCheck.emplace(
                m_db, "SELECT 1 FROM contact WHERE id = ?5 AND ((?1 IS NOT NULL AND ?1 IS DISTINCT FROM "
                      "handoff_status) "
                      "OR (?2 IS NOT NULL AND ?2 IS DISTINCT FROM handoff_decided_at) OR (?3 IS NOT NULL AND "
                      "?3 IS DISTINCT FROM "
                      "rejection_reason) OR (?4 IS NOT NULL AND ?4 IS DISTINCT FROM first_sales_touch_at) "
                      "OR (?6 IS NOT NULL AND ?6 IS DISTINCT FROM owner_id))");
            m_st->handoffUpdate.emplace(m_db,
                                        "UPDATE contact SET handoff_status = coalesce(?1, handoff_status), "
                                        "handoff_decided_at = coalesce(?2, handoff_decided_at), "
                                        "rejection_reason = coalesce(?3, rejection_reason), "
                                        "first_sales_touch_at = coalesce(?4, first_sales_touch_at), "
                                        "owner_id = coalesce(?6, owner_id) WHERE id = ?5");
        }
        const auto bindHandoff = [&](Statement& st) {
            bindText(st, 1, r, Field::HandoffStatus);
            bindNumber(st, 2, r, Field::HandoffDecidedAt);
            bindText(st, 3, r, Field::RejectionReason);
            bindNumber(st, 4, r, Field::FirstSalesTouchAt);
            st.bind(5, *contact);
            bindId(st, 6, owner);
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
