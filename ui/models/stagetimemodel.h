#pragma once

#include "metrics/waterfall.h"

#include <QAbstractTableModel>

#include <vector>

namespace revalign::ui {

// Stage-to-stage time from the deals' history (Waterfall::stageTimes, `changes --json` "stage_times"):
// per stage, the completed stays up to the later moment and their median and mean in days. Qt::EditRole
// gives the figure as the CLI prints it (days rounded to one decimal).
class StageTimeModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Stage, Stays, Median, Mean, ColumnCount };

    explicit StageTimeModel(QObject* parent = nullptr);
    void setStageTimes(std::vector<StageTime> times);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<StageTime> m_times;
};

} // namespace revalign::ui
