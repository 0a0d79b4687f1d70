#include "import/recordsource.h"

#include "import/csvsource.h"
#include "import/workbooksource.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace revalign {

namespace {

enum class Container { Zip, Compound, Other };

Container containerOf(const QByteArray& head) {
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("PK\x07\x08"))
        return Container::Zip;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Container::Compound;
    return Container::Other;
}

QByteArray readHead(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("Import", "%1: cannot read: %2").arg(path, file.errorString()));
    return file.read(8);
}

bool workbookExtension(const QString& path) {
    static const QStringList extensions{QStringLiteral("xlsx"), QStringLiteral("xlsm"),
                                        QStringLiteral("xltx"), QStringLiteral("xltm"),
                                        QStringLiteral("xls"),  QStringLiteral("xlsb")};
    return extensions.contains(QFileInfo(path).suffix().toLower());
}

QByteArray utf16(const char* ascii) {
    QByteArray out;
    for (const char* c = ascii; *c; ++c) {
        out += *c;
        out += '\0';
    }
    return out;
}

// An Office compound file is either a password-protected OOXML workbook (its streams EncryptionInfo and
// EncryptedPackage, MS-OFFCRYPTO 2.3.4) or an Excel 97-2003 workbook (stream "Workbook", or "Book" for
// Excel 5): the directory names the streams in UTF-16.
[[noreturn]] void refuseCompound(const QString& path) {
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.read(64 << 20);
    if (bytes.contains(utf16("EncryptedPackage")) || bytes.contains(utf16("EncryptionInfo")))
        throw Error(QCoreApplication::translate(
                        "Import", "%1: the workbook is password-protected (encrypted), so it cannot be read; "
                                  "remove the password in Excel (File > Info > Protect Workbook) and save it "
                                  "again, or save it as CSV")
                        .arg(path));
    if (bytes.contains(utf16("Workbook")) || bytes.contains(utf16("Book")))
        throw Error(QCoreApplication::translate("Import",
                                                "%1: an Excel 97-2003 workbook (.xls), which RevAlign "
                                                "does not read; save it as .xlsx or CSV in Excel")
                        .arg(path));
    throw Error(
        QCoreApplication::translate("Import", "%1: an Office file but not an Excel workbook").arg(path));
}

} // namespace

bool looksLikeWorkbook(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return containerOf(file.read(8)) != Container::Other;
}

std::unique_ptr<RecordSource> openRecordSource(const QString& path, const CsvReadOptions& options,
                                               const QString& sheet) {
    switch (containerOf(readHead(path))) {
    case Container::Zip:
        return std::make_unique<WorkbookSource>(path, sheet);
    case Container::Compound:
        refuseCompound(path);
    case Container::Other:
        break;
    }
    if (workbookExtension(path))
        throw Error(QCoreApplication::translate("Import",
                                                "%1: named like an Excel workbook, but it is not one "
                                                "(no zip archive inside: a CSV or text file renamed?); "
                                                "rename it .csv to import it as CSV")
                        .arg(path));
    // --sheet names a sheet of the workbooks among an import's files; a CSV file has none to choose.
    return std::make_unique<CsvSource>(path, options);
}

QStringList workbookSheets(const QString& path) {
    switch (containerOf(readHead(path))) {
    case Container::Zip: {
        const xlsx::Workbook book(path);
        QStringList names;
        for (const xlsx::SheetEntry& s : book.sheets())
            if (!s.chart)
                names << s.name;
        return names;
    }
    case Container::Compound:
        refuseCompound(path);
    case Container::Other:
        break;
    }
    return {};
}

} // namespace revalign
