#include "import/valueparsers.h"

#include <QDate>

#include <array>
#include <cmath>

namespace revalign {

namespace {
constexpr std::array<std::pair<DateOrder, const char*>, 5> kOrders{{{DateOrder::Auto, "auto"},
                                                                    {DateOrder::Iso, "iso"},
                                                                    {DateOrder::Mdy, "mdy"},
                                                                    {DateOrder::Dmy, "dmy"},
                                                                    {DateOrder::ExcelSerial, "excel"}}};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Reads 1..maxDigits digits at p; advances p.
std::optional<int> readNumber(std::string_view s, size_t& p, int minDigits, int maxDigits,
                              bool wholeNumber = true) {
    int value = 0;
    int n = 0;
    while (p < s.size() && isDigit(s[p]) && n < maxDigits) {
        value = value * 10 + (s[p] - '0');
        ++p;
        ++n;
    }
    if (n < minDigits || (wholeNumber && p < s.size() && isDigit(s[p])))
        return std::nullopt;
    return value;
}

qint64 daysFromCivil(int y, int m, int d) { // Howard Hinnant's algorithm: exact, no time-zone database
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy =
        (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

bool validDate(int y, int m, int d) {
    // Proleptic Gregorian, as QDate; written out because it runs for every date of every row.
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

// Parses "[T| ]hh:mm[:ss[.fff]][ AM|PM][Z|±hh[:]mm| UTC|GMT]" into seconds of day and offset.
bool parseTime(std::string_view s, size_t p, qint64& seconds) {
    if (p == s.size())
        return true;
    if (s[p] != 'T' && s[p] != ' ')
        return false;
    while (p < s.size() && (s[p] == ' ' || s[p] == 'T'))
        ++p;
    const auto h = readNumber(s, p, 1, 2);
    if (!h || p >= s.size() || s[p] != ':')
        return false;
    ++p;
    const auto mi = readNumber(s, p, 2, 2);
    if (!mi || *mi > 59)
        return false;
    int sec = 0;
    if (p < s.size() && s[p] == ':') {
        ++p;
        const auto ss = readNumber(s, p, 2, 2);
        if (!ss || *ss > 60)
            return false;
        sec = *ss;
        if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
            ++p;
            while (p < s.size() && isDigit(s[p]))
                ++p;
        }
    }
    int hour = *h;
    while (p < s.size() && s[p] == ' ')
        ++p;
    if (p + 1 < s.size() && (s[p + 1] == 'M' || s[p + 1] == 'm') &&
        (s[p] == 'A' || s[p] == 'a' || s[p] == 'P' || s[p] == 'p')) {
        if (hour < 1 || hour > 12)
            return false;
        const bool pm = s[p] == 'P' || s[p] == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
        p += 2;
        while (p < s.size() && s[p] == ' ')
            ++p;
    }
    if (hour > 23)
        return false;
    qint64 offset = 0;
    if (p < s.size()) {
        const std::string_view zone = s.substr(p);
        if (zone == "Z" || zone == "UTC" || zone == "GMT") {
        } else if (s[p] == '+' || s[p] == '-') {
            const int sign = s[p] == '-' ? -1 : 1;
            ++p;
            const auto oh = readNumber(s, p, 2, 2, false); // "+0000" and "+00:00" both occur
            if (!oh)
                return false;
            if (p < s.size() && s[p] == ':')
                ++p;
            int om = 0;
            if (p < s.size()) {
                const auto m = readNumber(s, p, 2, 2);
                if (!m)
                    return false;
                om = *m;
            }
            if (p != s.size() || *oh > 14 || om > 59)
                return false;
            offset = sign * (*oh * 3600 + om * 60);
        } else {
            return false;
        }
    }
    seconds = hour * 3600 + *mi * 60 + sec - offset;
    return true;
}

std::optional<qint64> parseIso(std::string_view s) {
    size_t p = 0;
    const auto y = readNumber(s, p, 4, 4);
    if (!y || p >= s.size() || (s[p] != '-' && s[p] != '/'))
        return std::nullopt;
    const char sep = s[p++];
    const auto m = readNumber(s, p, 1, 2);
    if (!m || p >= s.size() || s[p] != sep)
        return std::nullopt;
    ++p;
    const auto d = readNumber(s, p, 1, 2);
    if (!d || !validDate(*y, *m, *d))
        return std::nullopt;
    qint64 seconds = 0;
    if (!parseTime(s, p, seconds))
        return std::nullopt;
    return daysFromCivil(*y, *m, *d) * 86400 + seconds;
}

std::optional<qint64> parseNumericDate(std::string_view s, bool monthFirst) {
    size_t p = 0;
    const auto a = readNumber(s, p, 1, 2);
    if (!a || p >= s.size() || (s[p] != '/' && s[p] != '.' && s[p] != '-'))
        return std::nullopt;
    const char sep = s[p++];
    const auto b = readNumber(s, p, 1, 2);
    if (!b || p >= s.size() || s[p] != sep)
        return std::nullopt;
    ++p;
    const size_t yearStart = p;
    auto y = readNumber(s, p, 2, 4);
    if (!y || p - yearStart == 3)
        return std::nullopt;
    if (p - yearStart == 2)
        y = expandTwoDigitYear(*y);
    const int month = monthFirst ? *a : *b;
    const int day = monthFirst ? *b : *a;
    if (!validDate(*y, month, day))
        return std::nullopt;
    qint64 seconds = 0;
    if (!parseTime(s, p, seconds))
        return std::nullopt;
    return daysFromCivil(*y, month, day) * 86400 + seconds;
}

std::optional<qint64> parseExcelSerial(std::string_view s) {
    size_t p = 0;
    const auto days = readNumber(s, p, 1, 7);
    if (!days || *days < 1 || *days > 2958465)
        return std::nullopt;
    double fraction = 0;
    if (p < s.size()) {
        if (s[p] != '.')
            return std::nullopt;
        ++p;
        double scale = 0.1;
        if (p == s.size())
            return std::nullopt;
        while (p < s.size()) {
            if (!isDigit(s[p]))
                return std::nullopt;
            fraction += (s[p] - '0') * scale;
            scale /= 10;
            ++p;
        }
    }
    // Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 is accounted for.
    const qint64 epoch = daysFromCivil(1899, 12, 30);
    return (epoch + *days) * 86400 + std::llround(fraction * 86400);
}

constexpr unsigned bit(DateOrder o) {
    return 1u << static_cast<unsigned>(o);
}
} // namespace

QString toKey(DateOrder order) {
    for (const auto& [o, k] : kOrders)
        if (o == order)
            return QString::fromLatin1(k);
    return {};
}

std::optional<DateOrder> dateOrderFromKey(const QString& key) {
    for (const auto& [o, k] : kOrders)
        if (key == QLatin1String(k))
            return o;
    return std::nullopt;
}

int expandTwoDigitYear(int yy) {
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::optional<qint64> parseDateTime(std::string_view text, DateOrder order) {
    text = trimmed(text);
    switch (order) {
    case DateOrder::Iso:
        return parseIso(text);
    case DateOrder::Mdy:
        return parseNumericDate(text, true);
    case DateOrder::Dmy:
        return parseNumericDate(text, false);
    case DateOrder::ExcelSerial:
        return parseExcelSerial(text);
    case DateOrder::Auto:
        break;
    }
    return std::nullopt;
}

void DateSniffer::add(std::string_view text) {
    text = trimmed(text);
    if (text.empty())
        return;
    ++m_values;
    unsigned fits = 0;
    for (DateOrder o : {DateOrder::Iso, DateOrder::Mdy, DateOrder::Dmy, DateOrder::ExcelSerial}) {
        if (parseDateTime(text, o)) {
            fits |= bit(o);
            ++m_counts[static_cast<int>(o)];
        }
    }
    if ((fits & bit(DateOrder::Mdy)) && (fits & bit(DateOrder::Dmy)) && m_example.empty()) {
        size_t p = 0;
        const auto a = readNumber(text, p, 1, 2);
        ++p;
        const auto b = readNumber(text, p, 1, 2);
        if (a && b && *a != *b)
            m_example = std::string(text);
    }
    m_fits &= fits;
}

DateOrder DateSniffer::decided() const {
    if (m_values == 0)
        return DateOrder::Auto;
    for (DateOrder o : {DateOrder::Iso, DateOrder::ExcelSerial})
        if (m_fits & bit(o))
            return o;
    const bool mdy = m_fits & bit(DateOrder::Mdy);
    const bool dmy = m_fits & bit(DateOrder::Dmy);
    if (mdy && !dmy)
        return DateOrder::Mdy;
    if (dmy && !mdy)
        return DateOrder::Dmy;
    if (mdy && dmy && m_example.empty()) // every value has day == month: both readings agree
        return DateOrder::Mdy;
    return DateOrder::Auto;
}

bool DateSniffer::ambiguous() const {
    return m_values > 0 && (m_fits & bit(DateOrder::Mdy)) && (m_fits & bit(DateOrder::Dmy)) &&
           !m_example.empty();
}

DateOrder DateSniffer::bestFit() const {
    DateOrder best = DateOrder::Auto;
    int most = 0;
    for (DateOrder o : {DateOrder::Iso, DateOrder::Mdy, DateOrder::Dmy, DateOrder::ExcelSerial}) {
        if (m_counts[static_cast<int>(o)] > most) {
            most = m_counts[static_cast<int>(o)];
            best = o;
        }
    }
    return best;
}

namespace {
// ASCII case-insensitive equality with a lower-case literal; no QString for a per-row comparison.
bool equalsLower(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

// "0000-00-00" or "00/00/0000" (any of / . - as separators), and the zero date followed by a time of zeros.
bool isZeroDate(std::string_view s) {
    if (s.size() < 10)
        return false;
    const std::string_view date = s.substr(0, 10);
    const bool iso = date == "0000-00-00" || date == "0000/00/00";
    bool numeric = !iso;
    for (size_t i = 0; numeric && i < 10; ++i)
        numeric = (i == 2 || i == 5) ? (date[i] == '/' || date[i] == '.' || date[i] == '-') : date[i] == '0';
    if (!iso && !numeric)
        return false;
    if (s.size() == 10)
        return true;
    if (s[10] != ' ' && s[10] != 'T')
        return false;
    // A time of zeros: "00:00", "00:00:00", "00:00:00.000", optionally "Z" or " AM" (12:00 AM is midnight).
    bool digits = false;
    for (size_t i = 11; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '0')
            digits = true;
        else if (c != ':' && c != '.' && c != ' ' && !(i + 1 == s.size() && c == 'Z'))
            return false;
    }
    return digits;
}
} // namespace

bool isNullSpelling(std::string_view text) {
    switch (text.size()) {
    case 0:
        return true;
    case 1:
        return text[0] == '-';
    case 3:
        return equalsLower(text, "n/a");
    case 4:
        return equalsLower(text, "null") || equalsLower(text, "#n/a");
    default:
        return text[0] == '0' && isZeroDate(text);
    }
}

std::optional<bool> parseBool(std::string_view text) {
    text = trimmed(text);
    if (text.empty())
        return false;
    for (std::string_view yes : {"true", "1", "yes", "y", "x", "wahr", "vrai"})
        if (equalsLower(text, yes))
            return true;
    for (std::string_view no : {"false", "0", "no", "n", "falsch", "faux"})
        if (equalsLower(text, no))
            return false;
    return std::nullopt;
}

std::string isoDateOfSeconds(qint64 seconds) {
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    // Once per date of every row: Howard Hinnant's civil-from-days and three numbers written by hand, not
    // QDate::toString (vasprintf; 7 % of a 60,000-deal snapshot import). Same text for years 0-9999.
    qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) { // what QDate writes there (a sign, more digits): not worth a copy
        const QDate d = QDate(1970, 1, 1).addDays(days);
        return d.toString(Qt::ISODate).toStdString();
    }
    char text[10];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, int(year), 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    return std::string(text, 10);
}

} // namespace revalign
