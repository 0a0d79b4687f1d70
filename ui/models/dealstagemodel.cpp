#include "models/dealstagemodel.h"

#include "uitext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace revalign::ui {

DealStageModel::DealStageModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DealStageModel::setStages(std::vector<DealStage> stages) {
    beginResetModel();
    m_stages = std::move(stages);
    endResetModel();
}

const DealStage* DealStageModel::stageAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_stages.size()) ? &m_stages[static_cast<size_t>(row)]
                                                               : nullptr;
}

int DealStageModel::undefinedCount() const {
    return static_cast<int>(
        std::count_if(m_stages.begin(), m_stages.end(), [](const DealStage& s) { return !s.defined; }));
}

int DealStageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_stages.size());
}

int DealStageModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealStageModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealStage& s = m_stages[static_cast<size_t>(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return tr("%1. %2").arg(index.row() + 1).arg(s.name);
        case Outcome:
            return dealOutcomeDisplayName(s.outcome);
        case Probability:
            return tr("%1 %").arg(locale.toString(s.probability * 100.0, 'g', 4));
        case Forecast:
            return forecastDisplayName(s.forecast);
        case Deals:
            return locale.toString(s.deals);
        case Status:
            return s.defined ? tr("Defined") : tr("Not yet defined");
        }
        break;
    case Qt::ToolTipRole:
        if (!s.defined)
            return tr("An import met this stage first. Until someone defines it, its deals count as open at "
                      "0 % in the Pipeline forecast category. Press Enter to define it.");
        break;
    case Qt::ForegroundRole:
        if (!s.defined && index.column() == Status)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        break;
    case Qt::FontRole:
        if (!s.defined) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Probability || index.column() == Deals)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::UserRole:
        switch (index.column()) {
        case Probability:
            return s.probability;
        case Deals:
            return s.deals;
        case Status:
            return s.defined;
        default:
            return s.name;
        }
    default:
        break;
    }
    return {};
}

QVariant DealStageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Deal stage");
    case Outcome:
        return tr("Open / won / lost");
    case Probability:
        return tr("Probability");
    case Forecast:
        return tr("Forecast category");
    case Deals:
        return tr("Deals");
    case Status:
        return tr("Definition");
    }
    return {};
}

} // namespace revalign::ui
