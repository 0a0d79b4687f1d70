#pragma once

#include "batch/importbatch.h"
#include "domain/ids.h"

#include <QByteArray>
#include <QString>

#include "store/database.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revalign {

// A profile the user saved in the workspace, as the JSON the import pipeline reads and writes (the
// store keeps it as text and never parses it).
struct SavedProfile {
    QString name;
    QByteArray json;
};

// Import batches, their undo log, and the user's saved import profiles. The per-row writing lives in
// ImportWriter; both run inside the caller's Transaction (one import = one transaction).
class ImportStore final {
public:
    explicit ImportStore(Database& db)
        : m_db(db) {}

    ImportBatchId beginBatch(const ImportBatchInfo& info);
    void finishBatch(ImportBatchId batch, const ImportCounts& counts, const QString& fileHash);
    // A savepoint around one file inside the import's transaction, so one file's work can be undone
    // while earlier files of the same import stay.
    void savepoint();
    void rollbackToSavepoint();
    void releaseSavepoint();
    std::vector<ImportBatchSummary> batches();
    // Drops a batch that wrote nothing (an unchanged re-import leaves no trace).
    void discardBatch(ImportBatchId batch);
    // Keeps the row's current content so undo can put it back (call before changing the row).
    void rememberBefore(ImportBatchId batch, std::string_view table, qint64 rowId);
    // The same for a stage entry, which has no rowid: (contact, stage) is its key.
    void rememberStageBefore(ImportBatchId batch, qint64 contactId, qint64 stageId);

    // Undoes the most recent import in its own transaction: restores every row it changed, removes every
    // row it added and the batch itself, so the workspace holds exactly what it held before. Returns the
    // batch undone, or nullopt when there is none.
    std::optional<ImportBatchSummary> undoLastBatch();

    // Saves (or replaces) the user's profile `name`; `json` is the profile's own JSON.
    void saveProfile(const QString& name, const QByteArray& json);
    std::vector<SavedProfile> userProfiles(); // by name
    bool removeProfile(const QString& name);

private:
    Statement& beforeImage(std::string_view table);
    qint64 nextSeq(ImportBatchId batch);

    Database& m_db;
    qint64 m_seq = -1;
    // One prepared "copy the row into the undo log" statement per table (a big re-import changes many).
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_beforeImages;
};

// Tunes the connection for one import and puts it back afterwards. Create it before the import's
// Transaction (SQLite ignores foreign_keys inside one) and let it outlive it.
//  - Page cache 16 MB (SQLite's default is 2 MB): a load appends to the right edge of every b-tree, so a
//    modest cache serves it as well as a big one, and memory stays flat however large the file.
//  - Foreign keys are not re-checked per row: every id the writer stores comes from the workspace itself
//    in the same transaction (a row it looked up or just inserted, a stage or persona of the workspace's
//    definitions, the batch it opened), so the checks only cost time: a cursor opened on every parent
//    table for every row, ~13 % of a million-row import. Builds with assertions (the test and sanitizer
//    builds) run PRAGMA foreign_key_check over what the import touched before committing: verify().
class BulkLoad final {
public:
    explicit BulkLoad(Database& db);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;
    // Throws when a stored reference dangles (checked only in builds with assertions).
    void verify();

private:
    Database& m_db;
    qint64 m_cacheSize;
    bool m_foreignKeys;
    qint64 m_autoCheckpoint;
};

} // namespace revalign
