#include "models/stagedefinitionmodel.h"

#include "uitext.h"

#include <QLocale>

namespace revalign::ui {

StageDefinitionModel::StageDefinitionModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void StageDefinitionModel::setStages(std::vector<FunnelStage> stages) {
    beginResetModel();
    m_stages = std::move(stages);
    endResetModel();
}

const FunnelStage* StageDefinitionModel::stageAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_stages.size()) ? &m_stages[static_cast<size_t>(row)]
                                                               : nullptr;
}

QString StageDefinitionModel::slaText(const std::optional<double>& hours) {
    return hours ? tr("%1 h").arg(QLocale().toString(*hours, 'g', 6)) : tr("no SLA");
}

int StageDefinitionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_stages.size());
}

int StageDefinitionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageDefinitionModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FunnelStage& s = m_stages[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return tr("%1. %2").arg(index.row() + 1).arg(stageDisplayName(s));
        case Team:
            return teamDisplayName(s.team);
        case Sla:
            return slaText(s.slaHours);
        case Definition:
            return stageDisplayDefinition(s);
        }
        break;
    case Qt::ToolTipRole:
        return stageDisplayDefinition(s);
    case Qt::TextAlignmentRole:
        if (index.column() == Sla)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case Qt::UserRole:
        if (index.column() == Sla)
            return s.slaHours ? QVariant(*s.slaHours) : QVariant();
        return s.key;
    default:
        break;
    }
    return {};
}

QVariant StageDefinitionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Stage");
    case Team:
        return tr("Owning team");
    case Sla:
        return tr("SLA");
    case Definition:
        return tr("Agreed definition");
    }
    return {};
}

} // namespace revalign::ui
