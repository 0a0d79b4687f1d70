#include "models/csvpreviewmodel.h"

#include <algorithm>

namespace revalign::ui {

CsvPreviewModel::CsvPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CsvPreviewModel::setPreview(const QStringList& header, const std::vector<QStringList>& rows,
                                 const std::vector<qint64>& lines) {
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_lines = lines;
    m_columns = static_cast<int>(header.size());
    for (const QStringList& r : m_rows)
        m_columns = std::max(m_columns, static_cast<int>(r.size()));
    endResetModel();
}

void CsvPreviewModel::clear() {
    setPreview({}, {});
}

int CsvPreviewModel::rowForLine(qint64 line) const {
    if (m_lines.empty()) // one physical line per record after the header on line 1
        return line >= 2 && line - 2 < rowCount() ? static_cast<int>(line - 2) : -1;
    for (size_t i = 0; i < m_lines.size() && i < m_rows.size(); ++i)
        if (m_lines[i] == line)
            return static_cast<int>(i);
    return -1;
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_columns)
        return {};
    const QStringList& row = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() < row.size() ? row.at(index.column()) : QString();
    return {};
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        // Physical line numbers, so they match what error messages and a text editor say.
        const auto at = static_cast<size_t>(section);
        return at < m_lines.size() ? QVariant(m_lines[at]) : QVariant(section + 2);
    }
    if (section < 0 || section >= m_columns)
        return {};
    return section < m_header.size() ? m_header.at(section) : tr("(extra %1)").arg(section + 1);
}

} // namespace revalign::ui
