#include "models/scorelinemodel.h"

#include <QLocale>

namespace revalign::ui {

ScoreLineModel::ScoreLineModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ScoreLineModel::setLines(std::vector<ScoreLine> lines) {
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int ScoreLineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ScoreLineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreLineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_lines.size())
        return {};
    const ScoreLine& l = m_lines[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && (index.column() == Touches || index.column() == Points))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rule:
        return l.rule;
    case Group:
        return l.kind == ScoreLine::Kind::Fit ? tr("fit") : l.group;
    case Touches:
        return l.kind == ScoreLine::Kind::Engagement ? QVariant(l.touches) : QVariant();
    case Points:
        return QLocale().toString(l.points, 'f', 2);
    default:
        return {};
    }
}

QVariant ScoreLineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule:
        return tr("Rule");
    case Group:
        return tr("Group");
    case Touches:
        return tr("Touches");
    case Points:
        return tr("Points");
    default:
        return {};
    }
}

} // namespace revalign::ui
