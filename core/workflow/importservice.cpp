#include "workflow/importservice.h"

#include "store/database.h"
#include "store/importstore.h"
#include "store/pg/pgadvisorylock.h"
#include "store/storeimportsink.h"
#include "store/workspace.h"
#include "store/writernote.h"
#include "util/useridentity.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>
#include <optional>

namespace revalign {

std::vector<ImportProfile> userProfiles(Workspace& workspace) {
    std::vector<ImportProfile> out;
    for (const SavedProfile& saved : ImportStore(workspace.db()).userProfiles())
        out.push_back(ImportProfile::fromJsonBytes(
            saved.json, QCoreApplication::translate("Import", "saved profile '%1'").arg(saved.name)));
    return out;
}

ProfileCatalog profileCatalog(Workspace& workspace) {
    ProfileCatalog catalog = ProfileCatalog::builtIn();
    for (ImportProfile& p : userProfiles(workspace))
        catalog.add(std::move(p));
    return catalog;
}

void saveProfile(Workspace& workspace, const ImportProfile& profile) {
    ImportStore(workspace.db()).saveProfile(profile.name, profile.toJsonBytes());
}

std::vector<ImportResult> importFiles(Workspace& workspace, const QStringList& files,
                                      const ImportOptions& options, const ImportWait& wait) {
    const ProfileCatalog catalog = profileCatalog(workspace);
    std::vector<std::unique_ptr<ImportSession>> owned;
    std::vector<ImportSession*> sessions;
    for (const QString& file : files) {
        owned.push_back(std::make_unique<ImportSession>(file, catalog, options));
        sessions.push_back(owned.back().get());
    }
    return importSessions(workspace, sessions, options.dryRun, wait);
}

namespace {

// The intent a waiting importer is shown: "Import of contacts.csv by anna@laptop". The identity is
// currentUserIdentity() (REVALIGN_USER in tests), the same one the batch records as imported_by.
PgLockIntent importIntent(const QStringList& files) {
    const QString identity = currentUserIdentity();
    const qsizetype at = identity.lastIndexOf(u'@');
    PgLockIntent intent;
    intent.who = at > 0 ? identity.left(at) : identity;
    intent.host = at > 0 ? identity.mid(at + 1) : QString();
    QStringList names;
    for (const QString& f : files)
        names << QFileInfo(f).fileName();
    intent.what =
        names.isEmpty()
            ? QCoreApplication::translate("Import", "Undo of an import")
            : QCoreApplication::translate("Import", "Import of %1").arg(names.join(QStringLiteral(", ")));
    return intent;
}

// Takes the team workspace's import lock before the transaction (the holder's description must be
// visible to waiters at once) and keeps it until the import's COMMIT or rollback is over.
std::unique_ptr<PgAdvisoryLock> takeImportLock(Workspace& workspace, const QStringList& files,
                                               const ImportWait& wait) {
    auto lock =
        std::make_unique<PgAdvisoryLock>(workspace.db().pg(), PgAdvisoryLock::Import, importIntent(files));
    if (wait.noWait) {
        if (lock->tryAcquire())
            return lock;
        const std::optional<PgLockHolder> holder = lock->holder();
        throw Error(
            QCoreApplication::translate("Import", "%1: %2; try again when it is done")
                .arg(workspace.path(),
                     holder ? holder->describe() : QCoreApplication::translate("Import", "another import")));
    }
    const auto outcome = lock->acquire(
        [&](const PgLockHolder& holder) {
            if (wait.waiting)
                wait.waiting(holder.waitingMessage());
        },
        wait.stop);
    if (outcome == PgAdvisoryLock::Outcome::Acquired)
        return lock;
    const std::optional<PgLockHolder> holder = lock->holder();
    const QString who = holder ? holder->describe() : QCoreApplication::translate("Import", "another import");
    if (outcome == PgAdvisoryLock::Outcome::Cancelled)
        throw ImportWaitCancelled(
            QCoreApplication::translate("Import",
                                        "%1: import cancelled while waiting for %2; nothing was written")
                .arg(workspace.path(), who));
    throw Error(QCoreApplication::translate("Import",
                                            "%1: gave up waiting for %2 after 24 hours; nothing was written")
                    .arg(workspace.path(), who));
}

} // namespace

std::vector<ImportResult> importSessions(Workspace& workspace, const std::vector<ImportSession*>& given,
                                         bool dryRun, const ImportWait& wait) {
    const std::vector<ImportSession*> sessions = dependencyOrder(given);
    Database& db = workspace.db();
    QStringList files;
    for (const ImportSession* session : sessions)
        files << session->path();
    // Who holds the write, for whoever has to wait: a workspace file says it in a note beside the file
    // (only a real write lock counts); a team workspace in the server's import lock, which a dry run takes
    // too (its rows would otherwise wait on the other import's uncommitted ones, without a word).
    std::optional<WriterNote> note;
    std::unique_ptr<PgAdvisoryLock> lock;
    if (workspace.isTeam())
        lock = takeImportLock(workspace, files, wait);
    else if (!dryRun)
        note.emplace(workspace.path(), files);
    // SQLite's bulk settings (PRAGMAs; a team workspace has none); outlives the transaction: it sets what
    // SQLite only changes outside one.
    std::optional<BulkLoad> bulk;
    if (!workspace.isTeam())
        bulk.emplace(db);
    std::vector<ImportResult> results;
    Transaction tx(db);
    StoreImportSink sink(db); // after tx: its statements are gone before a rollback
    bool keep = !dryRun;
    bool changed = false;
    for (ImportSession* session : sessions) {
        results.push_back(session->write(sink));
        ImportResult& r = results.back();
        if (r.rows == 0) {
            // A header and no rows (an empty report): nothing to write. Not a failure either, so it does not
            // stop the other files of the import.
            sink.discard(r.batch);
            r.batch = ImportBatchId{};
            r.written = false;
            r.findings.notes << QCoreApplication::translate(
                "Import", "the file has a header but no rows: nothing to import");
            continue;
        }
        keep = keep && r.written;
        if (r.counts.added + r.counts.updated == 0 && r.written) {
            // Nothing changed: leave no batch behind, so importing a file twice leaves the workspace as is.
            sink.discard(r.batch);
            r.batch = ImportBatchId{};
        } else {
            changed = true;
        }
    }
    if (keep && changed) {
        if (bulk)
            bulk->verify();
        ImportStore store(db);
        for (const ImportResult& r : results)
            if (r.batch.isValid())
                store.announce(r.batch, "import", currentUserIdentity());
        tx.commit();
        // Committed into the WAL; copying it into the file can still meet a full disk: that is reported in
        // workspace.notices() (the import stays), and the next open finishes it.
        workspace.compact();
    }
    if (!keep)
        for (ImportResult& r : results)
            r.written = false;
    return results;
}

UndoOutcome undoLastImport(Workspace& workspace, const ImportWait& wait) {
    std::unique_ptr<PgAdvisoryLock> lock;
    if (workspace.isTeam())
        lock = takeImportLock(workspace, {}, wait);
    return ImportStore(workspace.db()).undoLastBatchBy(currentUserIdentity());
}

std::optional<ImportBatchSummary> undoImports(Workspace& workspace, const std::vector<ImportBatchId>& batches,
                                              const ImportWait& wait) {
    std::unique_ptr<PgAdvisoryLock> lock;
    if (workspace.isTeam())
        lock = takeImportLock(workspace, {}, wait);
    return ImportStore(workspace.db()).undoNewestBatches(batches, currentUserIdentity());
}

} // namespace revalign
