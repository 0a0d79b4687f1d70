#include "import/workbooksource.h"

#include "util/error.h"

#include <QCoreApplication>

#include <algorithm>

namespace revalign {

namespace {

QString cellText(const xlsx::SheetCells& cells, uint32_t i) {
    const std::string_view t = cells.cellText(i);
    return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
}

// A skipped row as the user sees it: its cells' text, joined, cut short.
QString rowText(const xlsx::SheetCells& cells, const xlsx::SheetCells::Row& row) {
    QStringList parts;
    for (uint32_t i = row.firstCell; i < row.firstCell + row.cellCount; ++i)
        parts << cellText(cells, i).trimmed();
    QString text = parts.join(QStringLiteral(" | "));
    if (text.size() > 60)
        text = text.left(59) + QChar(0x2026);
    return QStringLiteral("'%1'").arg(text);
}

// "1-4" or "7" for a run of row numbers.
QString rowRange(uint32_t first, uint32_t last) {
    return first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last);
}

QString sheetList(const std::vector<xlsx::SheetEntry>& sheets) {
    QStringList names;
    for (const xlsx::SheetEntry& s : sheets)
        names << QStringLiteral("'%1'").arg(s.name);
    return names.join(QStringLiteral(", "));
}

uint64_t mergeKey(uint64_t row, uint64_t column) {
    return row << 16 | column;
}

} // namespace

WorkbookSource::WorkbookSource(const QString& path, const QString& sheet)
    : RecordSource(path)
    , m_book(path) {
    const size_t index = chooseSheet(sheet);
    m_format.sheet = m_book.sheets()[index].name;
    m_format.date1904 = m_book.date1904();
    for (const xlsx::SheetEntry& s : m_book.sheets()) {
        m_format.sheets << s.name;
        if (s.hidden)
            m_format.hiddenSheets << s.name;
    }
    if (!m_cellsRead)
        m_cells = m_book.readSheet(index);
    m_layout = xlsx::detectLayout(m_cells);
    if (m_layout.empty)
        throw Error(
            QCoreApplication::translate("Import", "%1: sheet '%2' is empty").arg(path, m_format.sheet));
    m_format.headerRow = m_cells.rows[m_layout.header].number;
    m_format.firstColumn = m_layout.firstColumn;
    m_csvFormat.encoding = QStringLiteral("UTF-8");
    m_csvFormat.delimiter = 0;
    describeSkipped();
    collectMerges();
    m_next = m_layout.header;
}

WorkbookSource::~WorkbookSource() = default;

size_t WorkbookSource::chooseSheet(const QString& sheet) {
    const auto& sheets = m_book.sheets();
    if (sheets.empty())
        throw Error(QCoreApplication::translate("Import", "%1: the workbook has no sheets").arg(path()));
    if (!sheet.isEmpty()) {
        for (size_t i = 0; i < sheets.size(); ++i)
            if (sheets[i].name == sheet)
                return i;
        std::vector<size_t> folded;
        for (size_t i = 0; i < sheets.size(); ++i)
            if (sheets[i].name.compare(sheet, Qt::CaseInsensitive) == 0)
                folded.push_back(i);
        if (folded.size() == 1)
            return folded.front();
        throw Error(
            QCoreApplication::translate("Import", "%1: the workbook has no sheet '%2'; its sheets are %3")
                .arg(path(), sheet, sheetList(sheets)));
    }
    // The first sheet a person would look at: visible, a worksheet, with cells. Reading a sheet to see
    // whether it has cells costs one unpack; workbooks have few sheets.
    QStringList passed;
    for (size_t i = 0; i < sheets.size(); ++i) {
        const xlsx::SheetEntry& s = sheets[i];
        if (s.hidden) {
            passed << QCoreApplication::translate("Import", "'%1' (hidden)").arg(s.name);
            continue;
        }
        if (!s.chart)
            m_cells = m_book.readSheet(i);
        if (s.chart || m_cells.rows.empty()) {
            passed << QCoreApplication::translate("Import", "'%1' (empty)").arg(s.name);
            continue;
        }
        if (!passed.isEmpty())
            m_format.notes << QCoreApplication::translate("Import", "sheet %1 passed over; read sheet '%2'")
                                  .arg(passed.join(QStringLiteral(", ")), s.name);
        QStringList others;
        for (size_t j = i + 1; j < sheets.size(); ++j)
            if (!sheets[j].hidden && !sheets[j].chart)
                others << QStringLiteral("'%1'").arg(sheets[j].name);
        if (!others.isEmpty())
            m_format.notes << QCoreApplication::translate(
                                  "Import",
                                  "the workbook has more sheets (%1), not read; choose one with --sheet")
                                  .arg(others.join(QStringLiteral(", ")));
        m_cellsRead = true;
        return i;
    }
    throw Error(
        QCoreApplication::translate("Import", "%1: every sheet of the workbook is empty or hidden (%2)")
            .arg(path(), sheetList(sheets)));
}

