#pragma once

#include "import/numberparser.h"

#include <QString>

#include <optional>
#include <string_view>

namespace revalign {

// How the dates of a column are written. Decided from the whole column (DateSniffer), never per row.
enum class DateOrder { Auto, Iso, Mdy, Dmy, ExcelSerial };
QString toKey(DateOrder order); // "auto", "iso", "mdy", "dmy", "excel"
std::optional<DateOrder> dateOrderFromKey(const QString& key);

// Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (the POSIX strptime pivot).
int expandTwoDigitYear(int yy);

// Parses a date or date-time written in `order` into Unix seconds UTC. Without a zone the time is UTC
// (CRM exports carry either an explicit offset or the exporting user's zone, which the file does not
// name). Returns nullopt when the text is not a valid date in that order.
std::optional<qint64> parseDateTime(std::string_view text, DateOrder order);
// The UTC calendar day of Unix seconds as 'YYYY-MM-DD' (what QDate::toString(Qt::ISODate) writes).
std::string isoDateOfSeconds(qint64 seconds);

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

// true/false, 1/0/empty, yes/no, y/n, x (a ticked box in a sheet); nullopt for anything else.
std::optional<bool> parseBool(std::string_view text);

std::string_view trimmed(std::string_view text);

// The built-in spellings of "no value" that real exports write: "null"/"NULL", "N/A"/"n/a", Excel's
// "#N/A" (a failed VLOOKUP), "-", and the zero dates "00/00/0000" and "0000-00-00", also with a time of
// zeros ("0000-00-00 00:00:00"). `text` is trimmed; the empty string is of course empty too. A profile
// adds its own under formats.null_values.
bool isNullSpelling(std::string_view text);

} // namespace revalign
