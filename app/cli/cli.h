#pragma once

#include <QStringList>
#include <QTextStream>

namespace revalign::cli {

// Exit codes are a contract (DESIGN.md §5): scripts depend on them.
enum ExitCode { Success = 0, Failed = 1, BadUsage = 2 };

struct Io {
    QTextStream& out;
    QTextStream& err;
};

// Runs `revalign-cli ARGS...` (args without the program name) and returns the exit code.
int run(const QStringList& args, Io io);

} // namespace revalign::cli
