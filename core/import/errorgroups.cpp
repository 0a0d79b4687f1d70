#include "import/errorgroups.h"

#include "util/suggest.h"

#include <QCoreApplication>

#include <algorithm>

namespace revalign {

namespace {
QString keyOf(const ErrorGroup& g, bool otherValues) {
    // Unit and record separators cannot occur in a header name or a reason.
    QString key = QString::number(g.column) + u'\x1f' + g.reason + u'\x1f';
    if (otherValues)
        key += u'\x1e';
    else if (!g.value.isNull())
        key += u'\x1d' + g.value;
    return key;
}
} // namespace

QString ErrorGroup::toString() const {
    const QString shownValue = otherValues      ? QCoreApplication::translate("Import", "(other values)")
                               : value.isNull() ? QString()
                                                : u'\'' + value + u'\'';
    if (count == 1 && !lines.empty()) {
        RowError single{file,   lines.front(), column, columnName, otherValues ? QString() : value,
                        reason, QString()};
        if (!cellColumn.isEmpty())
            single.cell = cellColumn + QString::number(lines.front());
        return single.toString();
    }
    QString where = file;
    if (column > 0)
        where += QStringLiteral(": column %1 (%2)").arg(column).arg(columnName);
    if (!cellColumn.isEmpty())
        where += QStringLiteral(", cells %1").arg(cellColumn);
    QStringList listed;
    for (const qint64 line : lines)
        listed << QString::number(line);
    QString linesText = listed.join(QStringLiteral(", "));
    if (count > static_cast<qint64>(lines.size()))
        linesText += QStringLiteral(", …");
    const QString rows =
        QCoreApplication::translate("Import", "%1 rows: lines %2").arg(groupedCount(count), linesText);
    return shownValue.isEmpty() ? QStringLiteral("%1: %2 (%3)").arg(where, reason, rows)
                                : QStringLiteral("%1: %2: %3 (%4)").arg(where, reason, shownValue, rows);
}

ErrorGroup& ErrorGrouper::group(const ErrorGroup& like, bool otherValues) {
    const QString key = keyOf(like, otherValues);
    if (const auto it = m_index.constFind(key); it != m_index.constEnd())
        return m_groups[*it];
    m_index.insert(key, m_groups.size());
    ErrorGroup g = like;
    g.count = 0;
    g.lines.clear();
    g.otherValues = otherValues;
    if (otherValues)
        g.value.clear();
    m_groups.push_back(std::move(g));
    return m_groups.back();
}

void ErrorGrouper::addTo(ErrorGroup& g, qint64 line, qint64 count) {
    g.count += count;
    if (g.lines.size() < kLines && line > 0)
        g.lines.push_back(line);
}

void ErrorGrouper::add(const RowError& e) {
    ++m_total;
    ErrorGroup like{e.file, e.column, e.columnName, e.reason, e.value, false, 0, {}, QString()};
    const bool known = m_index.contains(keyOf(like, false));
    // Past the bound, a value not seen yet joins its (column, reason)'s "other values" group.
    const bool other = !known && m_groups.size() >= kGroups && !e.value.isNull();
    addTo(group(like, other), e.line, 1);
}

void ErrorGrouper::merge(const ErrorGrouper& other) {
    m_total += other.m_total;
    for (const ErrorGroup& g : other.m_groups) {
        const bool known = m_index.contains(keyOf(g, g.otherValues));
        const bool overflow = !known && !g.otherValues && m_groups.size() >= kGroups && !g.value.isNull();
        ErrorGroup& into = group(g, g.otherValues || overflow);
        into.count += g.count;
        into.lines.insert(into.lines.end(), g.lines.begin(), g.lines.end());
        std::sort(into.lines.begin(), into.lines.end());
        if (into.lines.size() > kLines)
            into.lines.resize(kLines);
    }
}

std::vector<ErrorGroup> ErrorGrouper::groups() const {
    std::vector<ErrorGroup> out = m_groups;
    std::stable_sort(out.begin(), out.end(), [](const ErrorGroup& a, const ErrorGroup& b) {
        if (a.count != b.count)
            return a.count > b.count;
        const qint64 la = a.lines.empty() ? 0 : a.lines.front();
        const qint64 lb = b.lines.empty() ? 0 : b.lines.front();
        return la < lb;
    });
    return out;
}

} // namespace revalign
