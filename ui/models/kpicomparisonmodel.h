#pragma once

#include "metrics/kpiengine.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// Every KPI for a period beside the period before it ("this week vs last week"), its target and status.
class KpiComparisonModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Team, Current, Previous, Change, Target, Status, ColumnCount };

    explicit KpiComparisonModel(QObject* parent = nullptr);
    void setReport(KpiReport report);
    // Column titles for the two periods, e.g. "Week of 16 Nov" / "Week before".
    void setPeriodLabels(const QString& current, const QString& previous);
    const KpiReport& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    KpiReport m_report;
    QString m_currentLabel;
    QString m_previousLabel;
};

} // namespace revalign::ui
