#include "commands.h"

#include "import/csvreader.h"
#include "import/importprofile.h"
#include "import/inspection.h"
#include "import/profilecatalog.h"
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
int inspect(const QString& path, const CsvReadOptions& options, bool records, bool json, Io io);
} // namespace

int cmdInspect(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("inspect FILE"), QStringLiteral("a CSV file"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("records"), QStringLiteral("Print every record as a JSON array.")});
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("Read the file in this encoding."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("delimiter"),
                      QStringLiteral("comma, semicolon, tab or pipe instead of detecting."),
                      QStringLiteral("D")});
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
        return inspect(path, options, parser.isSet(QStringLiteral("records")), json, io);
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
int inspect(const QString& path, const CsvReadOptions& options, bool records, bool json, Io io) {
    CsvReader reader(path, options);
    CsvRecord record;
    if (records) {
        while (reader.next(record))
            writeJsonArray(record, io.out);
        return Success;
    }
    QStringList header;
    qint64 rows = 0;
    std::optional<ColumnProfiler> profiler;
    if (reader.next(record)) {
        for (size_t i = 0; i < record.size(); ++i)
            header << record.text(i).trimmed();
        profiler.emplace(header);
        while (reader.next(record)) {
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
    QString lineDetail;
    const QString lineEnding = detectLineEnding(path, f, &lineDetail);
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
        QJsonObject root{{QStringLiteral("file"), path},
                         {QStringLiteral("encoding"), f.encoding},
                         {QStringLiteral("bom"), f.encodingFromBom},
                         {QStringLiteral("delimiter"), delimiterName(f.delimiter)},
                         {QStringLiteral("line_ending"), lineEnding},
                         {QStringLiteral("header"), QJsonArray::fromStringList(header)},
                         {QStringLiteral("rows"), rows},
                         {QStringLiteral("columns"), columnArray},
                         {QStringLiteral("profile"), profile ? QJsonValue(profile->name) : QJsonValue()},
                         {QStringLiteral("profiles"), fitArray}};
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }
    io.out << "File:        " << path << '\n'
           << "Encoding:    " << f.encoding << (f.encodingFromBom ? " (byte-order mark)" : "") << '\n'
           << "Delimiter:   " << delimiterName(f.delimiter) << '\n'
           << "Line ending: " << lineEnding.toUpper() << " (" << lineDetail << ")\n"
           << "Header:      " << header.join(QStringLiteral(" | ")) << '\n'
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
    return Success;
}
} // namespace

} // namespace revalign::cli
