#include "util/csvwriter.h"

#include <QRegularExpression>

namespace revalign {

CsvWriter::CsvWriter(QIODevice& device)
    : m_device(&device) {
    m_ok = m_device->write("\xEF\xBB\xBF") == 3;
}

CsvWriter::CsvWriter(QTextStream& stream)
    : m_stream(&stream) {}

QString CsvWriter::neutralise(const QString& field) {
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    const bool risky =
        first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    if (!risky)
        return field;
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?\d+([.,]\d+)?([eE][+-]?\d+)?$)"));
    if (number.match(field).hasMatch())
        return field;
    return u'\'' + field;
}

QString CsvWriter::escapeField(const QString& field) {
    const QString safe = neutralise(field);
    const bool quote = safe.contains(u',') || safe.contains(u'"') || safe.contains(u'\n') ||
                       safe.contains(u'\r') || safe.startsWith(u' ') || safe.endsWith(u' ');
    if (!quote)
        return safe;
    QString out = safe;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QString CsvWriter::formatRow(const QStringList& fields) {
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& f : fields)
        escaped << escapeField(f);
    return escaped.join(u',');
}

void CsvWriter::writeRow(const QStringList& fields) {
    if (m_stream) {
        *m_stream << formatRow(fields) << '\n';
        m_ok = m_ok && m_stream->status() == QTextStream::Ok;
        return;
    }
    const QByteArray line = (formatRow(fields) + QStringLiteral("\r\n")).toUtf8();
    m_ok = m_ok && m_device->write(line) == line.size();
}

bool CsvWriter::ok() const {
    return m_ok;
}

} // namespace revalign
