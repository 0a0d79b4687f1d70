#include "report/packstyle.h"

#include <QImage>

namespace revalign::ui::report {

QFont packFont(double points, bool bold) {
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Thai")});
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // A letter spacing other than the default makes Qt shape without ligatures: "fi" stays two letters,
    // so text copied out of the PDF (and pdftotext) reads "definitions", not "deﬁnitions". 0.05 of a unit
    // (Qt keeps it as 3/64: about 1/6,000 inch a letter) changes nothing on the page; 0.01 rounds to 0.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

QPaintDevice* layoutDevice() {
    // Only its resolution is ever read (font metrics), so one shared image serves every thread.
    static QImage device = [] {
        QImage image(4, 4, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMeter = qRound(kUnitsPerInch / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

} // namespace revalign::ui::report
