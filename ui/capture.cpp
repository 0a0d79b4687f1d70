#include "capture.h"

#include <QCoreApplication>

namespace revalign::ui {

void settleForCapture() {
    // Each pass delivers what was posted before it began; laying out posts the next round (a resized
    // chart view re-lays out its scene). Three rounds cover page -> panel -> chart.
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents();
}

} // namespace revalign::ui
