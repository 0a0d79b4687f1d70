#pragma once

#include "domain/funnelstage.h"

#include <QAbstractTableModel>

#include <map>

namespace revalign::ui {

// The agreed funnel with how many contacts entered each stage (summary page).
class StageSummaryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Team, Sla, Entered, Definition, ColumnCount };

    explicit StageSummaryModel(QObject* parent = nullptr);
    void setStages(std::vector<FunnelStage> stages, std::map<QString, qint64> enteredByKey);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<FunnelStage> m_stages;
    std::map<QString, qint64> m_entered;
};

} // namespace revalign::ui
