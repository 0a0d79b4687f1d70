#pragma once

#include "report/packdocument.h"

#include <QByteArray>

namespace revalign::ui::report {

// The pack as one self-contained HTML file for an email or a wiki page: the same sections and blocks as
// the PDF, tables as tables, charts as inline SVG drawn by the same painters (no external files, no
// scripts). `width` is the layout width of the charts in units (the PDF's text width), so they keep the
// PDF's proportions.
QByteArray packHtml(const PackDocument& document, double width);

} // namespace revalign::ui::report
