#include "models/waterfalldealmodel.h"

#include "kpiformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace revalign::ui {

namespace {
// "10 May 2024": QLocale's short format writes two-digit years ("5/10/24"), which printed pages outlive.
QString day(const QDate& d) {
    return d.isValid() ? formatDate(d) : QStringLiteral("—");
}
} // namespace

WaterfallDealModel::WaterfallDealModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void WaterfallDealModel::setChanges(std::vector<WaterfallChange> changes, const QString& currency) {
    beginResetModel();
    m_changes = std::move(changes);
    m_currency = currency;
    endResetModel();
}

int WaterfallDealModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}

int WaterfallDealModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaterfallDealModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_changes.size())
        return {};
    const WaterfallChange& c = m_changes[size_t(index.row())];
    const auto money = [this](qint64 cents) { return formatMoney(double(cents) / 100.0, m_currency, false); };
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Deal:
            return c.name.isEmpty() ? c.sourceId : c.name;
        case Owner:
            return c.owner;
        case Change:
            return QString((c.deltaCents > 0 ? QStringLiteral("+") : QString()) + money(c.deltaCents));
        case AmountBefore:
            return c.before.exists ? money(c.before.amountCents) : QStringLiteral("—");
        case AmountAfter:
            return money(c.after.amountCents);
        case CloseBefore:
            return c.before.exists ? day(c.before.close) : QStringLiteral("—");
        case CloseAfter:
            return day(c.after.close);
        case Stage:
            if (!c.before.exists || c.before.stage == c.after.stage)
                return c.after.stage;
            return QStringLiteral("%1 → %2").arg(c.before.stage, c.after.stage);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::EditRole && index.column() == Change)
        return double(c.deltaCents) / 100.0;
    if (role == Qt::ToolTipRole && index.column() == Deal)
        return c.sourceId;
    if (role == Qt::ToolTipRole && index.column() == AmountBefore && c.before.assumed)
        return tr("No record this early: the deal's first recorded values");
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Change || index.column() == AmountBefore || index.column() == AmountAfter))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WaterfallDealModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Deal:
        return tr("Deal");
    case Owner:
        return tr("Owner");
    case Change:
        return tr("Change");
    case AmountBefore:
        return tr("Amount before");
    case AmountAfter:
        return tr("Amount after");
    case CloseBefore:
        return tr("Close before");
    case CloseAfter:
        return tr("Close after");
    case Stage:
        return tr("Stage");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace revalign::ui
