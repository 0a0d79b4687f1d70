#pragma once

#include "import/csvreader.h"
#include "import/csvrecord.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace revalign {

// How a workbook was read (for `inspect`, the wizard and the import's notes).
struct WorkbookFormat {
    QString sheet;            // the sheet read
    QStringList sheets;       // every sheet, in workbook order
    QStringList hiddenSheets; // the ones Excel hides
    qint64 headerRow = 0;     // the row number Excel shows for the header
    qint64 firstColumn = 1;   // the column (1 = A) of the header's first cell
    bool date1904 = false;    // serial dates count from 1904-01-01 (old Mac workbooks)
    // What the reader decided that the user must hear: sheets passed over, rows skipped above the header
    // and below the data (each with its row numbers and text), merged cells filled.
    QStringList notes;
    friend bool operator==(const WorkbookFormat&, const WorkbookFormat&) = default;
};

// The records of one file, header first, whatever the file is: the import pipeline, the wizard's preview
// and `inspect` read CSV files and workbooks through this. One virtual call per record; the CSV reader's
// per-field work stays inside CsvReader.
class RecordSource {
public:
    virtual ~RecordSource() = default;
    RecordSource(const RecordSource&) = delete;
    RecordSource& operator=(const RecordSource&) = delete;

    // Reads the next record; false at the end. A record's `line` is the line (CSV) or the row number
    // Excel shows (workbook) where it starts.
    virtual bool next(CsvRecord& record) = 0;
    // Starts again from the first record (a second pass).
    virtual void rewind() = 0;
    // Progress of the pass: bytes of the file read so far, of fileSize().
    virtual qint64 bytesRead() const = 0;
    virtual qint64 fileSize() const = 0;
    // How a CSV file reads (for a workbook: UTF-8, no delimiter).
    virtual const CsvFormat& format() const = 0;
    // How a workbook reads; null for a CSV file.
    virtual const WorkbookFormat* workbook() const { return nullptr; }
    // Sees every raw byte of the file on the next pass (to hash the file); set it before rewind().
    virtual void setRawObserver(std::function<void(const char*, qint64)> observer) = 0;

    const QString& path() const { return m_path; }

protected:
    explicit RecordSource(const QString& path)
        : m_path(path) {}

private:
    QString m_path;
};

// Opens `path` as what its content is: an Excel workbook (.xlsx, .xlsm; `sheet` names the sheet, empty =
// the first visible one with data) or a CSV file. Throws Error naming the file when it cannot be read,
// including a file named .xlsx that is not a workbook and a password-protected workbook.
std::unique_ptr<RecordSource> openRecordSource(const QString& path, const CsvReadOptions& options,
                                               const QString& sheet = QString());

// The sheets of a workbook in order (empty for anything else), for the wizard's sheet chooser. Throws
// Error like openRecordSource().
QStringList workbookSheets(const QString& path);

// Whether the file's content is a zip archive or an Office compound file (what a workbook is).
bool looksLikeWorkbook(const QString& path);

} // namespace revalign
