#include "store/pg/pgbinary.h"

#include <QDate>

#include <limits>

namespace revalign::pgbinary {

std::string numericText(std::string_view bytes) {
    if (bytes.size() < 8)
        return {};
    const int ndigits = readBig<qint16>(bytes.data());
    const int weight = readBig<qint16>(bytes.data() + 2);
    const quint16 sign = readBig<quint16>(bytes.data() + 4);
    const int dscale = readBig<qint16>(bytes.data() + 6);
    if (sign == 0xC000)
        return "NaN";
    if (sign == 0xD000)
        return "Infinity";
    if (sign == 0xF000)
        return "-Infinity";
    if (bytes.size() < 8 + 2 * static_cast<size_t>(ndigits))
        return {};
    // Base-10000 digits; digit i is worth 10000^(weight - i).
    const auto digit = [&](int i) -> int {
        return i >= 0 && i < ndigits ? readBig<qint16>(bytes.data() + 8 + 2 * i) : 0;
    };
    std::string out;
    if (sign == 0x4000 && ndigits > 0)
        out += '-';
    if (weight < 0 || ndigits == 0) {
        out += '0';
    } else {
        for (int i = 0; i <= weight; ++i) {
            const std::string d = std::to_string(digit(i));
            if (i > 0)
                out.append(4 - d.size(), '0');
            out += d;
        }
    }
    if (dscale > 0) {
        out += '.';
        std::string frac;
        for (int i = weight + 1; static_cast<int>(frac.size()) < dscale; ++i) {
            const std::string d = std::to_string(digit(i));
            frac.append(4 - d.size(), '0');
            frac += d;
        }
        frac.resize(static_cast<size_t>(dscale));
        out += frac;
    }
    return out;
}

std::string dateText(qint32 days) {
    if (days == std::numeric_limits<qint32>::max())
        return "infinity";
    if (days == std::numeric_limits<qint32>::min())
        return "-infinity";
    return QDate(2000, 1, 1).addDays(days).toString(Qt::ISODate).toStdString();
}

} // namespace revalign::pgbinary
