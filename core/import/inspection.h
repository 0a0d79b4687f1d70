#pragma once

#include "import/csvreader.h"
#include "import/csvrecord.h"
#include "import/valueparsers.h"

#include <QString>
#include <QStringList>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace revalign {

class ProfileCatalog;

// What `inspect` tells a profile author about one column, from every value of it.
struct ColumnSummary {
    QString name;
    // "empty" (only null spellings), "integer", "number", "date", "datetime", "boolean", "email", "text"
    QString type;
    QString dateOrder; // dates: "iso", "mdy", "dmy" or "ambiguous"; otherwise empty
    QString decimal;   // numbers: "dot", "comma" or "ambiguous"; otherwise empty
    qint64 values = 0; // values that are not a null spelling
    qint64 nulls = 0;  // empty or a null spelling ("N/A", "#N/A", "00/00/0000", …)
    // The five most frequent values with their counts, most frequent first (ties in text order).
    std::vector<std::pair<QString, qint64>> top;
    // False when the column has more distinct values than are counted (ColumnProfiler::kDistinct): the
    // counts shown are exact, but a value first seen after the bound is not among them.
    bool topExact = true;
};

// Reads every record of a file once and summarises each column.
class ColumnProfiler final {
public:
    static constexpr size_t kDistinct = 5000;
    static constexpr size_t kTop = 5;

    explicit ColumnProfiler(const QStringList& header);
    void add(const CsvRecord& record);
    std::vector<ColumnSummary> summaries() const;

private:
    struct Column {
        DateSniffer dates;
        DecimalSniffer numbers;
        qint64 values = 0;
        qint64 nulls = 0;
        qint64 dateValues = 0; // values that read as a date in some order (Excel serials aside)
        qint64 timeValues = 0; // ... with a time
        qint64 bools = 0;
        qint64 boolWords = 0; // "TRUE", "yes": a 0/1 column alone is a number column
        qint64 emails = 0;
        std::unordered_map<std::string, qint64> counts;
        bool capped = false;
    };
    std::vector<Column> m_columns;
    QStringList m_header;
};

// "crlf", "lf", "cr", "mixed" (with the counts in `detail`) or "none" (a single line), from the start of
// the file, line breaks inside quoted fields not counted.
QString detectLineEnding(const QString& path, const CsvFormat& format, QString* detail = nullptr);

// How well each profile fits a header, and why: those that fit (score > 0), then those that miss only
// part of a signature (score 0, saying what is missing), best first.
struct ProfileFit {
    QString name;
    int score = 0;
    QString why;
};
std::vector<ProfileFit> profileFits(const ProfileCatalog& catalog, const QStringList& header);

} // namespace revalign
