#pragma once

#include <QColor>
#include <QFont>

class QPaintDevice;

// Typography and colour of the meeting pack, in one place.
namespace revalign::ui::report {

// Every layout coordinate is in units of 1/288 inch (a quarter point): fine enough that rounded font
// metrics do not show, and the same for every output. The PDF is written at this resolution; page images
// and SVGs scale it.
inline constexpr int kUnitsPerInch = 288;
inline constexpr double kUnitsPerPoint = kUnitsPerInch / 72.0;
inline constexpr double pt(double points) {
    return points * kUnitsPerPoint;
}

// Noto Sans with Noto Sans Thai for Thai (the same design, so mixed lines sit on one baseline), no
// hinting (metrics must not depend on the output's resolution).
QFont packFont(double points, bool bold = false);

// A paint device at kUnitsPerInch that text is measured against, whatever it is drawn on later.
QPaintDevice* layoutDevice();

namespace colour {
inline const QColor ink{0x1f, 0x29, 0x37};
inline const QColor muted{0x6b, 0x72, 0x80};
inline const QColor rule{0xd1, 0xd5, 0xdb};
inline const QColor band{0xf3, 0xf4, 0xf6};
inline const QColor marketing{0x4e, 0x79, 0xa7};
inline const QColor sales{0x59, 0xa1, 0x4f};
inline const QColor shared{0xb0, 0x7a, 0xa1};
inline const QColor second{0xf2, 0x8e, 0x2b};
inline const QColor target{0x37, 0x41, 0x51};
inline const QColor good{0x1e, 0x7d, 0x32};
inline const QColor bad{0xc6, 0x28, 0x28};
inline const QColor noteBack{0xff, 0xf8, 0xe1};
inline const QColor noteEdge{0xe0, 0xa8, 0x00};
} // namespace colour

} // namespace revalign::ui::report
