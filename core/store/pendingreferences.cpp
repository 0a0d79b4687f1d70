#include "store/pendingreferences.h"

#include "store/importreferences.h"
#include "store/importstore.h"

#include <QCoreApplication>

namespace revalign {

namespace {
quint64 entryKey(qint64 row, Field field) {
    return (quint64(row) << 8) | quint64(field);
}

// The column a reference field fills.
const char* columnOf(Field field) {
    switch (field) {
    case Field::AccountSourceId:
        return "account_id";
    case Field::CampaignSourceId:
        return "campaign_id";
    default:
        return "contact_id"; // contact_source_id, email
    }
}

// The fields that reference records of `target`.
std::vector<Field> fieldsTargeting(std::string_view target) {
    if (target == "account")
        return {Field::AccountSourceId};
    if (target == "campaign")
        return {Field::CampaignSourceId};
    if (target == "contact")
        return {Field::ContactSourceId, Field::Email};
    return {};
}

bool knownTable(std::string_view table) {
    return table == "contact" || table == "opportunity" || table == "touchpoint";
}
} // namespace

const std::vector<const char*>& hashedReferenceColumns(std::string_view table) {
    static const std::vector<const char*> contact{"account_id", "owner_id", "campaign_id", "persona_id"};
    static const std::vector<const char*> opportunity{"account_id", "contact_id", "owner_id", "campaign_id"};
    static const std::vector<const char*> touchpoint{"contact_id", "campaign_id"};
    static const std::vector<const char*> none;
    return table == "contact"       ? contact
           : table == "opportunity" ? opportunity
           : table == "touchpoint"  ? touchpoint
                                    : none;
}

PendingReferences::PendingReferences(Database& db, ImportStore& store, ImportBatchId batch,
                                     const QString& source)
    : m_db(db)
    , m_store(store)
    , m_batch(batch)
    , m_source(source) {}

void PendingReferences::load(std::string_view table) {
    if (!knownTable(table))
        throw Error(QStringLiteral("internal: no pending references for table %1")
                        .arg(QString::fromUtf8(table.data(), qsizetype(table.size()))));
    m_table = std::string(table);
    m_entries.clear();
    m_find.reset();
}

PendingReferences::Entry* PendingReferences::find(qint64 row, Field field) {
    const quint64 key = entryKey(row, field);
    if (const auto it = m_entries.find(key); it != m_entries.end())
        return &it->second;
    if (!m_find)
        m_find.emplace(m_db, "SELECT id, source_id, fields_hash, resolved_batch_id, batch_id FROM "
                             "pending_reference WHERE table_name = ? AND row_id = ? AND field = ?");
    const std::string fieldKey = fieldInfo(field).key;
    m_find->bind(1, std::string_view(m_table)).bind(2, row).bind(3, std::string_view(fieldKey));
    Entry* found = nullptr;
    if (m_find->step())
        found =
            &m_entries
                 .emplace(key, Entry{m_find->int64(0), std::string(m_find->textView(1)), m_find->optInt64(2),
                                     !m_find->isNull(3), m_find->optInt64(4) == m_batch.value()})
                 .first->second;
    m_find->reset();
    return found;
}

void PendingReferences::remember(const Entry& e) {
    if (!e.ours)
        m_store.rememberBefore(m_batch, "pending_reference", e.id);
}

void PendingReferences::insert(qint64 row, Field field, std::string_view id,
                               std::optional<quint64> fieldsHash) {
    if (!m_insert)
        m_insert.emplace(m_db, "INSERT INTO pending_reference(table_name, row_id, field, source, source_id, "
                               "fields_hash, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
    const std::string key = fieldInfo(field).key;
    m_insert->bind(1, std::string_view(m_table))
        .bind(2, row)
        .bind(3, std::string_view(key))
        .bind(4, m_source)
        .bind(5, id);
    if (fieldsHash)
        m_insert->bind(6, qint64(*fieldsHash));
    else
        m_insert->bindNull(6);
    m_insert->bind(7, m_batch.value());
    const qint64 entry = m_insert->runReturningId();
    m_entries[entryKey(row, field)] =
        Entry{entry, std::string(id), fieldsHash ? std::optional<qint64>(qint64(*fieldsHash)) : std::nullopt,
              false, true};
}

void PendingReferences::keep(qint64 row, Field field, std::optional<std::string_view> unresolvedId,
                             std::optional<quint64> fieldsHash, bool newRow) {
    if (newRow) {
        if (unresolvedId)
            insert(row, field, *unresolvedId, fieldsHash);
        return;
    }
    Entry* const found = find(row, field);
    if (!unresolvedId) {
        // The row's reference resolved as it was written: an entry still waiting is settled now (it would
        // otherwise overwrite the reference when its old id arrives).
        if (!found || found->resolved)
            return;
        remember(*found);
        if (!m_resolve)
            m_resolve.emplace(m_db, "UPDATE pending_reference SET resolved_batch_id = ? WHERE id = ?");
        m_resolve->bind(1, m_batch.value()).bind(2, found->id).run();
        found->resolved = true;
        return;
    }
    if (!found) {
        insert(row, field, *unresolvedId, fieldsHash);
        return;
    }
    Entry& e = *found;
    const std::optional<qint64> hash = fieldsHash ? std::optional<qint64>(qint64(*fieldsHash)) : std::nullopt;
    if (!e.resolved && e.sourceId == *unresolvedId && e.fieldsHash == hash)
        return;
    remember(e);
    if (!e.resolved && e.sourceId == *unresolvedId) {
        // Still waiting for the same record; only the row's own fields changed (a deal's amount or stage
        // in a weekly export). Not setting source and source_id leaves their index alone: one page less
        // for each changed row.
        if (!m_rehash)
            m_rehash.emplace(m_db, "UPDATE pending_reference SET fields_hash = ?, batch_id = ? WHERE id = ?");
        if (hash)
            m_rehash->bind(1, *hash);
        else
            m_rehash->bindNull(1);
        m_rehash->bind(2, m_batch.value()).bind(3, e.id).run();
        e.fieldsHash = hash;
        return;
    }
    if (!m_update)
        m_update.emplace(m_db, "UPDATE pending_reference SET source = ?, source_id = ?, fields_hash = ?, "
                               "batch_id = ?, resolved_batch_id = NULL WHERE id = ?");
    m_update->bind(1, m_source).bind(2, *unresolvedId);
    if (hash)
        m_update->bind(3, *hash);
    else
        m_update->bindNull(3);
    m_update->bind(4, m_batch.value()).bind(5, e.id).run();
    e.sourceId = std::string(*unresolvedId);
    e.fieldsHash = hash;
    e.resolved = false;
}

qint64 PendingReferences::link(std::string_view target) {
    struct Link {
        qint64 entry;
        std::string table;
        qint64 row;
        Field field;
        std::optional<qint64> fieldsHash;
        qint64 target;
    };
    std::vector<Link> links;
    const std::string t(target);
    EmailIndex emails(m_db);
    for (const Field field : fieldsTargeting(target)) {
        Statement pending(m_db, "SELECT id, table_name, row_id, source, source_id, fields_hash FROM "
                                "pending_reference WHERE field = ? AND resolved_batch_id IS NULL");
        pending.bind(1, std::string_view(fieldInfo(field).key));
        Statement bySource(m_db, "SELECT id FROM " + t + " WHERE source = ? AND source_id = ?");
        while (pending.step()) {
            std::optional<qint64> found;
            if (field == Field::Email) {
                found = emails.find(pending.textView(4));
            } else {
                bySource.bindView(1, pending.textView(3)).bindView(2, pending.textView(4));
                if (bySource.step())
                    found = bySource.int64(0);
                bySource.reset();
            }
            if (found)
                links.push_back({pending.int64(0), std::string(pending.textView(1)), pending.int64(2), field,
                                 pending.optInt64(5), *found});
        }
    }
    if (links.empty())
        return 0;
    Statement resolve(m_db, "UPDATE pending_reference SET resolved_batch_id = ? WHERE id = ?");
    for (const Link& l : links) {
        if (!knownTable(l.table))
            continue;
        m_store.rememberBefore(m_batch, l.table, l.row);
        Statement set(m_db, "UPDATE " + l.table + " SET " + columnOf(l.field) + " = ? WHERE id = ?");
        set.bind(1, l.target).bind(2, l.row).run();
        if (l.fieldsHash) {
            // The hash the writer would compute for this row now that the reference resolves, so an
            // unchanged re-import of its file is recognised as unchanged.
            const std::vector<const char*>& columns = hashedReferenceColumns(l.table);
            std::string sql = "SELECT ";
            for (size_t i = 0; i < columns.size(); ++i)
                sql += std::string(i ? ", " : "") + columns[i];
            Statement ids(m_db, sql + " FROM " + l.table + " WHERE id = ?");
            ids.bind(1, l.row);
            if (ids.step()) {
                std::vector<std::optional<qint64>> values;
                for (int c = 0; c < int(columns.size()); ++c)
                    values.push_back(ids.optInt64(c));
                ids.reset();
                Statement hash(m_db, "UPDATE " + l.table + " SET row_hash = ? WHERE id = ?");
                hash.bind(1, foldReferenceIds(quint64(*l.fieldsHash), values.data(), values.size()))
                    .bind(2, l.row)
                    .run();
            }
        }
        m_store.rememberBefore(m_batch, "pending_reference", l.entry);
        resolve.bind(1, m_batch.value()).bind(2, l.entry).run();
    }
    return qint64(links.size());
}

} // namespace revalign
