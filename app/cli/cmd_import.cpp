#include "commands.h"

#include "import/importsession.h"
#include "store/dealhistorywriter.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace revalign::cli {

namespace {
QJsonObject toJson(const ImportResult& r) {
    QJsonArray errors;
    for (const RowError& e : r.errors)
        errors.append(QJsonObject{{QStringLiteral("file"), e.file},
                                  {QStringLiteral("line"), e.line},
                                  {QStringLiteral("column"), e.column},
                                  {QStringLiteral("column_name"), e.columnName},
                                  {QStringLiteral("value"), e.value},
                                  {QStringLiteral("reason"), e.reason}});
    return {{QStringLiteral("file"), r.file},
            {QStringLiteral("profile"), r.profile},
            {QStringLiteral("encoding"), r.format.encoding},
            {QStringLiteral("delimiter"), delimiterName(r.format.delimiter)},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("new"), r.counts.added},
            {QStringLiteral("updated"), r.counts.updated},
            {QStringLiteral("unchanged"), r.counts.unchanged},
            {QStringLiteral("invalid"), r.counts.invalid},
            {QStringLiteral("written"), r.written},
            {QStringLiteral("batch"), r.batch.isValid() ? QJsonValue(r.batch.value()) : QJsonValue()},
            {QStringLiteral("notes"), QJsonArray::fromStringList(r.headerNotes)},
            {QStringLiteral("errors"), errors}};
}
} // namespace

int cmdImport(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("import WORKSPACE FILE..."),
                                 QStringLiteral("CSV files to import"));
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
    parser.addOption({QStringLiteral("as-of"),
                      QStringLiteral("The day the export was taken (YYYY-MM-DD; default: now): deals files "
                                     "become a snapshot as of the end of that day."),
                      QStringLiteral("DATE")});
    if (!parseOrReport(parser, args, io, 2, 100000))
        return BadUsage;
    ImportOptions options;
    options.profile = parser.value(QStringLiteral("profile"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    options.read.encoding = parser.value(QStringLiteral("encoding"));
    const auto usage = [&](const QString& message) {
        io.err << "revalign-cli import: " << message << '\n';
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
    Workspace ws = Workspace::open(workspacePath);
    if (asOfDay.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (asOfDay > now.date().addDays(1))
            return usage(QStringLiteral("--as-of %1 is in the future").arg(asOfDay.toString(Qt::ISODate)));
        options.asOf = snapshotMoment(ws.settings().calendar.timeZone, asOfDay, now);
    }
    const std::vector<ImportResult> results = importFiles(ws, positional, options);
    bool failed = false;
    for (const ImportResult& r : results)
        failed = failed || (r.counts.invalid > 0 && !options.skipInvalid);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray files;
        for (const ImportResult& r : results)
            files.append(toJson(r));
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), options.dryRun},
                                            {QStringLiteral("written"), !failed && !options.dryRun},
                                            {QStringLiteral("files"), files}})
                      .toJson(QJsonDocument::Indented);
    } else {
        for (const ImportResult& r : results) {
            io.out << r.file << ": " << r.profile << ", " << r.rows << " rows: " << r.counts.added << " new, "
                   << r.counts.updated << " updated, " << r.counts.unchanged << " unchanged, "
                   << r.counts.invalid << " invalid\n";
            for (const QString& note : r.headerNotes)
                io.out << r.file << ": note: " << note << '\n';
        }
        if (options.dryRun)
            io.out << "Dry run: nothing was written.\n";
        else if (failed)
            io.out << "Nothing was written (use --skip-invalid to import the valid rows).\n";
    }
    for (const ImportResult& r : results)
        for (const RowError& e : r.errors)
            io.err << e.toString() << '\n';
    return failed ? Failed : Success;
}

} // namespace revalign::cli
