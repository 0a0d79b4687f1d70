#pragma once

#include "cli.h"

#include <QCommandLineParser>

namespace revalign::cli {

// One function per sub-command; each parses its own options (args[0] is the command name).
int cmdInit(const QStringList& args, Io io);
int cmdInfo(const QStringList& args, Io io);
int cmdKpi(const QStringList& args, Io io);
int cmdFunnel(const QStringList& args, Io io);
int cmdDemo(const QStringList& args, Io io);
int cmdImport(const QStringList& args, Io io);
int cmdInspect(const QStringList& args, Io io);
int cmdUndo(const QStringList& args, Io io);
int cmdAttribution(const QStringList& args, Io io);
int cmdScore(const QStringList& args, Io io);
int cmdCheck(const QStringList& args, Io io);
int cmdBreakdown(const QStringList& args, Io io);
int cmdPlan(const QStringList& args, Io io);
int cmdChanges(const QStringList& args, Io io);
int cmdUpgrade(const QStringList& args, Io io);
int cmdCopy(const QStringList& args, Io io);

// Parses `args` with `parser`; on a usage error prints it and returns false.
bool parseOrReport(QCommandLineParser& parser, const QStringList& args, Io io, int minPositional,
                   int maxPositional);

} // namespace revalign::cli
