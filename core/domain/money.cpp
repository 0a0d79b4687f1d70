#include "domain/money.h"

#include <cmath>

namespace revalign {

Money Money::fromUnits(double units, const QString& currency) {
    return Money{static_cast<qint64>(std::llround(units * 100.0)), currency};
}

} // namespace revalign
