#pragma once

#include <QString>
#include <QtGlobal>

namespace revalign {

// Money in whole minor units (cents), so sums and attribution splits never drift through floating point.
struct Money {
    qint64 cents = 0;
    QString currency; // ISO 4217; empty means the workspace currency

    friend bool operator==(const Money&, const Money&) = default;
    double units() const { return static_cast<double>(cents) / 100.0; }
    static Money fromUnits(double units, const QString& currency = {});
};

} // namespace revalign
