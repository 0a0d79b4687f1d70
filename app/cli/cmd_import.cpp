#include "commands.h"

#include "store/dealhistorywriter.h"
#include "store/workspace.h"
#include "util/error.h"
#include "util/suggest.h"
#include "workflow/importservice.h"

#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace revalign::cli {

namespace {
QJsonObject toJson(const ErrorGroup& g) {
    QJsonArray lines;
    for (const qint64 line : g.lines)
        lines.append(line);
    return {{QStringLiteral("column"), g.column > 0 ? QJsonValue(g.column) : QJsonValue()},
            {QStringLiteral("column_name"), g.column > 0 ? QJsonValue(g.columnName) : QJsonValue()},
            {QStringLiteral("reason"), g.reason},
            {QStringLiteral("value"), g.value.isNull() ? QJsonValue() : QJsonValue(g.value)},
            {QStringLiteral("other_values"), g.otherValues},
            {QStringLiteral("count"), g.count},
            {QStringLiteral("lines"), lines},
            // A workbook's column as Excel names it ("Report!G"); null for text files.
            {QStringLiteral("cells"), g.cellColumn.isEmpty() ? QJsonValue() : QJsonValue(g.cellColumn)}};
}

QJsonArray unresolvedJson(const ImportFindings& f) {
    QJsonArray out;
    for (const UnresolvedReference& u : f.unresolved)
        out.append(QJsonObject{{QStringLiteral("field"), u.field},
                               {QStringLiteral("target"), u.target},
                               {QStringLiteral("count"), u.count},
                               {QStringLiteral("examples"), QJsonArray::fromStringList(u.examples)}});
    return out;
}

QJsonArray undatedJson(const ImportFindings& f) {
    QJsonArray out;
    for (const UndatedFact& u : f.undated) {
        QJsonArray lines;
        for (const qint64 line : u.lines)
            lines.append(line);
        out.append(QJsonObject{{QStringLiteral("fact"), u.fact},
                               {QStringLiteral("count"), u.count},
                               {QStringLiteral("lines"), lines}});
    }
    return out;
}

QJsonArray undefinedStagesJson(const ImportFindings& f) {
    QJsonArray out;
    for (const UndefinedStage& s : f.undefinedStages)
        out.append(QJsonObject{{QStringLiteral("stage"), s.stage},
                               {QStringLiteral("count"), s.count},
                               {QStringLiteral("added"), s.added}});
    return out;
}

// The findings of one file as lines for the terminal (each prefixed with the file by the caller).
QStringList findingsText(const ImportFindings& f) {
    QStringList out;
    for (const UnresolvedReference& u : f.unresolved)
        out << QStringLiteral("unresolved: %1: %2 reference(s) to %3 records not in the workspace (e.g. %4); "
                              "kept, and linked when those records are imported")
                   .arg(u.field)
                   .arg(u.count)
                   .arg(u.target, QStringLiteral("'") + u.examples.join(QStringLiteral("', '")) + u'\'');
    if (f.linked > 0)
        out << QStringLiteral("linked: %1 reference(s) that earlier imports left unresolved").arg(f.linked);
    for (const UndatedFact& u : f.undated) {
        QStringList lines;
        for (const qint64 line : u.lines)
            lines << QString::number(line);
        out << QStringLiteral("undated: %1: %2 record(s) without a date (lines %3%4); kept as reached, date "
                              "unknown")
                   .arg(u.fact)
                   .arg(u.count)
                   .arg(lines.join(QStringLiteral(", ")),
                        u.count > qint64(u.lines.size()) ? QStringLiteral(", …") : QString());
    }
    for (const UndefinedStage& s : f.undefinedStages)
        out << QStringLiteral(
                   "undefined deal stage: '%1' (%2 deal(s)%3): counted as open until it is defined "
                   "(Definitions page, Deal stages)")
                   .arg(s.stage)
                   .arg(s.count)
                   .arg(s.added ? QStringLiteral(", new to the workspace") : QString());
    return out;
}

QJsonObject toJson(const ImportResult& r) {
    QJsonArray errors;
    for (const RowError& e : r.errors)
        errors.append(
            QJsonObject{{QStringLiteral("file"), e.file},
                        {QStringLiteral("line"), e.line},
                        {QStringLiteral("column"), e.column},
                        {QStringLiteral("column_name"), e.columnName},
                        {QStringLiteral("value"), e.value},
                        {QStringLiteral("reason"), e.reason},
                        {QStringLiteral("cell"), e.cell.isEmpty() ? QJsonValue() : QJsonValue(e.cell)}});
    QJsonArray groups;
    for (const ErrorGroup& g : r.errorGroups)
        groups.append(toJson(g));
    return {{QStringLiteral("file"), r.file},
            {QStringLiteral("profile"), r.profile},
            {QStringLiteral("encoding"), r.format.encoding},
            {QStringLiteral("delimiter"),
             r.format.delimiter ? QJsonValue(delimiterName(r.format.delimiter)) : QJsonValue()},
            {QStringLiteral("sheet"), r.sheet.isEmpty() ? QJsonValue() : QJsonValue(r.sheet)},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("new"), r.counts.added},
            {QStringLiteral("updated"), r.counts.updated},
            {QStringLiteral("unchanged"), r.counts.unchanged},
            {QStringLiteral("invalid"), r.counts.invalid},
            {QStringLiteral("written"), r.written},
            {QStringLiteral("batch"), r.batch.isValid() ? QJsonValue(r.batch.value()) : QJsonValue()},
            {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes + r.findings.notes)},
            {QStringLiteral("unresolved"), unresolvedJson(r.findings)},
            {QStringLiteral("linked"), r.findings.linked},
            {QStringLiteral("undated"), undatedJson(r.findings)},
            {QStringLiteral("undefined_stages"), undefinedStagesJson(r.findings)},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("error_count"), r.errorCount},
            {QStringLiteral("error_groups"), groups}};
}

