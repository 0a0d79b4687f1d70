#include "models/slippeddealmodel.h"

#include "kpiformat.h"

#include <QLocale>

namespace revalign::ui {

SlippedDealModel::SlippedDealModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

QVariant SlippedDealModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const SlippedDeal& s = m_rows[size_t(index.row())];
    const QLocale l;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Deal:
            return s.name.isEmpty() ? s.sourceId : s.name;
        case Owner:
            return s.owner;
        case Pushes:
            // "3× (1 since last sync)": how often in all, and how often in the period under review.
            return tr("%1× (%2 since last sync)").arg(l.toString(s.pushes), l.toString(s.pushesInPeriod));
        case DaysPushed:
            return formatDayCount(s.daysPushed);
        case FirstClose:
            return formatDate(s.firstClose);
        case Close:
            return formatDate(s.close);
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
        case Pushes:
            return s.pushes;
        case DaysPushed:
            return s.daysPushed;
        case FirstClose:
            return s.firstClose.toString(Qt::ISODate);
        case Close:
            return s.close.toString(Qt::ISODate);
        case Amount:
            return double(s.amountCents) / 100.0;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Deal)
        return s.sourceId;
    if (role == Qt::TextAlignmentRole && index.column() >= Pushes && index.column() != FirstClose &&
        index.column() != Close)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SlippedDealModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section == Pushes)
        return tr("Times the close date moved later while the deal was open, over its whole history");
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Deal:
        return tr("Deal");
    case Owner:
        return tr("Owner");
    case Pushes:
        return tr("Pushed");
    case DaysPushed:
        return tr("Days pushed");
    case FirstClose:
        return tr("First close date");
    case Close:
        return tr("Close date now");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace revalign::ui
