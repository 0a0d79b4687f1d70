#pragma once

#include "metrics/facttable.h"

#include <QDate>

#include <string_view>

namespace revalign {

// 'YYYY-MM-DD' as a Julian day without a QString per row (the fact and deal-history loaders read every
// row); anything after the day, e.g. a time, is ignored. kNoDay when it is not such a date.
inline qint32 isoJulianDay(std::string_view iso) {
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-')
        return kNoDay;
    const auto num = [&](size_t from, size_t len) {
        int v = 0;
        for (size_t i = from; i < from + len; ++i) {
            if (iso[i] < '0' || iso[i] > '9')
                return -1;
            v = v * 10 + (iso[i] - '0');
        }
        return v;
    };
    const QDate d(num(0, 4), num(5, 2), num(8, 2));
    return d.isValid() ? qint32(d.toJulianDay()) : kNoDay;
}

} // namespace revalign
