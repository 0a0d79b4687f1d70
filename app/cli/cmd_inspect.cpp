#include "commands.h"

#include "import/csvreader.h"
#include "import/importprofile.h"
#include "import/inspection.h"
#include "import/profilecatalog.h"
#include "import/recordsource.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace revalign::cli {

namespace {
// One record as a compact JSON array of strings. Written by hand: QJsonDocument would be slower and
// escapes nothing we need beyond JSON's rules.
void writeJsonArray(const CsvRecord& record, QTextStream& out) {
    QJsonArray array;
    for (size_t i = 0; i < record.size(); ++i)
        array.append(record.text(i));
    out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
}
int inspect(const QString& path, const CsvReadOptions& options, const QString& sheet, bool records, bool json,
            Io io);
} // namespace

int cmdInspect(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("inspect FILE"),
                                 QStringLiteral("a CSV file or an Excel workbook"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("records"), QStringLiteral("Print every record as a JSON array.")});
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("Read the file in this encoding."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("delimiter"),
                      QStringLiteral("comma, semicolon, tab or pipe instead of detecting."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("sheet"), QStringLiteral("The sheet of an Excel workbook to read."),
                      QStringLiteral("NAME")});
    const bool json = args.contains(QStringLiteral("--json")) || args.contains(QStringLiteral("-json"));
    if (!parseOrReport(parser, args, io, 1, 1)) {
        if (json)
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                 QStringLiteral("bad usage (see the message on stderr)")}})
                          .toJson(QJsonDocument::Indented);
        return BadUsage;
    }
    const QString path = parser.positionalArguments().at(1);
    CsvReadOptions options;
    options.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        options.delimiter = delimiterFromName(parser.value(QStringLiteral("delimiter")));
        if (!options.delimiter) {
            io.err << "revalign-cli inspect: unknown delimiter '" << parser.value(QStringLiteral("delimiter"))
                   << "' (comma, semicolon, tab or pipe)\n";
            return BadUsage;
        }
    }
    try {
        return inspect(path, options, parser.value(QStringLiteral("sheet")),
                       parser.isSet(QStringLiteral("records")), json, io);
    } catch (const Error& e) { // an unreadable or undecodable file: still JSON when JSON was asked for
        io.err << e.message() << '\n';
        if (json)
            io.out << QJsonDocument(
                          QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("error"), e.message()}})
                          .toJson(QJsonDocument::Indented);
        return Failed;
    }
}

