#pragma once

#include "batch/importfields.h"
#include "domain/ids.h"
#include "store/database.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace revalign {

class ImportStore;

// The references an import could not resolve, kept until their record arrives (pending_reference,
// migration 6). A row that names an account, contact or campaign id the workspace does not hold keeps
// that id here; when a later file of the same import, or a later import, brings the record, link() sets
// the row's reference and recomputes its content hash, so re-importing either file afterwards changes
// nothing. Every change leaves a before-image (ImportStore::rememberBefore) and new entries carry the
// batch, so undo restores rows and entries exactly. Runs on the import's writer thread, inside its
// transaction.
class PendingReferences final {
public:
    PendingReferences(Database& db, ImportStore& store, ImportBatchId batch, const QString& source);

    // Rows of `table` are kept from now on: call once before the first keep() for that table. Entries are
    // looked up by the rows keep() is told about (the unique (table_name, row_id, field) index), not loaded
    // whole: a weekly deals snapshot writes ~5 % of its rows, while loading every pending reference of
    // 60,000 deals was 9.5 % of the import.
    void load(std::string_view table);
    // After a row of the loaded table was written with a value in `field`: `unresolvedId` is the id that
    // named nothing (nullopt: the reference resolved). `fieldsHash` is the row's content hash before its
    // resolved ids were folded in (nullopt when the row's stored hash is not this file's, e.g. a contact
    // matched by email), kept to recompute the row's hash when the reference links. `newRow`: the row was
    // inserted by this batch (nothing can be pending for it yet).
    void keep(qint64 row, Field field, std::optional<std::string_view> unresolvedId,
              std::optional<quint64> fieldsHash, bool newRow);
    // Links every pending reference that a record of `target` ("account", "contact", "campaign") in the
    // workspace now satisfies; returns how many were linked.
    qint64 link(std::string_view target);

private:
    struct Entry {
        qint64 id;
        std::string sourceId;
        std::optional<qint64> fieldsHash;
        bool resolved;
        bool ours; // written by this batch: no before-image needed
    };
    void insert(qint64 row, Field field, std::string_view id, std::optional<quint64> fieldsHash);
    Entry* find(qint64 row, Field field); // nullptr: nothing kept for that row and field
    void remember(const Entry& e);

    Database& m_db;
    ImportStore& m_store;
    ImportBatchId m_batch;
    QString m_source;
    std::string m_table;
    std::unordered_map<quint64, Entry> m_entries; // (row << 8 | field) -> entry
    std::optional<Statement> m_find;
    std::optional<Statement> m_insert;
    std::optional<Statement> m_update;
    std::optional<Statement> m_rehash; // the same id, only the row's fields changed
    std::optional<Statement> m_resolve;
};

// The reference columns folded into a row's content hash, in the writer's order (ImportWriter::rowHash):
// contact (account, owner, campaign, persona), opportunity (account, contact, owner, campaign),
// touchpoint (contact, campaign).
const std::vector<const char*>& hashedReferenceColumns(std::string_view table);
// The content hash of a row: the hash of its fields with the ids it resolved (nullopt = none) folded in.
qint64 foldReferenceIds(quint64 fieldsHash, const std::optional<qint64>* ids, size_t count);

} // namespace revalign
