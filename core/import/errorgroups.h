#pragma once

#include "batch/importrecord.h"

#include <QHash>
#include <QString>

#include <vector>

namespace revalign {

// Row errors of one file that share a column, a reason and a value: "close_date: '00/00/0000' is not a
// date (2,089 rows: lines 4, 9, 17, …)". Every error is counted; only the first lines are listed.
struct ErrorGroup {
    QString file;
    int column = 0; // 1-based; 0 = the row as a whole
    QString columnName;
    QString reason;
    QString value;            // null for whole-row errors and for otherValues
    bool otherValues = false; // the values past the distinct-value bound, counted together
    qint64 count = 0;
    std::vector<qint64> lines; // the first ErrorGrouper::kLines lines, in file order
    friend bool operator==(const ErrorGroup&, const ErrorGroup&) = default;

    // One line, the CLI's stderr format (a contract): a group of one reads exactly as its RowError,
    // "FILE: line L, column C (Name): reason: 'value'"; a bigger one
    // "FILE: column C (Name): reason: 'value' (2,089 rows: lines 4, 9, 17, …)".
    QString toString() const;
};

// Groups row errors as they arrive, without a cap on how many are counted. Distinct values per file are
// bounded (kGroups): past it, new values of a (column, reason) go into one "other values" group, counted.
class ErrorGrouper final {
public:
    static constexpr size_t kLines = 20;
    static constexpr size_t kGroups = 500;

    void add(const RowError& error);
    void merge(const ErrorGrouper& other);
    qint64 total() const { return m_total; }
    // Biggest first; equal counts in file order.
    std::vector<ErrorGroup> groups() const;

private:
    void addTo(ErrorGroup& group, qint64 line, qint64 count);
    ErrorGroup& group(const ErrorGroup& like, bool otherValues);

    std::vector<ErrorGroup> m_groups;
    QHash<QString, size_t> m_index;
    qint64 m_total = 0;
};

} // namespace revalign
