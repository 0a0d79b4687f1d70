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
