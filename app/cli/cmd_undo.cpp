#include "commands.h"

#include "store/importstore.h"
#include "store/workspace.h"
#include "util/useridentity.h"
#include "workflow/importservice.h"

namespace revalign::cli {

// Takes back the current user's (REVALIGN_USER, or USER@host) last import, and only when nobody imported
// after it (ImportStore::undoLastBatchBy says why).
int cmdUndo(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("undo WORKSPACE"),
                                 QStringLiteral("a workspace file or a team workspace URL"));
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    Workspace ws = Workspace::open(parser.positionalArguments().at(1), WorkspaceAccess::ReadWrite);
    ImportWait wait;
    wait.waiting = [&io](const QString& message) {
        io.err << message << '\n';
        io.err.flush();
    };
    const UndoOutcome outcome = undoLastImport(ws, wait);
    switch (outcome.status) {
    case UndoOutcome::Status::Undone:
        io.out << "Undid import " << outcome.undone->id.value() << " of " << outcome.undone->info.fileName
               << " (" << outcome.undone->counts.added << " new, " << outcome.undone->counts.updated
               << " updated rows)\n";
        return Success;
    case UndoOutcome::Status::NothingToUndo:
        io.err << ws.path() << ": no import to undo\n";
        return Failed;
    case UndoOutcome::Status::NoneOfYours:
    case UndoOutcome::Status::NotLatest:
        io.err << ws.path() << ": " << outcome.message() << '\n';
        return Failed;
    }
    return Failed;
}

} // namespace revalign::cli
