#include "import/xlsxcells.h"

#include <QDate>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace revalign::xlsx {

namespace {

// Built-in number formats that are dates or times (ECMA-376 18.8.30, plus the East Asian ones Excel
// writes for those locales).
NumberKind builtinKind(int id) {
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return NumberKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || id == 32 || id == 33)
        return NumberKind::Time;
    if (id == 22)
        return NumberKind::DateTime;
    if (id == 9 || id == 10)
        return NumberKind::Percent;
    return NumberKind::Plain;
}

int builtinDecimals(int id) {
    switch (id) {
    case 2:
    case 4:
    case 8:
    case 10:
    case 11:
    case 39:
    case 40:
    case 44:
        return 2;
    default:
        return 0;
    }
}

} // namespace

NumberStyle classifyNumberFormat(int id, std::string_view code) {
    if (id < 164 && code.empty())
        return {builtinKind(id), builtinDecimals(id)};
    // The first section decides (positive numbers); quoted text, escaped characters and [..] (colour,
    // locale, condition) say nothing about dates, except elapsed time [h] [m] [s].
    std::string plain;
    bool elapsed = false;
    for (size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == ';')
            break;
        if (c == '"') {
            const size_t close = code.find('"', i + 1);
            i = close == std::string_view::npos ? code.size() : close;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i; // the next character is literal (or padding)
        } else if (c == '[') {
            const size_t close = code.find(']', i + 1);
            const std::string_view inside =
                code.substr(i + 1, (close == std::string_view::npos ? code.size() : close) - i - 1);
            if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 'm' ||
                                    inside[0] == 'M' || inside[0] == 's' || inside[0] == 'S'))
                elapsed = true;
            i = close == std::string_view::npos ? code.size() : close;
        } else {
            plain += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    for (size_t at; (at = plain.find("general")) != std::string::npos;)
        plain.erase(at, 7);
    NumberStyle style;
    const size_t point = plain.find('.');
    if (point != std::string::npos)
        for (size_t i = point + 1;
             i < plain.size() && (plain[i] == '0' || plain[i] == '#' || plain[i] == '?'); ++i)
            ++style.decimals;
    const bool scientific = plain.find("e+") != std::string::npos || plain.find("e-") != std::string::npos;
    const bool date =
        !scientific &&
        (plain.find_first_of("ydb") != std::string::npos ||
         (plain.find('m') != std::string::npos && plain.find_first_of("hs") == std::string::npos));
    const bool time = !scientific && (elapsed || plain.find_first_of("hs") != std::string::npos);
    if (date && time)
        style.kind = NumberKind::DateTime;
    else if (date)
        style.kind = NumberKind::Date;
    else if (time)
        style.kind = NumberKind::Time;
    else if (plain.find('%') != std::string::npos)
        style.kind = NumberKind::Percent;
    if (style.kind != NumberKind::Plain && style.kind != NumberKind::Percent)
        style.decimals = 0;
    return style;
}

namespace {

// A decimal number as its significant digits and where the point goes: value = 0.DIGITS x 10^point.
struct Decimal {
    bool negative = false;
    std::string digits; // no leading or trailing zeros; empty = zero
    long point = 0;
};

bool parseDecimal(std::string_view s, Decimal& d) {
    size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        d.negative = s[i++] == '-';
    bool any = false;
    bool seenPoint = false;
    long before = 0; // digits before the point, counting leading zeros dropped
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            any = true;
            if (d.digits.empty() && c == '0') {
                if (seenPoint)
                    --d.point; // 0.00x: each zero after the point moves it
                continue;
            }
            d.digits += c;
            if (!seenPoint)
                ++before;
        } else if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!any)
        return false;
    d.point += before;
    if (i < s.size()) {
        if (s[i] != 'e' && s[i] != 'E')
            return false;
        char* end = nullptr;
        const std::string exponent(s.substr(i + 1));
        const long e = std::strtol(exponent.c_str(), &end, 10);
        if (exponent.empty() || *end != '\0')
            return false;
        d.point += e;
    }
    while (!d.digits.empty() && d.digits.back() == '0')
        d.digits.pop_back();
    if (d.digits.empty()) {
        d.point = 0;
        d.negative = false;
    }
    return true;
}

void roundTo(Decimal& d, size_t significant) {
    if (d.digits.size() <= significant)
        return;
    const bool up = d.digits[significant] >= '5';
    d.digits.resize(significant);
    if (up) {
        size_t i = significant;
        while (i > 0 && d.digits[i - 1] == '9')
            --i;
        if (i == 0) {
            d.digits = "1";
            ++d.point;
        } else {
            ++d.digits[i - 1];
            d.digits.resize(i);
        }
    }
    while (!d.digits.empty() && d.digits.back() == '0')
        d.digits.pop_back();
}

