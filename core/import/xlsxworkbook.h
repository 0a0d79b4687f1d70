#pragma once

#include "import/xlsxcells.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace orcus {
class zip_archive;
class zip_archive_stream_blob;
} // namespace orcus

namespace revalign::xlsx {

// An unpacked part of the archive (its XML).
using Part = std::vector<unsigned char>;

struct SheetEntry {
    QString name;
    std::string part; // path of its XML part inside the archive
    bool hidden = false;
    bool chart = false; // a chart sheet: no cells
};

enum class CellKind : uint8_t { Text, Number, Date, Boolean, Error };

// The non-empty cells of one sheet, in row order, as text: what CsvRecord fields are made of.
struct SheetCells {
    struct Cell {
        uint32_t column; // 1-based
        uint32_t end;    // end of its text in `text`
        CellKind kind;
    };
    struct Row {
        uint32_t number;    // 1-based, as Excel shows it
        uint32_t firstCell; // index into cells
        uint32_t cellCount;
    };
    struct Merge {
        long firstColumn, firstRow, lastColumn, lastRow;
    };
    std::string text;
    std::vector<Cell> cells;
    std::vector<Row> rows;
    std::vector<Merge> merges;

    std::string_view cellText(uint32_t i) const {
        const uint32_t begin = i == 0 ? 0 : cells[i - 1].end;
        return std::string_view(text).substr(begin, cells[i].end - begin);
    }
};

// An .xlsx/.xlsm package read with liborcus's zip archive and SAX parser: the workbook's sheet list and
// date system, the shared strings and the number formats at open, one sheet's cells on demand. Each cell
// becomes text the way it shows in Excel, but exact: the stored number string (never a binary double),
// dates as ISO, TRUE/FALSE, an error's own text (#N/A), a formula's cached value.
// Throws Error (naming the file) on a damaged package.
class Workbook final {
public:
    explicit Workbook(const QString& path);
    ~Workbook();
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    const std::vector<SheetEntry>& sheets() const { return m_sheets; }
    bool date1904() const { return m_date1904; }
    // Throws Error naming the file and sheet when the sheet's part is missing or damaged.
    SheetCells readSheet(size_t index) const;
    // The file as read (the import hashes it).
    const QByteArray& bytes() const { return m_bytes; }

private:
    bool hasPart(const std::string& name) const;
    Part readPart(const std::string& name, bool required) const;
    template <typename H> void parseXmlPart(const std::string& name, const Part& xml, H& handler) const;
    void readWorkbook(const std::string& part);
    void readStyles(const std::string& part);
    void readSharedStrings(const std::string& part);

    QString m_path;
    QByteArray m_bytes; // the whole file: orcus reads the archive from memory
    std::unique_ptr<orcus::zip_archive_stream_blob> m_stream;
    std::unique_ptr<orcus::zip_archive> m_archive;
    std::vector<SheetEntry> m_sheets;
    bool m_date1904 = false;
    std::vector<NumberStyle> m_xfStyles; // per cellXfs index
    std::string m_strings;               // shared strings back to back
    std::vector<uint32_t> m_stringEnds;
    std::unordered_map<std::string, std::string> m_workbookRels; // id -> part
    std::string m_stylesPart, m_sharedStringsPart;
};

} // namespace revalign::xlsx
