#pragma once

#include "batch/importbatch.h"
#include "domain/ids.h"

#include <QByteArray>
#include <QDateTime>
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

// What undo did, or why it did not (ImportStore::undoLastBatchBy).
struct UndoOutcome {
    enum class Status {
        Undone,        // `undone` was taken back
        NothingToUndo, // the workspace holds no import at all
        NoneOfYours,   // every import was made by someone else; `blocker` is the latest
        NotLatest,     // `yours` is your latest import, but `blocker` (someone else's) came after it
    };
    Status status = Status::NothingToUndo;
    std::optional<ImportBatchSummary> undone;
    std::optional<ImportBatchSummary> yours;
    std::optional<ImportBatchSummary> blocker;
    qint64 laterImports = 0; // NotLatest: how many imports came after yours (blocker is the latest)
    // One sentence for the user: "Not undone: anna@laptop imported contacts.csv at 09:14 after your
    // import of leads.csv; undo theirs first or ask them." Times in `now`'s zone (the machine's local one
    // by default); an import on another day than `now`'s names its date.
    QString message(const QDateTime& now = QDateTime::currentDateTime()) const;
};

// An import someone else made (the status line's "anna imported contacts.csv at 09:14").
struct OtherImport {
    QString user;
    QString fileName;
    QDateTime at;    // UTC
    qint64 rows = 0; // rows the import wrote: new + updated
    friend bool operator==(const OtherImport&, const OtherImport&) = default;
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
    // Whoever made it: for tests, and for the wizard taking back the imports it has just run.
    std::optional<ImportBatchSummary> undoLastBatch();

    // Undo as `who` (user@host) asks for it, in one transaction with the check:
    //  - your latest import is undone only when it is the latest import of all. An import someone made
    //    after yours may stand on it (contacts of your accounts, updates of your rows, references yours
    //    resolved), and undo restores before-images: taking yours back from under theirs would leave their
    //    rows half on a workspace that no longer exists. So undo never skips over another person's
    //    import: it refuses and names it (NotLatest); they undo theirs first, or you ask them.
    //  - an import with no recorded importer (made before schema 9) counts as anyone's, as undo did before.
    //  - someone else's latest import is never undone by you (NoneOfYours), even when you have none.
    UndoOutcome undoLastBatchBy(const QString& who);
    // Undoes exactly `batches` (newest first) in one transaction with the check, and only while they are
    // the newest imports of all; otherwise undoes nothing and returns the import made after them (the
    // import wizard's "Undo this import", right after it ran).
    std::optional<ImportBatchSummary> undoNewestBatches(std::vector<ImportBatchId> ids, const QString& by);
    // Tells the other apps open on a team workspace what `by` did to `batch` ("import" or "undo"): a
    // NOTIFY on revalign_workspace (docs/postgresql.md §5) sent in the caller's transaction, so it is
    // delivered at COMMIT and never for a rolled-back write. The payload is built from the batch row (ids,
    // names and counts, never rows) and names the workspace's schema ("schema"): a channel is database-wide.
    // Does nothing on a workspace file: nobody else has it open.
    void announce(ImportBatchId batch, std::string_view kind, const QString& by);

    // Imports made by others than `who` since `since` (UTC), oldest first. importsTodayByOthers() is the
    // same from the start of today in the machine's local zone.
    std::vector<OtherImport> importsByOthersSince(const QString& who, const QDateTime& since);
    std::vector<OtherImport> importsTodayByOthers(const QString& who);

    // Saves (or replaces) the user's profile `name`; `json` is the profile's own JSON.
    void saveProfile(const QString& name, const QByteArray& json);
    std::vector<SavedProfile> userProfiles(); // by name
    bool removeProfile(const QString& name);

private:
    Statement& beforeImage(std::string_view table);
    // Undoes `batch` (inside the caller's transaction).
    void undoBatch(qint64 batch);
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