void appendDecimal(const Decimal& d, int decimals, std::string& out) {
    if (d.negative)
        out += '-';
    const long n = static_cast<long>(d.digits.size());
    long fraction = 0;
    if (d.digits.empty()) {
        out += '0';
    } else if (d.point <= 0) {
        out += "0.";
        out.append(static_cast<size_t>(-d.point), '0');
        out += d.digits;
        fraction = n - d.point;
    } else if (d.point >= n) {
        out += d.digits;
        out.append(static_cast<size_t>(d.point - n), '0');
    } else {
        out.append(d.digits, 0, static_cast<size_t>(d.point));
        out += '.';
        out.append(d.digits, static_cast<size_t>(d.point));
        fraction = n - d.point;
    }
    if (fraction < decimals) {
        if (fraction == 0)
            out += '.';
        out.append(static_cast<size_t>(decimals - fraction), '0');
    }
}

void appendTwo(int v, std::string& out) {
    out += static_cast<char>('0' + v / 10);
    out += static_cast<char>('0' + v % 10);
}

} // namespace

bool appendPlainNumber(std::string_view stored, int decimals, std::string& out) {
    Decimal d;
    if (!parseDecimal(stored, d))
        return false;
    roundTo(d, 15); // Excel keeps 15 significant digits; the rest of a stored double is binary noise
    appendDecimal(d, decimals, out);
    return true;
}

bool appendSerialDate(std::string_view stored, NumberKind kind, bool date1904, std::string& out) {
    const std::string text(stored);
    char* end = nullptr;
    const double serial = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return false;
    long long day = static_cast<long long>(std::floor(serial));
    long long seconds = std::llround((serial - static_cast<double>(day)) * 86400.0);
    if (seconds >= 86400) {
        ++day;
        seconds -= 86400;
    }
    if (kind != NumberKind::Time) {
        if (!date1904 && day == 60) {
            out += "1900-02-29"; // Lotus 1-2-3's leap day that never was: the import names it
        } else if (!date1904 && day == 0) {
            out += "1900-01-00"; // what Excel shows for serial 0
        } else {
            // 1900 system: serial 1 is 1900-01-01 and serial 61 is 1900-03-01 (60 is the phantom day)
            const QDate base =
                date1904 ? QDate(1904, 1, 1) : (day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30));
            const QDate date = base.addDays(day);
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year(), date.month(), date.day());
            out += buf;
        }
    }
    if (kind == NumberKind::DateTime)
        out += ' ';
    if (kind == NumberKind::DateTime || kind == NumberKind::Time) {
        appendTwo(static_cast<int>(seconds / 3600), out);
        out += ':';
        appendTwo(static_cast<int>(seconds / 60 % 60), out);
        out += ':';
        appendTwo(static_cast<int>(seconds % 60), out);
    }
    return true;
}

void appendNumberCell(std::string_view stored, const NumberStyle& style, bool date1904, std::string& out) {
    const size_t mark = out.size();
    bool done = false;
    switch (style.kind) {
    case NumberKind::Date:
    case NumberKind::DateTime:
    case NumberKind::Time:
        done = appendSerialDate(stored, style.kind, date1904, out);
        break;
    case NumberKind::Percent:
        // The fraction itself (25 % is 0.25), not "25%": every number parser reads it, and a probability
        // column takes fractions as they are.
        done = appendPlainNumber(stored, 0, out);
        break;
    case NumberKind::Plain:
        done = appendPlainNumber(stored, style.decimals, out);
        break;
    }
    if (!done) {
        out.resize(mark);
        out += stored;
    }
}

std::string columnLetters(long column) {
    std::string s;
    while (column > 0) {
        const long rem = (column - 1) % 26;
        s.insert(s.begin(), static_cast<char>('A' + rem));
        column = (column - 1) / 26;
    }
    return s;
}

bool parseCellReference(std::string_view ref, long& column, long& row) {
    size_t i = 0;
    column = 0;
    row = 0;
    if (i < ref.size() && ref[i] == '$')
        ++i;
    for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i) {
        column = column * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
        if (column > 16384)
            return false;
    }
    if (i < ref.size() && ref[i] == '$')
        ++i;
    const size_t digits = i;
    for (; i < ref.size() && std::isdigit(static_cast<unsigned char>(ref[i])); ++i) {
        row = row * 10 + (ref[i] - '0');
        if (row > 1048576)
            return false;
    }
    return column > 0 && row > 0 && i == ref.size() && i > digits;
}

} // namespace revalign::xlsx
