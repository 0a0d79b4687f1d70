#pragma once

#include "metrics/dealpipeline.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// The deal pipeline as a table: one row per deal stage in the workspace's order, with deals, amount,
// weighted amount, conversion to the next stage and time in stage. Stages no one has defined are
// marked in words.
class DealPipelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Stage, Deals, Amount, Weighted, Conversion, Days, Probability, Forecast, ColumnCount };

    explicit DealPipelineModel(QObject* parent = nullptr);
    void setReport(DealPipelineReport report, QString currency);
    const DealPipelineReport& report() const { return m_report; }
    // One line under the table: win rate, bookings, and where time in stage comes from.
    QString summary() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DealPipelineReport m_report;
    QString m_currency;
};

} // namespace revalign::ui
