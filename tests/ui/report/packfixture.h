#pragma once

#include "report/packwriter.h"

#include <QString>

namespace revalign::test {

// One demo workspace for the meeting-pack tests (2,000 contacts, data up to Thursday 26 November 2026),
// with a week of sync notes and action items on the meeting of Monday 16 November 2026:
//   notes: marketing "Nok" — "Pause Paid Social for students"; sales "Somchai" — "Events MQLs convert best"
//   actions: "Call back every Events MQL" (Ann, sales, raised 2 Nov, still open: carried over),
//            "Exclude students from Paid Social" (Nok, marketing, raised 9 Nov, done 16 Nov),
//            "Share the SLA report" (Ann, shared, raised 16 Nov, due 23 Nov, open)
// Built once per run; tests only read it.
const QString& packWorkspace();

// The text of a PDF as pdftotext reads it, pages separated by form feeds; empty when pdftotext is missing.
QString pdfText(const QString& pdf, bool layout = false);

} // namespace revalign::test
