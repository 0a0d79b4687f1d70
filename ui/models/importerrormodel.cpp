#include "models/importerrormodel.h"

#include <QFileInfo>

namespace revalign::ui {

ImportErrorModel::ImportErrorModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportErrorModel::setErrors(std::vector<RowError> errors) {
    beginResetModel();
    m_errors = std::move(errors);
    endResetModel();
}

const RowError* ImportErrorModel::error(int row) const {
    return row >= 0 && row < rowCount() ? &m_errors[static_cast<size_t>(row)] : nullptr;
}

int ImportErrorModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_errors.size());
}

int ImportErrorModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorModel::data(const QModelIndex& index, int role) const {
    const RowError* e = index.isValid() ? error(index.row()) : nullptr;
    if (!e || index.column() >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return e->toString();
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case File:
        return QFileInfo(e->file).fileName();
    case Line:
        return e->line;
    case ColumnName:
        return e->column == 0 ? tr("(whole row)") : tr("%1 (%2)").arg(e->columnName).arg(e->column);
    case Value:
        return e->value;
    case Reason:
        return e->reason;
    default:
        return {};
    }
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Value:
        return tr("Value");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace revalign::ui
