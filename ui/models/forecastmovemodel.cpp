#include "models/forecastmovemodel.h"

#include "kpiformat.h"
#include "uitext.h"

#include <QBrush>
#include <QColor>

namespace revalign::ui {

ForecastMoveModel::ForecastMoveModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

QString ForecastMoveModel::categoryName(int i) {
    if (i <= 0 || i >= kForecastFlowSize)
        return tr("Not in the pipeline");
    return forecastDisplayName(ForecastCategory(i - 1));
}

QString ForecastMoveModel::categoryKey(int i) {
    if (i <= 0 || i >= kForecastFlowSize)
        return QStringLiteral("outside");
    return toKey(ForecastCategory(i - 1));
}

namespace {
// Whether a move goes towards a firmer forecast (Omitted < Pipeline < Best case < Commit < Closed);
// leaving the pipeline or joining it is neither.
std::optional<bool> firmer(const ForecastMove& m) {
    if (m.from == 0 || m.to == 0 || m.from == m.to)
        return std::nullopt;
    return m.to > m.from;
}
} // namespace

QVariant ForecastMoveModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const ForecastMove& m = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Deal:
            return m.name.isEmpty() ? m.sourceId : m.name;
        case From:
            return categoryName(m.from);
        case To:
            return categoryName(m.to);
        case Direction:
            if (m.from == 0)
                return tr("into the pipeline");
            if (m.to == 0)
                return tr("out of the pipeline");
            return *firmer(m) ? tr("▲ firmer") : tr("▼ softer");
        case Amount:
            return formatMoney(double(m.amountCents) / 100.0, m_currency, false);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::EditRole) {
        switch (Column(index.column())) {
        case Deal:
            return m.sourceId;
        case From:
            return categoryKey(m.from);
        case To:
            return categoryKey(m.to);
        case Direction:
            return m.to - m.from;
        case Amount:
            return double(m.amountCents) / 100.0;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Direction)
        if (const auto up = firmer(m))
            return QBrush(*up ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && index.column() == Deal)
        return m.sourceId;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ForecastMoveModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Deal:
        return tr("Deal");
    case From:
        return tr("Moved out of");
    case To:
        return tr("Moved into");
    case Direction:
        return tr("Direction");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace revalign::ui
