#include "commands.h"

#include "store/pg/pgconninfo.h"
#include "store/workspacecopy.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace revalign::cli {

namespace {
QString engineName(SqlEngine e) {
    return e == SqlEngine::Postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

void printJson(Io io, const QJsonObject& root) {
    io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void printError(Io io, bool json, const QString& message) {
    io.err << message << '\n';
    if (json)
        printJson(io, {{QStringLiteral("copied"), false}, {QStringLiteral("error"), message}});
}
} // namespace

int cmdCopy(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("copy SOURCE TARGET"),
        QStringLiteral("a workspace file and a postgresql:// URL, either way round"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    const bool json = args.contains(QStringLiteral("--json")) || args.contains(QStringLiteral("-json"));
    if (!parseOrReport(parser, args, io, 2, 2)) {
        if (json)
            printJson(io,
                      {{QStringLiteral("copied"), false},
                       {QStringLiteral("error"), QStringLiteral("bad usage (see the message on stderr)")}});
        return BadUsage;
    }
    const QString source = parser.positionalArguments().at(1);
    const QString target = parser.positionalArguments().at(2);
    if (PgConnInfo::isUrl(source) == PgConnInfo::isUrl(target)) {
        printError(
            io, json,
            QStringLiteral("revalign-cli copy: one of SOURCE and TARGET is a workspace file, the other "
                           "a postgresql:// URL"));
        return BadUsage;
    }
    WorkspaceCopyResult r;
    try {
        // Progress on stderr, one line a table, so stdout stays the result (and JSON with --json).
        r = copyWorkspace(source, target, [&](const WorkspaceCopyProgress& p) {
            io.err << "copied " << p.table << ": " << p.rows << " rows (" << p.index << '/' << p.count
                   << ")\n";
            io.err.flush();
        });
    } catch (const Error& e) {
        // Messages name a server without password (PgConnInfo::redacted), a file by its path.
        printError(io, json, e.message());
        return Failed;
    }
    if (json) {
        QJsonArray tables;
        for (const auto& [name, rows] : r.tables)
            tables.append(QJsonObject{{QStringLiteral("table"), name}, {QStringLiteral("rows"), rows}});
        printJson(io, {{QStringLiteral("copied"), true},
                       {QStringLiteral("source"), r.source},
                       {QStringLiteral("source_engine"), engineName(r.sourceEngine)},
                       {QStringLiteral("target"), r.target},
                       {QStringLiteral("target_engine"), engineName(r.targetEngine)},
                       {QStringLiteral("schema_version"), r.schemaVersion},
                       {QStringLiteral("rows"), r.rows()},
                       {QStringLiteral("tables"), tables}});
        return Success;
    }
    io.out << r.source << " -> " << r.target << ": copied " << r.tables.size() << " tables, " << r.rows()
           << " rows (workspace version " << r.schemaVersion << ")\n";
    return Success;
}

} // namespace revalign::cli
