#include "commands.h"

#include "store/importstore.h"
#include "store/workspace.h"

namespace revalign::cli {

int cmdUndo(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("undo WORKSPACE"), QStringLiteral("a workspace file"));
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    Workspace ws = Workspace::open(parser.positionalArguments().at(1), WorkspaceAccess::ReadWrite);
    if (ws.isTeam()) {
        // Undo must hold the import lock the PostgreSQL import does not take yet (docs/postgresql.md §9).
        io.err << ws.path() << ": undoing an import in a PostgreSQL team workspace is not built yet\n";
        return Failed;
    }
    ImportStore store(ws.db());
    const auto undone = store.undoLastBatch();
    if (!undone) {
        io.err << ws.path() << ": no import to undo\n";
        return Failed;
    }
    io.out << "Undid import " << undone->id.value() << " of " << undone->info.fileName << " ("
           << undone->counts.added << " new, " << undone->counts.updated << " updated rows)\n";
    return Success;
}

} // namespace revalign::cli
