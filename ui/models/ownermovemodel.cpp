#include "models/ownermovemodel.h"

#include "kpiformat.h"

namespace revalign::ui {

OwnerMoveModel::OwnerMoveModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

QVariant OwnerMoveModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const OwnerMove& m = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (Column(index.column())) {
        case Deal:
            return role == Qt::EditRole ? m.sourceId : m.name.isEmpty() ? m.sourceId : m.name;
        case From:
            return m.from;
        case To:
            return m.to;
        case Amount:
            if (role == Qt::EditRole)
                return double(m.amountCents) / 100.0;
            return formatMoney(double(m.amountCents) / 100.0, m_currency, false);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Deal)
        return m.sourceId;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OwnerMoveModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Deal:
        return tr("Deal");
    case From:
        return tr("Owner before");
    case To:
        return tr("Owner now");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace revalign::ui
