#include "import/numberparser.h"

#include <array>

namespace revalign {

namespace {
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
unsigned char byte(std::string_view s, size_t i) {
    return static_cast<unsigned char>(s[i]);
}
bool isCapital(char c) {
    return c >= 'A' && c <= 'Z';
}

// Length of a no-break space (U+00A0) or narrow no-break space (U+202F) at s[i], 0 if none: French and
// Swiss Excel group thousands with them and put one between the amount and the currency sign.
size_t noBreakSpace(std::string_view s, size_t i) {
    if (i + 1 < s.size() && byte(s, i) == 0xC2 && byte(s, i + 1) == 0xA0)
        return 2;
    if (i + 2 < s.size() && byte(s, i) == 0xE2 && byte(s, i + 1) == 0x80 && byte(s, i + 2) == 0xAF)
        return 3;
    return 0;
}

std::string_view trimSpaces(std::string_view s) {
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        else if (const size_t n = noBreakSpace(s, 0))
            s.remove_prefix(n);
        else
            break;
    }
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.remove_suffix(1);
        else if (s.size() >= 2 && noBreakSpace(s, s.size() - 2) == 2)
            s.remove_suffix(2);
        else if (s.size() >= 3 && noBreakSpace(s, s.size() - 3) == 3)
            s.remove_suffix(3);
        else
            break;
    }
    return s;
}

// A currency symbol in UTF-8 of n bytes at s[i]: £ ¥ (U+00A3, U+00A5), ฿ (U+0E3F), U+20A0–U+20CF (€ ₹ ₩
// ₽ …).
bool currencySymbol(std::string_view s, size_t i, size_t n) {
    if (i + n > s.size())
        return false;
    if (n == 2)
        return byte(s, i) == 0xC2 && (byte(s, i + 1) == 0xA3 || byte(s, i + 1) == 0xA5);
    if (n == 3)
        return (byte(s, i) == 0xE0 && byte(s, i + 1) == 0xB8 && byte(s, i + 2) == 0xBF) ||
               (byte(s, i) == 0xE2 && ((byte(s, i + 1) == 0x82 && byte(s, i + 2) >= 0xA0) ||
                                       (byte(s, i + 1) == 0x83 && byte(s, i + 2) <= 0x8F)));
    return false;
}

// Length of a currency sign or code that starts s: "$", "US$"/"R$"/"NZ$", an ISO 4217 code ("USD"), a
// symbol. Codes must be capitals, so words ("abc5", "many") are never read as a currency.
size_t currencyPrefix(std::string_view s) {
    if (s.empty())
        return 0;
    if (s[0] == '$')
        return 1;
    size_t caps = 0;
    while (caps < s.size() && caps < 3 && isCapital(s[caps]))
        ++caps;
    if (caps > 0 && caps < s.size() && s[caps] == '$')
        return caps + 1;
    if (caps == 3 && (s.size() == 3 || !isCapital(s[3])))
        return 3;
    for (size_t n : {2u, 3u})
        if (currencySymbol(s, 0, n))
            return n;
    return 0;
}

size_t currencySuffix(std::string_view s) {
    if (s.empty())
        return 0;
    if (s.back() == '$')
        return 1;
    const size_t n = s.size();
    if (n >= 3 && isCapital(s[n - 1]) && isCapital(s[n - 2]) && isCapital(s[n - 3]) &&
        (n == 3 || !isCapital(s[n - 4])))
        return 3;
    for (size_t len : {2u, 3u})
        if (n >= len && currencySymbol(s, n - len, len))
            return len;
    return 0;
}

// A number taken apart, without allocating.
struct NumberParts {
    bool negative = false;
    bool overflow = false;     // the whole part reached 10^18: far past any exact amount
    bool fractionRest = false; // a non-zero digit after the kFractionDigits kept ones
    quint64 whole = 0;
    quint64 fraction = 0; // the first fractionDigits digits after the mark
    int fractionDigits = 0;
    int wholeDigits = 0;
    bool sameAs(const NumberParts& o) const {
        return overflow == o.overflow && whole == o.whole && fraction == o.fraction &&
               fractionDigits == o.fractionDigits && fractionRest == o.fractionRest;
    }
    bool wholeNumber() const { return fraction == 0 && !fractionRest; }
};
constexpr int kFractionDigits = 18;

constexpr std::array<quint64, 19> kPow10 = [] {
    std::array<quint64, 19> p{};
    p[0] = 1;
    for (size_t i = 1; i < p.size(); ++i)
        p[i] = p[i - 1] * 10;
    return p;
}();

