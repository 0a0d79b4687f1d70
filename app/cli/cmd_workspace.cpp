#include "commands.h"

#include "store/importstore.h"
#include "store/pg/pgconninfo.h"
#include "store/workspace.h"
#include "util/useridentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace revalign::cli {

int cmdInit(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("init WORKSPACE"),
        QStringLiteral("the new workspace file, or the postgresql:// URL of an empty "
                       "database for a team workspace"));
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    const QString path = parser.positionalArguments().at(1);
    const Workspace ws = Workspace::create(path); // a URL: a team workspace in an empty database
    io.out << "Created " << ws.path() << '\n';
    return Success;
}

int cmdInfo(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("info WORKSPACE"), QStringLiteral("a workspace file"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("check"),
                      QStringLiteral("Also run SQLite's full integrity check (reads the whole file).")});
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    Workspace ws = Workspace::open(parser.positionalArguments().at(1), WorkspaceAccess::ReadOnly);
    for (const QString& notice : ws.notices()) // a checkpoint a full disk left unfinished, tried again
        io.err << ws.path() << ": " << notice << '\n';
    if (parser.isSet(QStringLiteral("check"))) {
        // Every open checks the schema; the page-by-page check is this explicit one (seconds per 100k
        // contacts, see schemacheck.h).
        const QStringList problems = ws.integrityProblems();
        if (!problems.isEmpty()) {
            io.err << ws.path() << ": the workspace is damaged: " << problems.join(QStringLiteral("; "))
                   << '.' << backupHint(ws.path()) << '\n';
            return Failed;
        }
    }
    const WorkspaceSummary s = ws.summary();
    const WorkspaceSettings settings = ws.settings();
    const auto iso = [](const QDateTime& t) { return t.isValid() ? t.toString(Qt::ISODate) : QString(); };
    const auto isoDay = [](const QDate& d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject counts;
        for (const auto& [table, n] : s.counts)
            counts.insert(table, n);
        QJsonObject personas;
        for (const auto& [name, n] : s.contactsByPersona)
            personas.insert(name.isEmpty() ? QStringLiteral("(none)") : name, n);
        QJsonObject stages;
        for (const auto& [key, n] : s.contactsByStage)
            stages.insert(key, n);
        QJsonObject root{{QStringLiteral("path"), ws.path()},
                         {QStringLiteral("name"), settings.name},
                         {QStringLiteral("schema_version"), s.schemaVersion},
                         {QStringLiteral("currency"), settings.currency},
                         {QStringLiteral("counts"), counts},
                         {QStringLiteral("contacts_by_persona"), personas},
                         {QStringLiteral("contacts_by_stage"), stages},
                         {QStringLiteral("data_from"), isoDay(s.dataFrom)},
                         {QStringLiteral("data_to"), isoDay(s.dataTo)},
                         {QStringLiteral("first_activity"),
                          s.firstActivity.isValid() ? QJsonValue(iso(s.firstActivity)) : QJsonValue()},
                         {QStringLiteral("last_activity"),
                          s.lastActivity.isValid() ? QJsonValue(iso(s.lastActivity)) : QJsonValue()}};
        if (parser.isSet(QStringLiteral("check")))
            root.insert(QStringLiteral("integrity"), QStringLiteral("ok"));
        // Who else imported today (the machine's local day), for scripts and the status line.
        QJsonArray today;
        for (const OtherImport& o : ImportStore(ws.db()).importsTodayByOthers(currentUserIdentity()))
            today.append(QJsonObject{{QStringLiteral("user"), o.user},
                                     {QStringLiteral("file"), o.fileName},
                                     {QStringLiteral("at"), iso(o.at)},
                                     {QStringLiteral("rows"), o.rows}});
        root.insert(QStringLiteral("imports_today"), today);
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }
    io.out << "Workspace:      " << ws.path() << " (" << settings.name << ")\n"
           << "Schema version: " << s.schemaVersion << '\n'
           << "Currency:       " << settings.currency << '\n';
    if (parser.isSet(QStringLiteral("check")))
        io.out << "Integrity:      ok\n";
    // The same range the metrics and the Summary page use: every dated fact, in the workspace's zone.
    io.out << "Data range:     "
           << (s.dataFrom.isValid() ? s.dataFrom.toString(Qt::ISODate) + QStringLiteral(" … ") +
                                          s.dataTo.toString(Qt::ISODate) + QStringLiteral(" (") +
                                          settings.calendar.timeZone + u')'
                                    : QStringLiteral("(no data yet)"))
           << '\n';
    io.out << "Counts:\n";
    for (const auto& [table, n] : s.counts)
        io.out << "  " << qSetFieldWidth(16) << Qt::left << table << qSetFieldWidth(0) << n << '\n';
    io.out << "Contacts by stage entered:\n";
    for (const auto& [key, n] : s.contactsByStage)
        io.out << "  " << qSetFieldWidth(16) << Qt::left << key << qSetFieldWidth(0) << n << '\n';
    return Success;
}

} // namespace revalign::cli
