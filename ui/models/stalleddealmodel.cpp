#include "models/stalleddealmodel.h"

#include "kpiformat.h"

#include <QLocale>

namespace revalign::ui {

StalledDealModel::StalledDealModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

QVariant StalledDealModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const StalledDeal& s = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Deal:
            return s.name.isEmpty() ? s.sourceId : s.name;
        case Owner:
            return s.owner;
        case Stage:
            return s.stage;
        case DaysInStage:
            return s.atLeast ? tr("at least %1").arg(formatDayCount(s.daysInStage))
                             : formatDayCount(s.daysInStage);
        case ExpectedDays:
            return formatDayCount(s.expectedDays);
        case Since:
            return s.atLeast ? tr("on or before %1").arg(formatDate(s.since)) : formatDate(s.since);
        case Amount:
            return formatMoney(double(s.amountCents) / 100.0, m_currency, false);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::EditRole) {
        switch (Column(index.column())) {
        case Deal:
            return s.sourceId;
        case Owner:
            return s.owner;
        case Stage:
            return s.stage;
        case DaysInStage:
            return s.daysInStage;
        case ExpectedDays:
            return s.expectedDays;
        case Since:
            return s.since.toString(Qt::ISODate);
        case Amount:
            return double(s.amountCents) / 100.0;
        case ColumnCount:
            break;
        }
    }
    if (role == AtLeastRole && index.column() == DaysInStage)
        return s.atLeast;
    if (role == Qt::ToolTipRole && (index.column() == DaysInStage || index.column() == Since) && s.atLeast)
        return tr("The deal's first record already had this stage: it entered it earlier, so it has been "
                  "there at least this long");
    if (role == Qt::ToolTipRole && index.column() == Deal)
        return s.sourceId;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == DaysInStage || index.column() == ExpectedDays || index.column() == Amount))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StalledDealModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Deal:
        return tr("Deal");
    case Owner:
        return tr("Owner");
    case Stage:
        return tr("Stage");
    case DaysInStage:
        return tr("In the stage");
    case ExpectedDays:
        return tr("Expected");
    case Since:
        return tr("Since");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace revalign::ui