bool splitNumber(std::string_view s, char decimal, char thousands, NumberParts& out) {
    out = NumberParts{};
    s = trimSpaces(s);
    bool signed_ = false;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') { // accounting negative
        out.negative = signed_ = true;
        s = trimSpaces(s.substr(1, s.size() - 2));
    }
    const auto sign = [&] {
        if (signed_ || s.empty() || (s.front() != '-' && s.front() != '+'))
            return;
        out.negative = s.front() == '-';
        signed_ = true;
        s = trimSpaces(s.substr(1));
    };
    sign();
    const size_t prefix = currencyPrefix(s);
    if (prefix > 0) {
        s = trimSpaces(s.substr(prefix));
        sign(); // "$-5"
    } else if (const size_t suffix = currencySuffix(s); suffix > 0) {
        s = trimSpaces(s.substr(0, s.size() - suffix));
    }
    bool inFraction = false;
    int groupDigits = -1;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (isDigit(c)) {
            const auto d = static_cast<quint64>(c - '0');
            if (inFraction) {
                if (out.fractionDigits < kFractionDigits) {
                    out.fraction = out.fraction * 10 + d;
                    ++out.fractionDigits;
                } else if (d != 0) {
                    out.fractionRest = true;
                }
                continue;
            }
            ++out.wholeDigits;
            if (groupDigits >= 0)
                ++groupDigits;
            if (out.whole >= kPow10[17])
                out.overflow = true;
            else
                out.whole = out.whole * 10 + d;
        } else if (c == decimal && !inFraction) {
            if (groupDigits >= 0 && groupDigits != 3)
                return false;
            inFraction = true;
        } else if (inFraction || out.wholeDigits == 0) {
            return false;
        } else if (const size_t nbsp = noBreakSpace(s, i);
                   nbsp > 0 || c == thousands || c == ' ' || c == '\'') {
            if (groupDigits >= 0 && groupDigits != 3)
                return false;
            if (groupDigits < 0 && out.wholeDigits > 3)
                return false;
            groupDigits = 0;
            if (nbsp > 0)
                i += nbsp - 1;
        } else {
            return false;
        }
    }
    if (!inFraction && groupDigits >= 0 && groupDigits != 3)
        return false;
    return out.wholeDigits > 0 || out.fractionDigits > 0;
}

int fractionDigitAt(const NumberParts& p, int i) {
    if (i >= p.fractionDigits)
        return 0;
    return static_cast<int>(p.fraction / kPow10[static_cast<size_t>(p.fractionDigits - 1 - i)] % 10);
}

ScaledNumber toScaled(const NumberParts& p, int scale, bool roundRest) {
    if (p.overflow || p.whole > static_cast<quint64>(kMaxExactScaled))
        return {0, NumberProblem::TooLarge};
    quint64 value = p.whole;
    for (int i = 0; i < scale; ++i) {
        value = value * 10 + static_cast<quint64>(fractionDigitAt(p, i));
        if (value > static_cast<quint64>(kMaxExactScaled))
            return {0, NumberProblem::TooLarge};
    }
    const bool rest =
        p.fractionRest ||
        (p.fractionDigits > scale && p.fraction % kPow10[static_cast<size_t>(p.fractionDigits - scale)] != 0);
    if (rest) {
        if (!roundRest)
            return {0, NumberProblem::TooManyDecimals};
        if (fractionDigitAt(p, scale) >= 5)
            ++value;
    }
    if (value > static_cast<quint64>(kMaxExactScaled))
        return {0, NumberProblem::TooLarge};
    const auto signedValue = static_cast<qint64>(value);
    return {p.negative ? -signedValue : signedValue, NumberProblem::None};
}

ScaledNumber parse(std::string_view text, DecimalMark mark, int scale, bool roundRest) {
    const char decimal = mark == DecimalMark::Comma ? ',' : '.';
    const char thousands = mark == DecimalMark::Comma ? '.' : ',';
    NumberParts parts;
    if (!splitNumber(text, decimal, thousands, parts))
        return {0, NumberProblem::NotANumber};
    return toScaled(parts, scale, roundRest);
}
} // namespace

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

ScaledNumber parseNumber(std::string_view text, DecimalMark mark, int scale) {
    return parse(text, mark, scale, /*roundRest=*/false);
}

std::optional<qint64> parseScaled(std::string_view text, DecimalMark mark, int scale) {
    const ScaledNumber n = parseNumber(text, mark, scale);
    return n ? std::optional<qint64>(n.value) : std::nullopt;
}

std::optional<double> parseReal(std::string_view text, DecimalMark mark) {
    const ScaledNumber n = parse(text, mark, 6, /*roundRest=*/true);
    if (!n)
        return std::nullopt;
    return static_cast<double>(n.value) / 1e6;
}

NumberProblem realProblem(std::string_view text, DecimalMark mark) {
    return parse(text, mark, 6, /*roundRest=*/true).problem;
}

void DecimalSniffer::add(std::string_view text) {
    text = trimSpaces(text);
    if (text.empty())
        return;
    NumberParts dotParts;
    NumberParts commaParts;
    const bool dot = splitNumber(text, '.', ',', dotParts);
    const bool comma = splitNumber(text, ',', '.', commaParts);
    if (!dot && !comma) {
        ++m_nonNumbers; // "n/a", "many", "NaN": the row's own error, not the column's decision
        return;
    }
    ++m_numbers;
    m_dotWhole = m_dotWhole && dot && dotParts.wholeNumber();
    m_commaWhole = m_commaWhole && comma && commaParts.wholeNumber();
    m_dotFits = m_dotFits && dot;
    m_commaFits = m_commaFits && comma;
    if (dot && comma && !dotParts.sameAs(commaParts)) {
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

} // namespace revalign
