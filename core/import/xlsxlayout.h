#pragma once

#include "import/xlsxworkbook.h"

#include <cstddef>
#include <cstdint>

namespace revalign::xlsx {

// Where the table is on a sheet. Reports exported to Excel put a title, the filters and a blank row
// above the header (Salesforce "Formatted Report": 'Opportunity Pipeline', 'Filtered By:', one line
// per filter) and totals and a confidentiality footer below the data; a plain export (Salesforce
// "Details Only", HubSpot) starts with the header on row 1. Indexes are into SheetCells::rows.
struct SheetLayout {
    bool empty = true;        // no cell at all
    size_t header = 0;        // the header row
    size_t dataEnd = 0;       // rows (header, dataEnd) are the data; [dataEnd, rows.size()) the footer
    uint32_t firstColumn = 1; // the header's first and last non-empty columns
    uint32_t lastColumn = 1;
};

// The header is the first row (of the first 50) with two or more cells, all of them text and no two
// alike, that is at least half as wide as the widest of the ten rows after it: a title or a filter line
// is one cell (or a label and a date), a data row has numbers or dates or repeats a value. None such:
// the first row. The footer is the run of rows at the end, after a blank row, each at most a third as
// wide as the header (at least two cells: "Grand Totals (5 records)" and its sum) and starting at or
// left of the header's first column. Nothing is dropped here: the caller names every skipped row.
SheetLayout detectLayout(const SheetCells& cells);

} // namespace revalign::xlsx
