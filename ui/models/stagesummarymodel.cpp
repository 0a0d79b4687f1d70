#include "models/stagesummarymodel.h"

#include "uitext.h"

#include <QLocale>

namespace revalign::ui {

StageSummaryModel::StageSummaryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void StageSummaryModel::setStages(std::vector<FunnelStage> stages, std::map<QString, qint64> enteredByKey) {
    beginResetModel();
    m_stages = std::move(stages);
    m_entered = std::move(enteredByKey);
    endResetModel();
}

int StageSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_stages.size());
}

int StageSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageSummaryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FunnelStage& s = m_stages[static_cast<size_t>(index.row())];
    const auto entered = m_entered.find(s.key);
    const qint64 count = entered == m_entered.end() ? 0 : entered->second;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return stageDisplayName(s);
        case Team:
            return teamDisplayName(s.team);
        case Sla:
            return s.slaHours ? tr("%1 business h").arg(QLocale().toString(*s.slaHours, 'g', 4)) : tr("—");
        case Entered:
            return QLocale().toString(count);
        case Definition:
            return stageDisplayDefinition(s);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Definition)
        return stageDisplayDefinition(s);
    if (role == Qt::TextAlignmentRole && (index.column() == Entered || index.column() == Sla))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole && index.column() == Entered)
        return count;
    return {};
}

QVariant StageSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Stage");
    case Team:
        return tr("Owner team");
    case Sla:
        return tr("SLA");
    case Entered:
        return tr("Contacts entered");
    case Definition:
        return tr("Agreed definition");
    }
    return {};
}

} // namespace revalign::ui
