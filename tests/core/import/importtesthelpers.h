#pragma once

#include "import/importsession.h"
#include "store/database.h"
#include "store/workspace.h"

#include "testsupport.h"

namespace revalign::test {

inline QString importFixture(const char* name) {
    return testData(QStringLiteral("import/") + QString::fromLatin1(name));
}

inline ImportResult importOne(Workspace& ws, const QString& path, ImportOptions options = {}) {
    auto results = importFiles(ws, {path}, options);
    REQUIRE(results.size() == 1);
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
