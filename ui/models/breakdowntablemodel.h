#pragma once

#include "metrics/kpiengine.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// KPIs per value of a dimension (owner, team, deal stage, channel, …) with the forecast rolled up per
// row: the table a CRO reads. Rows come sorted by the chosen KPI, largest first, n/a last.
class BreakdownTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Metric,
        Opportunities,
        OpenPipeline,
        Won,
        Lost,
        Bookings,
        WinRate,
        Commit,
        BestCase,
        PipelineRollup,
        ColumnCount
    };

    explicit BreakdownTableModel(QObject* parent = nullptr);
    // `metric` is a KPI key (its unit from `kpis`); `dimensionName` heads the first column.
    void setRows(std::vector<BreakdownRow> rows, const QString& metric,
                 const std::vector<KpiDefinition>& kpis, const QString& dimensionName,
                 const QString& currency);
    const std::vector<BreakdownRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<double> value(const BreakdownRow& row, int column) const;
    KpiUnit unit(int column) const;

    std::vector<BreakdownRow> m_rows;
    QString m_metric;
    QString m_metricName;
    KpiUnit m_metricUnit = KpiUnit::Count;
    QString m_dimension;
    QString m_currency;
};

} // namespace revalign::ui
