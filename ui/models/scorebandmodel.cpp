#include "models/scorebandmodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace revalign::ui {

namespace {
QVariant percent(const std::optional<double>& v) {
    return v ? QVariant(QLocale().toString(*v * 100.0, 'f', 1) + u'%') : QVariant(QObject::tr("n/a"));
}
} // namespace

ScoreBandModel::ScoreBandModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ScoreBandModel::setBands(std::vector<ScoreBand> bands) {
    beginResetModel();
    m_bands = std::move(bands);
    endResetModel();
}

void ScoreBandModel::setThreshold(int threshold) {
    m_threshold = threshold;
    if (!m_bands.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

int ScoreBandModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_bands.size());
}

int ScoreBandModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreBandModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_bands.size())
        return {};
    const ScoreBand& b = m_bands[size_t(index.row())];
    if (role == Qt::BackgroundRole)
        return b.from >= m_threshold ? QVariant(QBrush(QColor(0xe8, 0xf1, 0xfb))) : QVariant();
    if (role == Qt::TextAlignmentRole && index.column() != Band)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Band:
        return tr("%1 – %2").arg(b.from).arg(b.to - 1);
    case Contacts:
        return QLocale().toString(b.contacts);
    case AcceptedRate:
        return percent(b.acceptedRate);
    case SqlRate:
        return percent(b.sqlRate);
    case WinRate:
        return percent(b.winRate);
    default:
        return {};
    }
}

QVariant ScoreBandModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Band:
        return tr("Score");
    case Contacts:
        return tr("Contacts");
    case AcceptedRate:
        return tr("Accepted by sales");
    case SqlRate:
        return tr("Became SQL");
    case WinRate:
        return tr("Won (of closed)");
    default:
        return {};
    }
}

} // namespace revalign::ui
