#include "import/xlsxlayout.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace revalign::xlsx {

namespace {

constexpr size_t HeaderSearchRows = 50;
constexpr size_t WidthLookahead = 10;

bool headerLike(const SheetCells& cells, const SheetCells::Row& row) {
    if (row.cellCount < 2)
        return false;
    std::set<std::string_view> seen;
    for (uint32_t i = row.firstCell; i < row.firstCell + row.cellCount; ++i) {
        if (cells.cells[i].kind != CellKind::Text)
            return false;
        if (!seen.insert(cells.cellText(i)).second)
            return false;
    }
    return true;
}

} // namespace

SheetLayout detectLayout(const SheetCells& cells) {
    SheetLayout layout;
    const auto& rows = cells.rows;
    if (rows.empty())
        return layout;
    layout.empty = false;
    const size_t window = std::min(rows.size(), HeaderSearchRows);
    for (size_t i = 0; i < window; ++i) {
        if (!headerLike(cells, rows[i]))
            continue;
        uint32_t widest = 0;
        for (size_t j = i + 1; j < std::min(rows.size(), i + 1 + WidthLookahead); ++j)
            widest = std::max(widest, rows[j].cellCount);
        if (2 * rows[i].cellCount >= widest) {
            layout.header = i;
            break;
        }
    }
    const SheetCells::Row& header = rows[layout.header];
    layout.firstColumn = cells.cells[header.firstCell].column;
    layout.lastColumn = cells.cells[header.firstCell + header.cellCount - 1].column;

    // The footer: a sparse run at the end that a blank row separates from at least one data row. A table
    // of fewer than four columns has none: its data rows are as sparse as a footer.
    layout.dataEnd = rows.size();
    if (header.cellCount < 4)
        return layout;
    const uint32_t sparse = std::max<uint32_t>(2, header.cellCount / 3);
    size_t k = rows.size();
    while (k > layout.header + 1 && rows[k - 1].cellCount <= sparse &&
           cells.cells[rows[k - 1].firstCell].column <= layout.firstColumn &&
           cells.cells[rows[k - 1].firstCell].kind == CellKind::Text)
        --k;
    for (size_t j = std::max(k, layout.header + 2); j < rows.size(); ++j) {
        if (rows[j].number > rows[j - 1].number + 1) {
            layout.dataEnd = j;
            break;
        }
    }
    return layout;
}

} // namespace revalign::xlsx
