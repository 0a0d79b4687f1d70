#pragma once

// What importwriter.cpp and importcontacts.cpp share: ImportWriter's prepared statements, a pending new
// contact, the bind helpers and the upsert templates. Include only from those two files.

#include "store/importwriter.h"

#include <limits>

namespace revalign {

namespace importwriter_detail {
// New contacts per INSERT. 1 -> 16 rows a statement halves SQLite's time per row (bench/import_bench.sh);
// 32 gains a little more, beyond that nothing measurable.
inline constexpr size_t kGroup = 32;

// Bind helpers: an unset field binds NULL, so UPDATE ... coalesce(?, col) keeps what the file lacks.
inline void bindText(Statement& st, int index, const ImportRecord& r, Field f) {
    if (r.has(f))
        st.bindView(index, std::string_view(r.text(f)));
    else
        st.bindNull(index);
}
inline void bindNumber(Statement& st, int index, const ImportRecord& r, Field f) {
    if (r.has(f))
        st.bind(index, r.at(f).number);
    else
        st.bindNull(index);
}
inline void bindId(Statement& st, int index, std::optional<qint64> id) {
    if (id)
        st.bind(index, *id);
    else
        st.bindNull(index);
}
// A stage entry without a date: "reached, date unknown" (stored as entered_at NULL).
inline constexpr qint64 kUndatedStage = std::numeric_limits<qint64>::min();

inline void bindStageTime(Statement& st, int index, qint64 at) {
    if (at == kUndatedStage)
        st.bindNull(index);
    else
        st.bind(index, at);
}

inline const char* tableOf(ImportEntity e) {
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
    case ImportEntity::Owners:
        return "owner";
    case ImportEntity::DealHistory:
        return "deal_state";
    }
    return "contact";
}
} // namespace importwriter_detail
using namespace importwriter_detail;

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
    std::optional<Statement> identity; // a contact's source and source id (the email fallback's candidate)
    std::optional<Statement> handoffCheck; // stage updates that carry the handoff decision
    std::optional<Statement> handoffUpdate;
};

struct ImportWriter::DealStageInfo {
    QString name; // as the workspace stores it
    double probability = 0;
    QString forecast;
    bool closed = false;
    bool won = false;
    bool defined = true;
    bool added = false; // added by this batch
};

struct ImportOwnerRow {
    qint64 id = 0;
    QString name;
    QString sourceId;
    QString email;
    QString role;
    QString team;
    std::optional<qint64> manager;
    QString region;
    QString title;
    bool ours = false; // written by this batch
};

struct ImportWriter::Pending {
    const ImportRecord* record;
    qint64 id;
    qint64 hash;
    ContactRefs refs;
    size_t stageBegin;
    size_t stageEnd;
};

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
        entry->claimed = true; // this file holds the record's own id: no other row may take it by email
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
    if (m_db.isPostgres()) [[unlikely]] {
        // The insert ends in RETURNING id there (see ImportWriter's constructor); a conflict returns no row.
        const bool added = insert.step();
        if (added)
            id = insert.int64(0);
        insert.reset();
        if (added)
            return Outcome::Added;
        return updateRepeat(r, hash, bind, id);
    }
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

} // namespace revalign
