#pragma once

#include "domain/funnelstage.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// The agreed funnel in order: stage, owning team, the definition both teams signed, SLA.
class StageDefinitionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Team, Sla, Definition, ColumnCount };

    explicit StageDefinitionModel(QObject* parent = nullptr);
    void setStages(std::vector<FunnelStage> stages);
    const FunnelStage* stageAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString slaText(const std::optional<double>& hours);

private:
    std::vector<FunnelStage> m_stages;
};

} // namespace revalign::ui
