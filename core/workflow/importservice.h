#pragma once

#include "import/importsession.h"

#include <QStringList>

#include <vector>

namespace revalign {

class Workspace;

// The import as one piece of work on a workspace: the only place that knows both the pipeline
// (core/import) and the store (core/store). It opens the write, the transaction and the store's
// ImportSink, and hands the sink to each file's ImportSession; the pipeline never calls the store and
// the store never sees a profile (docs/postgresql.md §6).

// Imports files into a workspace in ONE transaction: all or nothing. Each file is its own batch; the
// files are written in dependency order whatever order they were given in (dependencyOrder()), so the
// records a file refers to are in the workspace before it. Results come in the order written. Throws
// Error on a file-level problem (unreadable, undecodable, ambiguous formats or profiles, no profile);
// invalid rows are in the results.
std::vector<ImportResult> importFiles(Workspace& workspace, const QStringList& files,
                                      const ImportOptions& options);

// The same for sessions the caller set up (the wizard, with a profile edited by the user). Each
// session's own options decide skip-invalid; `dryRun` writes nothing either way.
std::vector<ImportResult> importSessions(Workspace& workspace, const std::vector<ImportSession*>& sessions,
                                         bool dryRun);

// The profiles saved in the workspace, by name; throws Error naming a saved profile that does not read.
std::vector<ImportProfile> userProfiles(Workspace& workspace);
// The built-in profiles plus the ones saved in the workspace.
ProfileCatalog profileCatalog(Workspace& workspace);
// Saves a user's profile in the workspace (replacing one of the same name).
void saveProfile(Workspace& workspace, const ImportProfile& profile);

} // namespace revalign