void WorkbookSource::describeSkipped() {
    const auto& rows = m_cells.rows;
    const QString sheet = m_format.sheet;
    if (m_layout.header > 0) {
        QStringList texts;
        for (size_t i = 0; i < m_layout.header && texts.size() < 4; ++i)
            texts << rowText(m_cells, rows[i]);
        if (m_layout.header > 4)
            texts << QString(QChar(0x2026));
        m_format.notes << QCoreApplication::translate("Import",
                                                      "sheet '%1': the header is row %2; rows %3 above "
                                                      "it skipped (a report's title and filters: %4)")
                              .arg(sheet)
                              .arg(rows[m_layout.header].number)
                              .arg(rowRange(rows.front().number, rows[m_layout.header - 1].number),
                                   texts.join(QStringLiteral(", ")));
    }
    if (m_layout.dataEnd < rows.size()) {
        QStringList texts;
        for (size_t i = m_layout.dataEnd; i < rows.size() && texts.size() < 4; ++i)
            texts << rowText(m_cells, rows[i]);
        if (rows.size() - m_layout.dataEnd > 4)
            texts << QString(QChar(0x2026));
        m_format.notes << QCoreApplication::translate("Import", "sheet '%1': rows %2 below the data skipped "
                                                                "(totals and footer: %3)")
                              .arg(sheet, rowRange(rows[m_layout.dataEnd].number, rows.back().number),
                                   texts.join(QStringLiteral(", ")));
    }
    // Values outside the header's columns have no column to go to: say where they are.
    QStringList outside;
    qint64 outsideCount = 0;
    for (size_t r = m_layout.header + 1; r < m_layout.dataEnd; ++r) {
        const auto& row = rows[r];
        for (uint32_t i = row.firstCell; i < row.firstCell + row.cellCount; ++i) {
            const uint32_t column = m_cells.cells[i].column;
            if (column >= m_layout.firstColumn && column <= m_layout.lastColumn)
                continue;
            ++outsideCount;
            if (outside.size() < 3)
                outside << QStringLiteral("%1%2 %3")
                               .arg(QString::fromStdString(xlsx::columnLetters(column)))
                               .arg(row.number)
                               .arg(QStringLiteral("'%1'").arg(cellText(m_cells, i)));
        }
    }
    if (outsideCount > 0)
        m_format.notes << QCoreApplication::translate("Import",
                                                      "sheet '%1': %n cell(s) outside the header's "
                                                      "columns %2-%3 not imported (%4)",
                                                      nullptr, int(outsideCount))
                              .arg(sheet, QString::fromStdString(xlsx::columnLetters(m_layout.firstColumn)),
                                   QString::fromStdString(xlsx::columnLetters(m_layout.lastColumn)),
                                   outside.join(QStringLiteral(", ")));
}

