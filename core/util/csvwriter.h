#pragma once

#include <QIODevice>
#include <QStringList>

namespace revalign {

// Writes RFC 4180 CSV (UTF-8 with BOM so Excel reads Thai correctly, CRLF line ends). Text that a
// spreadsheet would run as a formula (starting with = + - @, tab or CR) is neutralised with a leading
// apostrophe, unless it is a plain number such as -12.5 (OWASP "CSV injection").
class CsvWriter final {
public:
    explicit CsvWriter(QIODevice& device);
    void writeRow(const QStringList& fields);
    bool ok() const;

    static QString escapeField(const QString& field);
    static QString neutralise(const QString& field);

private:
    QIODevice& m_device;
    bool m_ok = true;
};

} // namespace revalign
