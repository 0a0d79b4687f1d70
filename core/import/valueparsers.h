#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace revalign {

// How the dates of a column are written. Decided from the whole column (DateSniffer), never per row.
enum class DateOrder { Auto, Iso, Mdy, Dmy, ExcelSerial };
QString toKey(DateOrder order); // "auto", "iso", "mdy", "dmy", "excel"
std::optional<DateOrder> dateOrderFromKey(const QString& key);

enum class DecimalMark { Auto, Dot, Comma };
QString toKey(DecimalMark mark); // "auto", "dot", "comma"
std::optional<DecimalMark> decimalMarkFromKey(const QString& key);

// Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (the POSIX strptime pivot).
int expandTwoDigitYear(int yy);

// Parses a date or date-time written in `order` into Unix seconds UTC. Without a zone the time is UTC
// (CRM exports carry either an explicit offset or the exporting user's zone, which the file does not
// name). Returns nullopt when the text is not a valid date in that order.
std::optional<qint64> parseDateTime(std::string_view text, DateOrder order);

// Collects which date orders fit every non-empty value of a column.
class DateSniffer final {
public:
    void add(std::string_view text);
    // The order the whole column fits; Auto when none fits all values (the best is then bestFit()) or
    // when both MM/DD and DD/MM fit (ambiguous() tells).
    DateOrder decided() const;
    bool ambiguous() const;
    DateOrder bestFit() const;
    bool empty() const { return m_values == 0; }
    const std::string& ambiguousExample() const { return m_example; }

private:
    unsigned m_fits = ~0u;
    int m_counts[5] = {};
    int m_values = 0;
    std::string m_example;
};

// Parses a number with the given decimal mark; thousands separators (the other mark, spaces,
// apostrophes) and a leading currency symbol are dropped. Returns the value scaled by 10^scale and
// rounded half away from zero, e.g. scale 2 gives cents.
std::optional<qint64> parseScaled(std::string_view text, DecimalMark mark, int scale);
std::optional<double> parseReal(std::string_view text, DecimalMark mark);

// Decides the decimal mark of a numeric column from all its values.
class DecimalSniffer final {
public:
    void add(std::string_view text);
    DecimalMark decided() const; // Auto when ambiguous (values like "1,234" fit both meanings)
    // For whole-number columns (employees): the mark under which every value is whole wins, so
    // "1,200" employees is 1200, never 1.2.
    DecimalMark decidedForWholeNumbers() const;
    bool ambiguous() const;
    const std::string& ambiguousExample() const { return m_example; }

private:
    bool m_dotFits = true;
    bool m_commaFits = true;
    bool m_meaningful = false; // some value reads differently under the two marks
    bool m_dotWhole = true;    // no value has a fraction when read with a decimal point
    bool m_commaWhole = true;
    std::string m_example;
};

// true/false, 1/0/empty, yes/no, y/n, x (a ticked box in a sheet); nullopt for anything else.
std::optional<bool> parseBool(std::string_view text);

std::string_view trimmed(std::string_view text);

} // namespace revalign
