#include "models/movermodel.h"

#include "kpiformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace revalign::ui {

MoverModel::MoverModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString MoverModel::reason(const Mover& m) {
    QStringList parts;
    const qint64 days = m.closeMovedDays;
    for (const WaterfallChange& c : m.changes) {
        switch (c.bucket) {
        case WaterfallBucket::New:
            parts << (c.before.exists ? tr("reopened") : tr("new"));
            break;
        case WaterfallBucket::PulledIn:
            parts << (days < -1  ? tr("pulled in %1 days").arg(-days)
                      : days < 0 ? tr("pulled in 1 day")
                                 : tr("pulled in"));
            break;
        case WaterfallBucket::Increased:
        case WaterfallBucket::Decreased:
            if (m.amountChange) {
                const double percent = std::round(*m.amountChange * 100.0);
                const QString sign = percent > 0 ? QStringLiteral("+") : QStringLiteral("−");
                parts << tr("amount %1%2 %").arg(sign, QLocale().toString(std::abs(percent), 'f', 0));
            } else {
                parts << tr("amount changed");
            }
            break;
        case WaterfallBucket::PushedOut:
            if (!c.after.close.isValid())
                parts << tr("close date cleared");
            else if (days > 1)
                parts << tr("pushed %1 days").arg(days);
            else if (days == 1)
                parts << tr("pushed 1 day");
            else if (days < -1)
                parts << tr("moved %1 days earlier").arg(-days);
            else if (days < 0)
                parts << tr("moved 1 day earlier");
            else
                parts << tr("left the window");
            break;
        case WaterfallBucket::Won:
            parts << tr("won");
            break;
        case WaterfallBucket::Lost:
            parts << tr("lost");
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

void MoverModel::setMovers(std::vector<Mover> movers, const QString& currency) {
    beginResetModel();
    m_movers = std::move(movers);
    m_currency = currency;
    endResetModel();
}

int MoverModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_movers.size());
}

int MoverModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MoverModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_movers.size())
        return {};
    const Mover& m = m_movers[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Deal:
            return m.name.isEmpty() ? m.sourceId : m.name;
        case Owner:
            return m.owner;
        case Impact: {
            qint64 net = 0;
            for (const WaterfallChange& c : m.changes)
                net += c.deltaCents;
            return QString((net > 0 ? QStringLiteral("+") : QString()) +
                           formatMoney(double(net) / 100.0, m_currency, true));
        }
        case Why:
            return reason(m);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 · %2").arg(m.sourceId, reason(m));
    if (role == Qt::TextAlignmentRole && index.column() == Impact)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MoverModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Deal:
        return tr("Deal");
    case Owner:
        return tr("Owner");
    case Impact:
        return tr("Pipeline change");
    case Why:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace revalign::ui
