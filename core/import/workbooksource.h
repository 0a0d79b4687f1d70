#pragma once

#include "import/recordsource.h"
#include "import/xlsxlayout.h"
#include "import/xlsxworkbook.h"

#include <unordered_map>

namespace revalign {

// One sheet of an .xlsx/.xlsm workbook as a RecordSource: the header row (found below a report's title
// and filter rows) first, then each non-empty data row, its fields the header's columns as text (see
// xlsx::Workbook for how a cell becomes text). Rows skipped above the header and below the data, sheets
// passed over and merged cells filled are named in workbook()->notes. The sheet is read into memory at
// open (a zip part is unpacked whole); a rewind replays it.
class WorkbookSource final : public RecordSource {
public:
    // `sheet` empty = the first visible sheet with cells. Throws Error naming the file (and the sheet).
    WorkbookSource(const QString& path, const QString& sheet);
    ~WorkbookSource() override;

    bool next(CsvRecord& record) override;
    void rewind() override;
    qint64 bytesRead() const override;
    qint64 fileSize() const override { return m_book.bytes().size(); }
    const CsvFormat& format() const override { return m_csvFormat; }
    const WorkbookFormat* workbook() const override { return &m_format; }
    void setRawObserver(std::function<void(const char*, qint64)> observer) override {
        m_observer = std::move(observer);
    }

private:
    size_t chooseSheet(const QString& sheet);
    void describeSkipped();
    void collectMerges();
    void fillRecord(const xlsx::SheetCells::Row& row, CsvRecord& record);

    xlsx::Workbook m_book;
    xlsx::SheetCells m_cells;
    bool m_cellsRead = false; // chooseSheet() read the sheet already
    xlsx::SheetLayout m_layout;
    WorkbookFormat m_format;
    CsvFormat m_csvFormat;
    size_t m_next = 0; // index into m_cells.rows of the record next() returns
    std::function<void(const char*, qint64)> m_observer;
    // A merged area's value shows in all its cells in Excel: (row << 16 | column) -> the value.
    std::unordered_map<uint64_t, std::string> m_mergedFill;
    std::string m_fillScratch;
};

} // namespace revalign
