#pragma once

#include "store/database.h"
#include "store/importstore.h"
#include "store/workspace.h"
#include "workflow/importservice.h"

#include "testsupport.h"

#include <QFile>

namespace revalign::test {

// A new workspace in a temporary folder, for one test.
struct FreshWorkspace {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    // The workspace's logical content, with the WAL checkpointed first.
    QByteArray digest() {
        ws.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return workspaceContentDigest(ws.path());
    }
};

// Writes `bytes` to `path` (a small CSV a test spells out).
inline QString writeFile(const QString& path, const QByteArray& bytes) {
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(bytes) == bytes.size());
    return path;
}

inline QString importFixture(const char* name) {
    return testData(QStringLiteral("import/") + QString::fromLatin1(name));
}

// Imports run with foreign keys off (BulkLoad): every test import proves no reference dangles afterwards,
// and that the connection has its foreign keys back.
inline void requireReferencesHold(Workspace& ws) {
    Statement check(ws.db(), "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check");
    if (check.step())
        FAIL("dangling reference: " << check.text(0).toStdString() << " row " << check.int64(1) << " -> "
                                    << check.text(2).toStdString());
    REQUIRE(ws.db().pragmaInt("foreign_keys") == 1);
}

inline ImportResult importOne(Workspace& ws, const QString& path, ImportOptions options = {}) {
    auto results = importFiles(ws, {path}, options);
    REQUIRE(results.size() == 1);
    requireReferencesHold(ws);
    return results.front();
}

inline qint64 scalar(Workspace& ws, const char* sql) {
    Statement st(ws.db(), sql);
    REQUIRE(st.step());
    return st.int64(0);
}

inline QString text(Workspace& ws, const char* sql) {
    Statement st(ws.db(), sql);
    REQUIRE(st.step());
    return st.text(0);
}

} // namespace revalign::test
