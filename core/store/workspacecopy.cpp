#include "store/workspacecopy.h"

#include "store/pg/pgconninfo.h"
#include "store/workspacecopyprivate.h"
#include "util/error.h"

#include <QCoreApplication>

#include <memory>
#include <set>
#include <string>

namespace revalign {

namespace copying {

QString mismatch(const QString& where, const std::string& table, qint64 row, const Column& col, Value::K k) {
    return QCoreApplication::translate(
               "WorkspaceCopy",
               "%1: table %2, row %3, column %4: a %5 value where the workspace keeps %6; nothing was copied")
        .arg(where, QString::fromStdString(table))
        .arg(row)
        .arg(QString::fromStdString(col.name), QString::fromLatin1(kindName(k)),
             QString::fromLatin1(col.kind == Kind::Int    ? "integers"
                                 : col.kind == Kind::Real ? "reals"
                                                          : "text"));
}

} // namespace copying

namespace {
using namespace copying;

WorkspaceCopyResult run(Source& source, Target& target,
                        const std::function<void(const WorkspaceCopyProgress&)>& progress) {
    WorkspaceCopyResult result;
    result.source = source.where();
    result.target = target.where();
    result.sourceEngine = source.engine();
    result.targetEngine = target.engine();
    result.schemaVersion = source.version();

    // The target's schema is the one this build creates: its tables decide what is copied, and the
    // source must have exactly these (a table left behind would be dropped silently).
    std::vector<std::string> tables;
    for (std::string& t : target.tables())
        if (!isEngineMeta(t))
            tables.push_back(std::move(t));
    std::set<std::string> sourceTables;
    for (std::string& t : source.tables())
        if (!isEngineMeta(t))
            sourceTables.insert(std::move(t));
    for (const std::string& t : tables)
        if (!sourceTables.erase(t))
            throw Error(
                QCoreApplication::translate(
                    "WorkspaceCopy", "%1: table %2 of the workspace schema is missing; the source is damaged")
                    .arg(source.where(), QString::fromStdString(t)));
    if (!sourceTables.empty())
        throw Error(QCoreApplication::translate(
                        "WorkspaceCopy",
                        "%1: table %2 is not part of the workspace schema; it would not be copied, so "
                        "nothing is")
                        .arg(source.where(), QString::fromStdString(*sourceTables.begin())));

    target.begin();
    int index = 0;
    for (const std::string& table : tables) {
        const std::vector<Column> cols = target.columns(table);
        std::set<std::string> sourceCols;
        for (const Column& c : source.columns(table))
            sourceCols.insert(c.name);
        for (const Column& c : cols)
            if (!sourceCols.erase(c.name))
                throw Error(
                    QCoreApplication::translate("WorkspaceCopy",
                                                "%1: table %2 has no column %3; the source is damaged")
                        .arg(source.where(), QString::fromStdString(table), QString::fromStdString(c.name)));
        if (!sourceCols.empty())
            throw Error(QCoreApplication::translate(
                            "WorkspaceCopy",
                            "%1: table %2 has a column %3 the workspace schema does not know; nothing is "
                            "copied")
                            .arg(source.where(), QString::fromStdString(table),
                                 QString::fromStdString(*sourceCols.begin())));
        const qint64 rows =
            target.load(table, cols, [&](const RowSink& sink) { source.scan(table, cols, sink); });
        result.tables.emplace_back(QString::fromStdString(table), rows);
        if (progress)
            progress({QString::fromStdString(table), ++index, int(tables.size()), rows});
    }
    target.commit();
    return result;
}

WorkspaceCopyResult runInto(Source& source, const QString& targetAddress,
                            const std::function<void(const WorkspaceCopyProgress&)>& progress) {
    std::unique_ptr<Target> target;
    if (PgConnInfo::isUrl(targetAddress))
        target = createPgTarget(targetAddress);
    else
        target = createSqliteTarget(targetAddress);
    try {
        return run(source, *target, progress);
    } catch (const Error& e) {
        const QString leftOver = target->abandon();
        if (leftOver.isEmpty())
            throw;
        throw Error(e.message() + QCoreApplication::translate(
                                      "WorkspaceCopy", " (removing what the copy created failed too: %1)")
                                      .arg(leftOver));
    }
}

} // namespace

WorkspaceCopyResult copyWorkspace(const QString& source, const QString& target,
                                  const std::function<void(const WorkspaceCopyProgress&)>& progress) {
    const bool sourceIsUrl = PgConnInfo::isUrl(source);
    if (sourceIsUrl == PgConnInfo::isUrl(target))
        throw Error(sourceIsUrl
                        ? QCoreApplication::translate(
                              "WorkspaceCopy",
                              "copy goes between engines: from a postgresql:// URL to a new workspace "
                              "file")
                        : QCoreApplication::translate(
                              "WorkspaceCopy",
                              "copy goes between engines: from a workspace file to a postgresql:// "
                              "URL of an empty database"));
    if (sourceIsUrl) {
        const std::unique_ptr<Source> from = openPgSource(source);
        return runInto(*from, target, progress);
    }
    const std::unique_ptr<Source> from = openSqliteSource(source);
    return runInto(*from, target, progress);
}

} // namespace revalign
