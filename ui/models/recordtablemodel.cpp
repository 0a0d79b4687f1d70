#include "models/recordtablemodel.h"

namespace revalign::ui {

RecordTableModel::RecordTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RecordTableModel::setTable(RecordTable table) {
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& text = m_table.rows[size_t(index.row())].value(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text;
    if (role == Qt::UserRole) {
        // Sort numbers as numbers (ids, amounts), everything else as text.
        bool ok = false;
        const double number = text.toDouble(&ok);
        return ok ? QVariant(number) : QVariant(text);
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_table.headers.value(section);
}

} // namespace revalign::ui
