#pragma once

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace revalign {

// The one CSV writer: every CSV RevAlign writes (exported tables, `revalign-cli ... --csv`) goes through
// it, so quoting and formula neutralising cannot differ between places. RFC 4180 quoting (a field holding
// a comma, a quote, CR or LF, or edge spaces is quoted; quotes are doubled). Text that a spreadsheet would
// run as a formula (starting with = + - @, tab or CR) is neutralised with a leading apostrophe, unless it
// is a plain number such as -12.5 (OWASP "CSV injection"): a KPI or persona name is user-edited text that
// ends up in someone else's Excel.
class CsvWriter final {
public:
    // A file for people: UTF-8 with a BOM so Excel reads Thai correctly, CRLF line ends.
    explicit CsvWriter(QIODevice& device);
    // A stream for scripts (stdout): no BOM, LF line ends; quoting and neutralising as for files.
    explicit CsvWriter(QTextStream& stream);
    void writeRow(const QStringList& fields);
    bool ok() const;

    // One row's fields escaped and joined, without the line end.
    static QString formatRow(const QStringList& fields);
    static QString escapeField(const QString& field);
    static QString neutralise(const QString& field);

private:
    QIODevice* m_device = nullptr;
    QTextStream* m_stream = nullptr;
    bool m_ok = true;
};

} // namespace revalign
