#pragma once

#include "import/importsession.h"
#include "store/importstore.h"
#include "util/error.h"

#include <QStringList>

#include <functional>
#include <stop_token>
#include <vector>

namespace revalign {

class Workspace;

// The import as one piece of work on a workspace: the only place that knows both the pipeline
// (core/import) and the store (core/store). It opens the write, the transaction and the store's
// ImportSink, and hands the sink to each file's ImportSession; the pipeline never calls the store and
// the store never sees a profile (docs/postgresql.md §6).

// How an import into a team workspace waits while someone else's import holds the server's import lock
// (imports never interleave; readers never wait). `waiting` gets "Import by anna@laptop since 09:14 —
// waiting…" when the wait starts and whenever the holder changes; `stop` cancels the wait, and the import
// then throws ImportWaitCancelled having written nothing. A workspace file never waits here (its own write
// lock says who holds it, WriterNote).
struct ImportWait {
    std::function<void(const QString& message)> waiting;
    std::stop_token stop;
    // Refuse at once, naming who holds the lock, instead of waiting (a button in the GUI thread).
    bool noWait = false;
};

class ImportWaitCancelled final : public Error {
public:
    using Error::Error;
};

// Imports files into a workspace in ONE transaction: all or nothing. Each file is its own batch; the
// files are written in dependency order whatever order they were given in (dependencyOrder()), so the
// records a file refers to are in the workspace before it. Results come in the order written. Throws
// Error on a file-level problem (unreadable, undecodable, ambiguous formats or profiles, no profile);
// invalid rows are in the results.
std::vector<ImportResult> importFiles(Workspace& workspace, const QStringList& files,
                                      const ImportOptions& options, const ImportWait& wait = {});

// The same for sessions the caller set up (the wizard, with a profile edited by the user). Each
// session's own options decide skip-invalid; `dryRun` writes nothing either way.
std::vector<ImportResult> importSessions(Workspace& workspace, const std::vector<ImportSession*>& sessions,
                                         bool dryRun, const ImportWait& wait = {});

// Takes back the current user's last import (ImportStore::undoLastBatchBy says when it refuses). In a
// team workspace it first takes the import lock, waiting as an import does, so an undo never runs beside an
// import; the other open apps hear of it (ImportStore::announce).
UndoOutcome undoLastImport(Workspace& workspace, const ImportWait& wait = {});
// Takes back exactly `batches` (the import just run) while they are the newest imports, under the same
// lock; returns the later import that stands in the way, or nullopt when they were undone.
std::optional<ImportBatchSummary> undoImports(Workspace& workspace, const std::vector<ImportBatchId>& batches,
                                              const ImportWait& wait = {});

// The profiles saved in the workspace, by name; throws Error naming a saved profile that does not read.
std::vector<ImportProfile> userProfiles(Workspace& workspace);
// The built-in profiles plus the ones saved in the workspace.
ProfileCatalog profileCatalog(Workspace& workspace);
// Saves a user's profile in the workspace (replacing one of the same name).
void saveProfile(Workspace& workspace, const ImportProfile& profile);

} // namespace revalign
