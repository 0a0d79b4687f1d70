#pragma once

#include <QString>
#include <QStringList>

namespace revalign::ui {

class MainWindow;

struct MeetingPack {
    QString error; // empty on success
    int pages = 0;
    QStringList pngs; // one picture per page, beside the PDF
};

// Writes the weekly meeting pack: a multi-page PDF (A4 landscape) with one page per dashboard page —
// overview (tiles, funnel, handoff), marketing and sales charts, the funnel, the weekly sync — each with
// the workspace name, the filters and the date in its header, plus a PNG per page next to the PDF
// (NAME-1-overview.png, ...). The window must have a workspace open with its data computed.
// Atomic: a failure leaves no half-written PDF.
MeetingPack writeMeetingPack(MainWindow& window, const QString& pdfPath);

// Delivers the layout requests that showing or resizing a page posted (its layouts, its charts' scenes),
// so a grab right afterwards sees the final layout. Without it a Thai dashboard at 1400 px was captured
// half laid out: charts without axes, the funnel cut after four stages.
void settleForCapture();

} // namespace revalign::ui
