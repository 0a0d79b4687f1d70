#pragma once

#include "clirunner.h"

#include "store/pg/pgconninfo.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

// Helpers for CLI tests that compare a workspace file with a team workspace on PostgreSQL.
namespace revalign::test {

inline QJsonObject jsonOf(const CliResult& r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// A command's output with the workspace's name (file path, or URL as printed) replaced, so the same
// figures from both engines compare equal as text. A team workspace is named by its URL as the
// connection knows it (without password).
inline QString withoutName(QString text, const QString& where) {
    const QString shown =
        PgConnInfo::isUrl(where) ? Workspace::open(where, WorkspaceAccess::ReadOnly).path() : where;
    text.replace(shown, QStringLiteral("WS"));
    return text;
}

} // namespace revalign::test
