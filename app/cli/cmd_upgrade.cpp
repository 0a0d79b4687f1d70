#include "commands.h"

#include "store/migrations.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgconninfo.h"
#include "store/schemaupgrade.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace revalign::cli {

namespace {
struct Outcome {
    QString workspace; // the path, or the URL without password
    QString engine;
    int from = 0;
    int to = 0;
    int applied = 0;
};

// The version in a workspace file's header (user_version, bytes 60-63), read before SQLite touches it:
// Workspace::open upgrades an older file as it opens it.
int fileVersion(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(64);
    if (header.size() < 64)
        return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(header.constData()) + 60;
    return int((quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]));
}

Outcome upgradeFile(const QString& path) {
    checkWorkspaceHeader(path); // not ours, or written by a newer RevAlign: refused untouched
    Outcome o{path, QStringLiteral("sqlite"), fileVersion(path)};
    // The existing path: an open for writing checks the file, keeps NAME.before-vN and migrates.
    Workspace ws = Workspace::open(path, WorkspaceAccess::ReadWrite);
    o.to = ws.schemaVersion();
    o.applied = o.to - o.from;
    return o;
}

Outcome upgradeServer(const QString& url, Io io) {
    PgConnection conn(url);
    const auto waiting = [&](const PgLockHolder& holder) { io.err << holder.waitingMessage() << '\n'; };
    const SchemaUpgradeResult r =
        upgradeSchema(conn, PgLockIntent::ofThisProcess(QStringLiteral("Upgrade")), waiting);
    return {conn.info().redacted(), QStringLiteral("postgresql"), r.from, r.to, r.applied};
}

void printJson(Io io, const QJsonObject& root) {
    io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}
} // namespace

int cmdUpgrade(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("upgrade WORKSPACE|URL"),
                                 QStringLiteral("a workspace file or a postgresql:// team workspace"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    const bool json = args.contains(QStringLiteral("--json")) || args.contains(QStringLiteral("-json"));
    if (!parseOrReport(parser, args, io, 1, 1)) {
        if (json)
            printJson(io,
                      {{QStringLiteral("upgraded"), false},
                       {QStringLiteral("error"), QStringLiteral("bad usage (see the message on stderr)")}});
        return BadUsage;
    }
    const QString target = parser.positionalArguments().at(1);
    Outcome o;
    try {
        o = PgConnInfo::isUrl(target) ? upgradeServer(target, io) : upgradeFile(target);
    } catch (const Error& e) {
        // Messages name the server without password (PgConnInfo::redacted); a file by its path.
        io.err << e.message() << '\n';
        if (json)
            printJson(io, {{QStringLiteral("upgraded"), false}, {QStringLiteral("error"), e.message()}});
        return Failed;
    }
    if (json) {
        printJson(io, {{QStringLiteral("workspace"), o.workspace},
                       {QStringLiteral("engine"), o.engine},
                       {QStringLiteral("upgraded"), o.applied > 0},
                       {QStringLiteral("from_version"), o.from},
                       {QStringLiteral("to_version"), o.to},
                       {QStringLiteral("migrations"), o.applied}});
        return Success;
    }
    if (o.applied == 0)
        io.out << o.workspace << ": up to date (workspace version " << o.to << ")\n";
    else if (o.from == 0)
        io.out << o.workspace << ": created the workspace schema (version " << o.to << ", " << o.applied
               << " migrations)\n";
    else
        io.out << o.workspace << ": upgraded from workspace version " << o.from << " to " << o.to << " ("
               << o.applied << " migrations)\n";
    return Success;
}

} // namespace revalign::cli