// The --json answer when the import could not run at all (unreadable file, ambiguous formats, a profile
// that does not fit, bad usage): still one JSON object, with the reason, so scripts parse every outcome.
void printJsonFailure(Io io, bool dryRun, const QString& message) {
    io.out << QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), dryRun},
                                        {QStringLiteral("written"), false},
                                        {QStringLiteral("error"), message},
                                        {QStringLiteral("files"), QJsonArray()}})
                  .toJson(QJsonDocument::Indented);
}
} // namespace

int cmdImport(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("import WORKSPACE FILE..."),
                                 QStringLiteral("CSV files or Excel workbooks to import"));
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("Profile name or profile file (default: recognise)."),
                      QStringLiteral("NAME|PATH")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Validate and count; write nothing.")});
    parser.addOption(
        {QStringLiteral("skip-invalid"), QStringLiteral("Import the valid rows, report the rest.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("Read the files in this encoding."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("delimiter"), QStringLiteral("comma, semicolon, tab or pipe."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("date-order"),
                      QStringLiteral("iso, mdy, dmy or excel for every date column."),
                      QStringLiteral("ORDER")});
    parser.addOption({QStringLiteral("decimal"), QStringLiteral("dot or comma."), QStringLiteral("MARK")});
    parser.addOption({QStringLiteral("sheet"), QStringLiteral("The sheet of the Excel workbooks to read."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("as-of"),
                      QStringLiteral("The day the export was taken (YYYY-MM-DD; default: now): deals files "
                                     "become a snapshot as of the end of that day."),
                      QStringLiteral("DATE")});
    // Whether the caller asked for JSON is known even when the options do not parse.
    const bool json = args.contains(QStringLiteral("--json")) || args.contains(QStringLiteral("-json"));
    const bool dryRunAsked = args.contains(QStringLiteral("--dry-run"));
    if (!parseOrReport(parser, args, io, 2, 100000)) {
        if (json)
            printJsonFailure(io, dryRunAsked, QStringLiteral("bad usage (see the message on stderr)"));
        return BadUsage;
    }
    ImportOptions options;
    options.profile = parser.value(QStringLiteral("profile"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    options.read.encoding = parser.value(QStringLiteral("encoding"));
    options.sheet = parser.value(QStringLiteral("sheet"));
    const auto usage = [&](const QString& message) {
        io.err << "revalign-cli import: " << message << '\n';
        if (json)
            printJsonFailure(io, options.dryRun, message);
        return BadUsage;
    };
    if (parser.isSet(QStringLiteral("delimiter"))) {
        options.read.delimiter = delimiterFromName(parser.value(QStringLiteral("delimiter")));
        if (!options.read.delimiter)
            return usage(QStringLiteral("--delimiter must be comma, semicolon, tab or pipe"));
    }
    if (parser.isSet(QStringLiteral("date-order"))) {
        const auto order = dateOrderFromKey(parser.value(QStringLiteral("date-order")));
        if (!order)
            return usage(QStringLiteral("--date-order must be iso, mdy, dmy or excel"));
        options.dateOrder = *order;
    }
    if (parser.isSet(QStringLiteral("decimal"))) {
        const auto mark = decimalMarkFromKey(parser.value(QStringLiteral("decimal")));
        if (!mark)
            return usage(QStringLiteral("--decimal must be dot or comma"));
        options.decimal = *mark;
    }
    QDate asOfDay;
    if (parser.isSet(QStringLiteral("as-of"))) {
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = parser.value(QStringLiteral("as-of"));
        asOfDay = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!asOfDay.isValid())
            return usage(QStringLiteral("--as-of '%1' is not a date (expected YYYY-MM-DD)").arg(text));
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst();
    const QString workspacePath = positional.takeFirst();
    std::optional<Workspace> ws;
    std::vector<ImportResult> results;
    try {
        // A dry run writes too (inside a transaction it rolls back), so it needs a workspace it can write.
        ws.emplace(Workspace::open(workspacePath, WorkspaceAccess::ReadWrite));
        if (asOfDay.isValid()) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (asOfDay > now.date().addDays(1))
                return usage(
                    QStringLiteral("--as-of %1 is in the future").arg(asOfDay.toString(Qt::ISODate)));
            options.asOf = snapshotMoment(ws->settings().calendar.timeZone, asOfDay, now);
        }
        // A team workspace's import waits while another person's import runs, and says for whom (on
        // stderr, so --json output stays one document); Ctrl-C ends the wait like any other command.
        ImportWait wait;
        wait.waiting = [&io](const QString& message) {
            io.err << message << '\n';
            io.err.flush();
        };
        results = importFiles(*ws, positional, options, wait);
    } catch (const Error& e) {
        io.err << e.message() << '\n';
        if (json)
            printJsonFailure(io, options.dryRun, e.message());
        return Failed;
    }
    bool failed = false;
    bool written = false; // a file with nothing to write (a header only) writes nothing
    for (const ImportResult& r : results) {
        failed = failed || (r.counts.invalid > 0 && !options.skipInvalid);
        written = written || r.written;
    }
    if (json) {
        QJsonArray files;
        for (const ImportResult& r : results)
            files.append(toJson(r));
        io.out << QJsonDocument(
                      QJsonObject{{QStringLiteral("dry_run"), options.dryRun},
                                  {QStringLiteral("written"), written},
                                  {QStringLiteral("warnings"), QJsonArray::fromStringList(ws->notices())},
                                  {QStringLiteral("files"), files}})
                      .toJson(QJsonDocument::Indented);
    } else {
        QStringList order;
        for (const ImportResult& r : results)
            order << r.file;
        if (order != positional)
            io.out
                << "Imported in dependency order (owners, accounts and campaigns, leads and contacts, deals, "
                   "then activities): "
                << order.join(QStringLiteral(", ")) << '\n';
        for (const ImportResult& r : results) {
            io.out << r.file << ": " << r.profile << ", " << r.rows << " rows: " << r.counts.added << " new, "
                   << r.counts.updated << " updated, " << r.counts.unchanged << " unchanged, "
                   << r.counts.invalid << " invalid\n";
            for (const QString& note : r.notes + r.findings.notes)
                io.out << r.file << ": note: " << note << '\n';
            for (const QString& line : findingsText(r.findings))
                io.out << r.file << ": " << line << '\n';
            if (r.errorCount > 0)
                io.out << r.file << ": " << groupedCount(r.errorCount) << " problems in "
                       << groupedCount(static_cast<qint64>(r.errorGroups.size()))
                       << " groups (column, reason, value), listed on stderr\n";
        }
        if (options.dryRun)
            io.out << "Dry run: nothing was written.\n";
        else if (failed)
            io.out << "Nothing was written (use --skip-invalid to import the valid rows).\n";
    }
    // One line per (column, reason, value), biggest first: a million bad rows are a handful of lines.
    for (const ImportResult& r : results)
        for (const ErrorGroup& g : r.errorGroups)
            io.err << g.toString() << '\n';
    // The import is in the workspace even when copying its WAL into the file failed (a full disk): say
    // so, exit 0 (issue 10.7).
    for (const QString& notice : ws->notices())
        io.err << ws->path() << ": " << (written ? "imported; " : "") << notice << '\n';
    return failed ? Failed : Success;
}

} // namespace revalign::cli
