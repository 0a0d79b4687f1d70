#pragma once

#include "store/sqldialect.h"

#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace revalign {

// Where a copy stands: `table` (the index-th of `count`) has just been copied with `rows` rows.
struct WorkspaceCopyProgress {
    QString table;
    int index = 0; // 1-based
    int count = 0;
    qint64 rows = 0;
};

struct WorkspaceCopyResult {
    QString source; // a path, or the server's URL without password
    QString target;
    SqlEngine sourceEngine = SqlEngine::Sqlite;
    SqlEngine targetEngine = SqlEngine::Postgres;
    int schemaVersion = 0;
    std::vector<std::pair<QString, qint64>> tables; // copied, in copy order, with their rows
    qint64 rows() const {
        qint64 n = 0;
        for (const auto& t : tables)
            n += t.second;
        return n;
    }
};

// Copies a workspace between engines, content-equal (`revalign-cli copy`, docs/postgresql.md §10):
//   a workspace file            -> an EMPTY PostgreSQL database (or the schema its URL's search_path picks)
//   a postgresql:// team space  -> a new workspace file
// The source must be a sound workspace at this build's schema version (an older team workspace is
// refused with the `revalign-cli upgrade URL` hint; a file is opened read-only and never written).
// The target is created with the normal migrations and no defaults (the rows come from the source); a
// target that already has tables (named in the message) or a file that exists is refused untouched.
// Every table of the schema (introspected, engine meta like revalign_meta left out) is copied column by
// name in one transaction; foreign keys are checked once at the end. A failure leaves no half-written
// target: the PostgreSQL tables this copy created are dropped again, a new file is removed. Throws
// Error; messages never contain a password.
WorkspaceCopyResult copyWorkspace(const QString& source, const QString& target,
                                  const std::function<void(const WorkspaceCopyProgress&)>& progress = {});

} // namespace revalign
