#pragma once

#include "domain/ids.h"
#include "import/importprofile.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace revalign {

class Database;

// Where a batch came from (recorded on the batch; every row it wrote carries its id).
struct ImportBatchInfo {
    QString fileName;
    QString fileHash; // BLAKE2b-256 of the file's bytes, hex
    QString profile;
    QString entity;
    QString source;
    QDateTime importedAt; // UTC
    friend bool operator==(const ImportBatchInfo&, const ImportBatchInfo&) = default;
};

struct ImportCounts {
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 invalid = 0;
    friend bool operator==(const ImportCounts&, const ImportCounts&) = default;
};

struct ImportBatchSummary {
    ImportBatchId id;
    ImportBatchInfo info;
    ImportCounts counts;
    friend bool operator==(const ImportBatchSummary&, const ImportBatchSummary&) = default;
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
    // Tunes the connection for a big load (page cache) without touching what is stored.
    void prepareBulkLoad();
    // Loading many rows into an empty table is faster without its secondary index, built once at the
    // end instead (a sort rather than a random insert per row). Drops the named index when `table` is
    // empty and returns its SQL for restoreIndex(); returns an empty string otherwise. Both run inside
    // the import's transaction, so a failed import gets its index back with the rollback.
    std::string deferIndex(std::string_view table, std::string_view index);
    void restoreIndex(const std::string& sql);

    // Keeps the row's current content so undo can put it back (call before changing the row).
    void rememberBefore(ImportBatchId batch, std::string_view table, qint64 rowId);

    // Undoes the most recent import in its own transaction: restores every row it changed, removes every
    // row it added and the batch itself, so the workspace holds exactly what it held before. Returns the
    // batch undone, or nullopt when there is none.
    std::optional<ImportBatchSummary> undoLastBatch();

    void saveProfile(const ImportProfile& profile);
    std::vector<ImportProfile> userProfiles();
    bool removeProfile(const QString& name);

private:
    Database& m_db;
    qint64 m_seq = -1;
};

} // namespace revalign
