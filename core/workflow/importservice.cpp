#include "workflow/importservice.h"

#include "store/database.h"
#include "store/importstore.h"
#include "store/sqliteimportsink.h"
#include "store/workspace.h"
#include "store/writernote.h"

#include <QCoreApplication>

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
                                      const ImportOptions& options) {
    const ProfileCatalog catalog = profileCatalog(workspace);
    std::vector<std::unique_ptr<ImportSession>> owned;
    std::vector<ImportSession*> sessions;
    for (const QString& file : files) {
        owned.push_back(std::make_unique<ImportSession>(file, catalog, options));
        sessions.push_back(owned.back().get());
    }
    return importSessions(workspace, sessions, options.dryRun);
}

std::vector<ImportResult> importSessions(Workspace& workspace, const std::vector<ImportSession*>& given,
                                         bool dryRun) {
    // The writer's bulk path is SQLite's (PRAGMAs, explicit contact ids, the file's write lock); the
    // PostgreSQL sink (COPY into staging, the import advisory lock) is step 4 of docs/postgresql.md §9.
    if (workspace.isTeam())
        throw Error(QCoreApplication::translate(
                        "Import",
                        "%1: importing into a PostgreSQL team workspace is not built yet; import into "
                        "a workspace file and move it with `revalign-cli copy FILE URL`")
                        .arg(workspace.path()));
    const std::vector<ImportSession*> sessions = dependencyOrder(given);
    Database& db = workspace.db();
    QStringList files;
    for (const ImportSession* session : sessions)
        files << session->path();
    // Other processes that find the workspace locked can say by what (only a real write lock counts).
    std::optional<WriterNote> note;
    if (!dryRun)
        note.emplace(workspace.path(), files);
    BulkLoad bulk(db); // outlives the transaction: it sets what SQLite only changes outside one
    std::vector<ImportResult> results;
    Transaction tx(db);
    SqliteImportSink sink(db); // after tx: its statements are gone before a rollback
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
        bulk.verify();
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

} // namespace revalign
