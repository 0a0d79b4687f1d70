#include "cli.h"

#include "commands.h"

#include "util/error.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace revalign::cli {

namespace {
struct Command {
    std::function<int(const QStringList&, Io)> run;
    const char* synopsis;
};

const std::map<QString, Command>& commands() {
    static const std::map<QString, Command> table{
        {QStringLiteral("init"),
         {cmdInit, "init WORKSPACE                          create an empty workspace"}},
        {QStringLiteral("demo"),
         {cmdDemo,
          "demo WORKSPACE [--contacts N] [--seed S] [--end DATE]\n"
          "                                        create a demo workspace (2 years ending at DATE)"}},
        {QStringLiteral("info"),
         {cmdInfo,
          "info WORKSPACE [--json] [--check]       schema, counts, date range (--check: integrity)"}},
        {QStringLiteral("kpi"),
         {cmdKpi, "kpi WORKSPACE [--from DATE] [--to DATE] [--all-time] [--period week|month|quarter]\n"
                  "      [--persona NAME] [--channel NAME] [--campaign NAME] [--owner NAME] [--team NAME]\n"
                  "      [--segment NAME]"
                  " [--json|--csv]      every KPI with previous period and target"}},
        {QStringLiteral("funnel"),
         {cmdFunnel, "funnel WORKSPACE [kpi's filters] [--mode flow|cohort] [--cohort-stage KEY] [--json]\n"
                     "                                          stage counts, conversion, time in stage"}},
        {QStringLiteral("breakdown"),
         {cmdBreakdown,
          "breakdown WORKSPACE --by owner|team|deal-stage|channel|campaign|persona|segment [--metric KEY]\n"
          "      [kpi's filters] [--json|--csv]     every KPI per owner, team, stage, …, with the forecast"}},
        {QStringLiteral("check"),
         {cmdCheck,
          "check WORKSPACE [--json]                what the data cannot support: counts, examples"}},
        {QStringLiteral("plan"),
         {cmdPlan, "plan WORKSPACE --target AMOUNT [--period week|month|quarter] [--from DATE --to DATE]\n"
                   "      [--json]                           reverse funnel: what each stage must deliver"}},
        {QStringLiteral("import"),
         {cmdImport,
          "import WORKSPACE FILE... [--profile NAME|PATH] [--dry-run] [--skip-invalid] [--json]\n"
          "         [--encoding NAME] [--delimiter D] [--date-order iso|mdy|dmy|excel] [--decimal "
          "dot|comma]\n"
          "         [--as-of DATE]               deals files are a snapshot as of DATE (default now)"}},
        {QStringLiteral("changes"),
         {cmdChanges,
          "changes WORKSPACE [--from DATE] [--to DATE] [--window-from DATE --window-to DATE]\n"
          "      [--by owner|manager|region|team|channel|persona|segment] [kpi's filters] [--json]\n"
          "                                          pipeline waterfall since the last sync"}},
        {QStringLiteral("inspect"),
         {cmdInspect, "inspect FILE [--json] [--records] [--encoding NAME] [--delimiter D]"}},
        {QStringLiteral("undo"), {cmdUndo, "undo WORKSPACE                          undo the last import"}},
        {QStringLiteral("upgrade"),
         {cmdUpgrade,
          "upgrade WORKSPACE|URL [--json]         bring the schema up to date (a postgresql:// URL:\n"
          "                                          create it in an empty database)"}},
        {QStringLiteral("copy"),
         {cmdCopy,
          "copy SOURCE TARGET [--json]            copy a workspace file into an empty postgresql://\n"
          "                                          database, or a team workspace into a new file"}},
        {QStringLiteral("attribution"),
         {cmdAttribution, "attribution WORKSPACE --model M|--compare [--half-life DAYS] [--by DIM] [--metric "
                          "pipeline|revenue] [filters] [--json]   split deal value over touchpoints"}},
        {QStringLiteral("score"),
         {cmdScore,
          "score WORKSPACE [--threshold N] [--band N] [--contact ID] [--print-model|--save-model FILE] "
          "[--json]   lead score vs outcomes"}},
    };
    return table;
}

void printUsage(QTextStream& stream) {
    stream << "Usage: revalign-cli COMMAND [OPTIONS]\n\nCommands:\n";
    for (const auto& [name, command] : commands())
        stream << "  " << command.synopsis << '\n';
    stream << "\nExit codes: 0 success, 1 the work failed (nothing written), 2 bad usage.\n";
}
} // namespace

bool parseOrReport(QCommandLineParser& parser, const QStringList& args, Io io, int minPositional,
                   int maxPositional) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("revalign-cli"));
    if (!parser.parse(withProgram)) {
        io.err << "revalign-cli " << args.value(0) << ": " << parser.errorText() << '\n';
        return false;
    }
    const qsizetype n = parser.positionalArguments().size() - 1; // minus the command name
    if (n < minPositional || n > maxPositional) {
        io.err << "revalign-cli " << args.value(0) << ": expected " << minPositional;
        if (maxPositional != minPositional)
            io.err << (maxPositional > 1000 ? QStringLiteral(" or more")
                                            : QStringLiteral("–%1").arg(maxPositional));
        io.err << " argument(s), got " << n << "\nUsage: revalign-cli "
               << parser.helpText().section(u'\n', 0, 0) << '\n';
        return false;
    }
    return true;
}

int run(const QStringList& args, Io io) {
    if (args.isEmpty()) {
        printUsage(io.err);
        return BadUsage;
    }
    const QString name = args.first();
    if (name == u"--version" || name == u"-v") {
        io.out << "revalign-cli " << REVALIGN_VERSION << '\n';
        return Success;
    }
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(io.out);
        return Success;
    }
    const auto it = commands().find(name);
    if (it == commands().end()) {
        io.err << "revalign-cli: unknown command '" << name << "'\n";
        printUsage(io.err);
        return BadUsage;
    }
    try {
        return it->second.run(args, io);
    } catch (const Error& e) {
        io.err << e.message() << '\n';
        return Failed;
    } catch (const std::bad_alloc&) {
        io.err << "revalign-cli " << name << ": out of memory\n";
        return Failed;
    }
}

} // namespace revalign::cli
