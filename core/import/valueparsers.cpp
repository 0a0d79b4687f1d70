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

QString toKey(DecimalMark mark) {
    switch (mark) {
    case DecimalMark::Dot:
        return QStringLiteral("dot");
    case DecimalMark::Comma:
        return QStringLiteral("comma");
    case DecimalMark::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<DecimalMark> decimalMarkFromKey(const QString& key) {
    for (DecimalMark m : {DecimalMark::Auto, DecimalMark::Dot, DecimalMark::Comma})
        if (key == toKey(m))
            return m;
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
// Splits a number into sign, digits before and after the decimal mark; false if it is not a number.
bool splitNumber(std::string_view s, char decimal, char thousands, bool& negative, std::string& whole,
                 std::string& fraction, bool& grouped) {
    s = trimmed(s);
    negative = false;
    grouped = false;
    whole.clear();
    fraction.clear();
    // A leading currency sign or code ("$", "€", "USD ") is not part of the amount.
    while (!s.empty() && !isDigit(s.front()) && s.front() != '-' && s.front() != '+' && s.front() != '(' &&
           s.front() != decimal)
        s.remove_prefix(1);
    if (!s.empty() && (s.front() == '-' || s.front() == '(')) {
        negative = true;
        s.remove_prefix(1);
    } else if (!s.empty() && s.front() == '+') {
        s.remove_prefix(1);
    }
    if (negative && !s.empty() && s.back() == ')')
        s.remove_suffix(1);
    bool inFraction = false;
    int groupDigits = -1;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (isDigit(c)) {
            (inFraction ? fraction : whole).push_back(c);
            if (groupDigits >= 0 && !inFraction)
                ++groupDigits;
        } else if (c == decimal && !inFraction) {
            if (groupDigits >= 0 && groupDigits != 3)
                return false;
            inFraction = true;
        } else if ((c == thousands || c == ' ' || c == '\'') && !inFraction && !whole.empty()) {
            if (groupDigits >= 0 && groupDigits != 3)
                return false;
            if (groupDigits < 0 && whole.size() > 3)
                return false;
            groupDigits = 0;
            grouped = true;
        } else if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
                   static_cast<unsigned char>(s[i + 1]) == 0xA0 && !inFraction) {
            ++i; // a no-break space groups thousands in French Excel
            groupDigits = 0;
            grouped = true;
        } else {
            return false;
        }
    }
    if (!inFraction && groupDigits >= 0 && groupDigits != 3)
        return false;
    return !whole.empty() || !fraction.empty();
}
} // namespace

std::optional<qint64> parseScaled(std::string_view text, DecimalMark mark, int scale) {
    const char decimal = mark == DecimalMark::Comma ? ',' : '.';
    const char thousands = mark == DecimalMark::Comma ? '.' : ',';
    bool negative = false;
    bool grouped = false;
    std::string whole;
    std::string fraction;
    if (!splitNumber(text, decimal, thousands, negative, whole, fraction, grouped))
        return std::nullopt;
    if (whole.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (char c : whole)
        value = value * 10 + (c - '0');
    for (int i = 0; i < scale; ++i)
        value = value * 10 +
                (static_cast<size_t>(i) < fraction.size() ? fraction[static_cast<size_t>(i)] - '0' : 0);
    if (fraction.size() > static_cast<size_t>(scale) && fraction[static_cast<size_t>(scale)] >= '5')
        ++value;
    return negative ? -value : value;
}

std::optional<double> parseReal(std::string_view text, DecimalMark mark) {
    const auto scaled = parseScaled(text, mark, 6);
    if (!scaled)
        return std::nullopt;
    return static_cast<double>(*scaled) / 1e6;
}

void DecimalSniffer::add(std::string_view text) {
    text = trimmed(text);
    if (text.empty())
        return;
    bool negative = false;
    bool groupedDot = false;
    bool groupedComma = false;
    std::string w1, f1, w2, f2;
    const bool dot = splitNumber(text, '.', ',', negative, w1, f1, groupedDot);
    const bool comma = splitNumber(text, ',', '.', negative, w2, f2, groupedComma);
    m_dotWhole = m_dotWhole && dot && f1.find_first_not_of('0') == std::string::npos;
    m_commaWhole = m_commaWhole && comma && f2.find_first_not_of('0') == std::string::npos;
    m_dotFits = m_dotFits && dot;
    m_commaFits = m_commaFits && comma;
    if (dot && comma && (w1 != w2 || f1 != f2)) {
        m_meaningful = true;
        if (m_example.empty())
            m_example = std::string(text);
    }
}

DecimalMark DecimalSniffer::decided() const {
    if (m_dotFits && (!m_commaFits || !m_meaningful))
        return DecimalMark::Dot;
    if (m_commaFits && !m_dotFits)
        return DecimalMark::Comma;
    return DecimalMark::Auto;
}

DecimalMark DecimalSniffer::decidedForWholeNumbers() const {
    if (m_dotWhole && !m_commaWhole)
        return DecimalMark::Dot;
    if (m_commaWhole && !m_dotWhole)
        return DecimalMark::Comma;
    return decided();
}

bool DecimalSniffer::ambiguous() const {
    return m_dotFits && m_commaFits && m_meaningful;
}

std::optional<bool> parseBool(std::string_view text) {
    text = trimmed(text);
    if (text.empty())
        return false;
    const QString t = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toLower();
    if (t == u"true" || t == u"1" || t == u"yes" || t == u"y" || t == u"x" || t == u"wahr" || t == u"vrai")
        return true;
    if (t == u"false" || t == u"0" || t == u"no" || t == u"n" || t == u"falsch" || t == u"faux")
        return false;
    return std::nullopt;
}

} // namespace revalign
