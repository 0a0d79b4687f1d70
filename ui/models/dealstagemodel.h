#pragma once

#include "domain/dealstage.h"

#include <QAbstractTableModel>

#include <vector>

namespace revalign::ui {

// The workspace's deal stages in order: outcome, probability, forecast category, how many deals are in
// each, and whether someone has defined it (stages an import met first are "not yet defined").
class DealStageModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Outcome, Probability, Forecast, Deals, Status, ColumnCount };

    explicit DealStageModel(QObject* parent = nullptr);
    void setStages(std::vector<DealStage> stages);
    const DealStage* stageAt(int row) const;
    int undefinedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DealStage> m_stages;
};

} // namespace revalign::ui