void WorkbookSource::collectMerges() {
    if (m_cells.rows.empty())
        return;
    const uint32_t firstData =
        m_layout.header + 1 < m_cells.rows.size() ? m_cells.rows[m_layout.header + 1].number : UINT32_MAX;
    const uint32_t lastData =
        m_layout.dataEnd > m_layout.header + 1 ? m_cells.rows[m_layout.dataEnd - 1].number : 0;
    // The top-left cell's text, found by a binary search over the rows (they are in order).
    auto textAt = [this](long row, long column) -> std::string {
        const auto it =
            std::lower_bound(m_cells.rows.begin(), m_cells.rows.end(), static_cast<uint32_t>(row),
                             [](const xlsx::SheetCells::Row& r, uint32_t n) { return r.number < n; });
        if (it == m_cells.rows.end() || it->number != static_cast<uint32_t>(row))
            return {};
        for (uint32_t i = it->firstCell; i < it->firstCell + it->cellCount; ++i)
            if (m_cells.cells[i].column == static_cast<uint32_t>(column))
                return std::string(m_cells.cellText(i));
        return {};
    };
    qint64 filled = 0; // cells that show a merged area's value, its top-left one included
    QStringList areas;
    for (const xlsx::SheetCells::Merge& m : m_cells.merges) {
        // Only areas in the data, within the header's columns, matter; a merged title is skipped anyway.
        if (m.lastRow < static_cast<long>(firstData) || m.firstRow > static_cast<long>(lastData) ||
            m.lastColumn < static_cast<long>(m_layout.firstColumn) ||
            m.firstColumn > static_cast<long>(m_layout.lastColumn))
            continue;
        const std::string value = textAt(m.firstRow, m.firstColumn);
        if (value.empty())
            continue;
        ++filled;
        for (long r = m.firstRow; r <= m.lastRow && r - m.firstRow < 100000; ++r)
            for (long c = m.firstColumn; c <= m.lastColumn && c - m.firstColumn < 1000; ++c)
                if (r != m.firstRow || c != m.firstColumn) {
                    m_mergedFill[mergeKey(static_cast<uint64_t>(r), static_cast<uint64_t>(c))] = value;
                    ++filled;
                }
        if (areas.size() < 3)
            areas << QStringLiteral("%1%2:%3%4")
                         .arg(QString::fromStdString(xlsx::columnLetters(m.firstColumn)))
                         .arg(m.firstRow)
                         .arg(QString::fromStdString(xlsx::columnLetters(m.lastColumn)))
                         .arg(m.lastRow);
    }
    if (filled > 0)
        m_format.notes << QCoreApplication::translate("Import",
                                                      "sheet '%1': merged cells %2 read as their value "
                                                      "in each of their %n cell(s), as Excel shows them",
                                                      nullptr, int(filled))
                              .arg(m_format.sheet, areas.join(QStringLiteral(", ")));
}

void WorkbookSource::fillRecord(const xlsx::SheetCells::Row& row, CsvRecord& record) {
    record.clear();
    record.line = row.number;
    uint32_t i = row.firstCell;
    const uint32_t end = row.firstCell + row.cellCount;
    while (i < end && m_cells.cells[i].column < m_layout.firstColumn)
        ++i;
    for (uint32_t column = m_layout.firstColumn; column <= m_layout.lastColumn; ++column) {
        if (i < end && m_cells.cells[i].column == column) {
            record.data += m_cells.cellText(i);
            ++i;
        } else if (!m_mergedFill.empty()) {
            const auto fill = m_mergedFill.find(mergeKey(row.number, column));
            if (fill != m_mergedFill.end())
                record.data += fill->second;
        }
        record.ends.push_back(static_cast<uint32_t>(record.data.size()));
    }
}

bool WorkbookSource::next(CsvRecord& record) {
    if (m_next == m_layout.header) {
        fillRecord(m_cells.rows[m_next++], record);
        return true;
    }
    while (m_next < m_layout.dataEnd) {
        const xlsx::SheetCells::Row& row = m_cells.rows[m_next++];
        fillRecord(row, record);
        // A row whose only cells lie outside the header's columns is no record (its cells are named).
        if (!record.data.empty())
            return true;
    }
    return false;
}

void WorkbookSource::rewind() {
    m_next = m_layout.header;
    if (m_observer) {
        const QByteArray& bytes = m_book.bytes();
        constexpr qint64 chunk = 1 << 20;
        for (qint64 at = 0; at < bytes.size(); at += chunk)
            m_observer(bytes.constData() + at, std::min(chunk, bytes.size() - at));
    }
}

qint64 WorkbookSource::bytesRead() const {
    // The file was unpacked at open; progress is the share of rows read.
    const size_t rows = std::max<size_t>(1, m_layout.dataEnd);
    return static_cast<qint64>(static_cast<double>(fileSize()) * static_cast<double>(m_next) /
                               static_cast<double>(rows));
}

} // namespace revalign
