#include "commands.h"

#include "import/csvreader.h"
#include "import/importprofile.h"
#include "import/profilecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
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
    CsvReader reader(path, options);
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
    if (parser.isSet(QStringLiteral("records"))) {
        while (reader.next(record)) {
            check(record);
            writeJsonArray(record, io.out);
        }
        return finish();
    }
    QStringList header;
    qint64 rows = 0;
    if (reader.next(record)) {
        check(record);
        for (size_t i = 0; i < record.size(); ++i)
            header << record.text(i);
        while (reader.next(record)) {
            check(record);
            ++rows;
        }
    }
    const ProfileCatalog catalog = ProfileCatalog::builtIn();
    const ImportProfile* profile = catalog.match(header);
    const CsvFormat& f = reader.format();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root{{QStringLiteral("file"), path},
                         {QStringLiteral("encoding"), f.encoding},
                         {QStringLiteral("bom"), f.encodingFromBom},
                         {QStringLiteral("delimiter"), delimiterName(f.delimiter)},
                         {QStringLiteral("header"), QJsonArray::fromStringList(header)},
                         {QStringLiteral("rows"), rows},
                         {QStringLiteral("profile"), profile ? QJsonValue(profile->name) : QJsonValue()},
                         {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return finish();
    }
    io.out << "File:      " << path << '\n'
           << "Encoding:  " << f.encoding << (f.encodingFromBom ? " (byte-order mark)" : "") << '\n'
           << "Delimiter: " << delimiterName(f.delimiter) << '\n'
           << "Columns:   " << header.size() << '\n'
           << "Header:    " << header.join(QStringLiteral(" | ")) << '\n'
           << "Rows:      " << rows << '\n'
           << "Profile:   "
           << (profile ? profile->name + QStringLiteral(" (") + profile->title + u')'
                       : QStringLiteral("(none matches; use --profile)"))
           << '\n';
    return finish();
}

} // namespace revalign::cli
