#include "models/stagetimemodel.h"

#include <QLocale>

#include <cmath>

namespace revalign::ui {

StageTimeModel::StageTimeModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void StageTimeModel::setStageTimes(std::vector<StageTime> times) {
    beginResetModel();
    m_times = std::move(times);
    endResetModel();
}

int StageTimeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_times.size());
}

int StageTimeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageTimeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_times.size())
        return {};
    const StageTime& t = m_times[size_t(index.row())];
    // One decimal, as the CLI rounds it: with weekly snapshots a stage change is known to the week anyway.
    const auto rounded = [](double days) { return std::round(days * 10) / 10; };
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Stage:
            return t.stage;
        case Stays:
            return QLocale().toString(t.stays);
        case Median:
            return tr("%1 d").arg(QLocale().toString(rounded(t.medianDays), 'f', 1));
        case Mean:
            return tr("%1 d").arg(QLocale().toString(rounded(t.meanDays), 'f', 1));
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::EditRole) {
        switch (Column(index.column())) {
        case Stage:
            return t.stage;
        case Stays:
            return t.stays;
        case Median:
            return rounded(t.medianDays);
        case Mean:
            return rounded(t.meanDays);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Stage)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StageTimeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section == Stays)
        return tr("Completed stays in the stage up to now, from entering it to entering the next one; a "
                  "stay that began before a deal's first record has no known start and is left out");
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Stage:
        return tr("Stage");
    case Stays:
        return tr("Stays");
    case Median:
        return tr("Median time in the stage");
    case Mean:
        return tr("Mean time in the stage");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace revalign::ui
