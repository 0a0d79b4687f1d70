#pragma once

namespace revalign::ui {

// Delivers the layout requests that showing or resizing a page posted (its layouts, its charts' scenes),
// so a grab right afterwards sees the final layout. Without it a Thai dashboard at 1400 px was captured
// half laid out: charts without axes, the funnel cut after four stages.
void settleForCapture();

} // namespace revalign::ui
