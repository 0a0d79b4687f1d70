#include "models/forecastflowmodel.h"

#include "kpiformat.h"
#include "models/forecastmovemodel.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

namespace revalign::ui {

ForecastFlowModel::ForecastFlowModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ForecastFlowModel::setFlow(const ForecastFlow& flow, const QString& currency) {
    beginResetModel();
    m_flow = flow;
    m_currency = currency;
    endResetModel();
}

int ForecastFlowModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kForecastFlowSize;
}

int ForecastFlowModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kForecastFlowSize;
}

QVariant ForecastFlowModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= kForecastFlowSize || index.column() >= kForecastFlowSize)
        return {};
    const qint64 deals = m_flow.deals[size_t(index.row())][size_t(index.column())];
    const qint64 cents = m_flow.cents[size_t(index.row())][size_t(index.column())];
    const bool stayed = index.row() == index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (deals == 0)
            return QStringLiteral("—");
        return tr("%1 · %2").arg(QLocale().toString(deals),
                                 formatMoney(double(cents) / 100.0, m_currency, true));
    case Qt::EditRole:
        return deals;
    case AmountRole:
        return double(cents) / 100.0;
    case Qt::ToolTipRole:
        return tr("%n deal(s), %1: %2 → %3", nullptr, int(deals))
            .arg(formatMoney(double(cents) / 100.0, m_currency, false),
                 ForecastMoveModel::categoryName(index.row()),
                 ForecastMoveModel::categoryName(index.column()));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (!stayed && deals > 0) {
            QFont bold;
            bold.setBold(true);
            return bold; // the moves stand out from the deals that stayed where they were
        }
        return {};
    case Qt::ForegroundRole:
        if (stayed || deals == 0)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ForecastFlowModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (section < 0 || section >= kForecastFlowSize)
        return {};
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("At the last sync") : tr("Now");
    if (role != Qt::DisplayRole)
        return {};
    const QString name = ForecastMoveModel::categoryName(section);
    return orientation == Qt::Vertical ? tr("from %1").arg(name) : tr("to %1").arg(name);
}

} // namespace revalign::ui