namespace {
int inspect(const QString& path, const CsvReadOptions& options, const QString& sheet, bool records, bool json,
            Io io) {
    const std::unique_ptr<RecordSource> source = openRecordSource(path, options, sheet);
    RecordSource& reader = *source;
    CsvRecord record;
    // A quote never closed makes the rest of the file one record: say so (and exit 1) instead of
    // reporting a plausible "rows: 1" (issue 10.5).
    QStringList warnings;
    const auto check = [&](const CsvRecord& r) {
        if (r.unterminatedQuote)
            warnings << QStringLiteral(
                            "%1: line %2: a quoted field is not closed before the end of the file: "
                            "the rest of the file is read as one record")
                            .arg(path)
                            .arg(r.line);
    };
    const auto finish = [&] {
        for (const QString& w : warnings)
            io.err << "warning: " << w << '\n';
        return warnings.isEmpty() ? Success : Failed;
    };
    if (records) {
        while (reader.next(record)) {
            check(record);
            writeJsonArray(record, io.out);
        }
        return finish();
    }
    QStringList header;
    qint64 rows = 0;
    std::optional<ColumnProfiler> profiler;
    if (reader.next(record)) {
        check(record);
        for (size_t i = 0; i < record.size(); ++i)
            header << record.text(i).trimmed();
        profiler.emplace(header);
        while (reader.next(record)) {
            check(record);
            profiler->add(record);
            ++rows;
        }
    }
    const std::vector<ColumnSummary> columns =
        profiler ? profiler->summaries() : std::vector<ColumnSummary>{};
    const ProfileCatalog catalog = ProfileCatalog::builtIn();
    const ImportProfile* profile = nullptr;
    try { // recognition may refuse a header two profiles fit equally; the list below says why
        profile = catalog.match(header);
    } catch (const Error&) {
    }
    const std::vector<ProfileFit> fits = profileFits(catalog, header);
    const CsvFormat& f = reader.format();
    const WorkbookFormat* book = reader.workbook();
    QString lineDetail;
    // A workbook has cells, not lines: no line ending, no delimiter.
    const QString lineEnding = book ? QString() : detectLineEnding(path, f, &lineDetail);
    if (json) {
        QJsonArray columnArray;
        for (const ColumnSummary& c : columns) {
            QJsonArray top;
            for (const auto& [value, count] : c.top)
                top.append(QJsonArray{value, count});
            columnArray.append(QJsonObject{
                {QStringLiteral("name"), c.name},
                {QStringLiteral("type"), c.type},
                {QStringLiteral("date_order"),
                 c.dateOrder.isEmpty() ? QJsonValue() : QJsonValue(c.dateOrder)},
                {QStringLiteral("decimal"), c.decimal.isEmpty() ? QJsonValue() : QJsonValue(c.decimal)},
                {QStringLiteral("values"), c.values},
                {QStringLiteral("nulls"), c.nulls},
                {QStringLiteral("top"), top},
                {QStringLiteral("top_exact"), c.topExact}});
        }
        QJsonArray fitArray;
        for (const ProfileFit& fit : fits)
            fitArray.append(QJsonObject{{QStringLiteral("name"), fit.name},
                                        {QStringLiteral("score"), fit.score},
                                        {QStringLiteral("why"), fit.why}});
        QJsonObject root{
            {QStringLiteral("file"), path},
            {QStringLiteral("format"), book ? QStringLiteral("xlsx") : QStringLiteral("csv")},
            {QStringLiteral("encoding"), f.encoding},
            {QStringLiteral("bom"), f.encodingFromBom},
            {QStringLiteral("delimiter"), book ? QJsonValue() : QJsonValue(delimiterName(f.delimiter))},
            {QStringLiteral("line_ending"), book ? QJsonValue() : QJsonValue(lineEnding)},
            {QStringLiteral("header"), QJsonArray::fromStringList(header)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("columns"), columnArray},
            {QStringLiteral("profile"), profile ? QJsonValue(profile->name) : QJsonValue()},
            {QStringLiteral("profiles"), fitArray},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
        if (book) {
            root.insert(QStringLiteral("sheet"), book->sheet);
            root.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(book->sheets));
            root.insert(QStringLiteral("hidden_sheets"), QJsonArray::fromStringList(book->hiddenSheets));
            root.insert(QStringLiteral("header_row"), book->headerRow);
            root.insert(QStringLiteral("date1904"), book->date1904);
            root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(book->notes));
        }
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return finish();
    }
    io.out << "File:        " << path << '\n';
    if (book) {
        QStringList sheets;
        for (const QString& s : book->sheets)
            sheets << (book->hiddenSheets.contains(s) ? s + QStringLiteral(" (hidden)") : s);
        io.out << "Workbook:    sheet " << book->sheet << ", header on row " << book->headerRow
               << (book->date1904 ? ", 1904 date system" : "") << '\n'
               << "Sheets:      " << sheets.join(QStringLiteral(", ")) << '\n';
        for (const QString& note : book->notes)
            io.out << "Note:        " << note << '\n';
    } else {
        io.out << "Encoding:    " << f.encoding << (f.encodingFromBom ? " (byte-order mark)" : "") << '\n'
               << "Delimiter:   " << delimiterName(f.delimiter) << '\n'
               << "Line ending: " << lineEnding.toUpper() << " (" << lineDetail << ")\n";
    }
    io.out << "Header:      " << header.join(QStringLiteral(" | ")) << '\n'
           << "Rows:        " << rows << '\n'
           << "Profile:     "
           << (profile ? profile->name + QStringLiteral(" (") + profile->title + u')'
                       : QStringLiteral("(none matches; use --profile)"))
           << '\n';
    if (!fits.empty()) {
        io.out << "Profiles that fit or nearly fit:\n";
        for (const ProfileFit& fit : fits)
            io.out << "  " << fit.name.leftJustified(28) << " score "
                   << QString::number(fit.score).rightJustified(3) << "  " << fit.why << '\n';
    }
    io.out << "Columns:     " << header.size() << '\n';
    for (size_t i = 0; i < columns.size(); ++i) {
        const ColumnSummary& c = columns[i];
        QString format = c.type;
        if (!c.dateOrder.isEmpty())
            format += u' ' + c.dateOrder;
        if (!c.decimal.isEmpty())
            format += QStringLiteral(" (decimal %1)").arg(c.decimal);
        QStringList top;
        for (const auto& [value, count] : c.top)
            top << QStringLiteral("'%1' %2").arg(value.left(40)).arg(count);
        io.out << QString::number(i + 1).rightJustified(4) << "  " << c.name.left(32).leftJustified(32) << ' '
               << format.leftJustified(24) << " nulls " << QString::number(c.nulls).rightJustified(6) << "  "
               << top.join(QStringLiteral(", ")) << (c.topExact ? "" : ", …") << '\n';
    }
    return finish();
}
} // namespace

} // namespace revalign::cli
