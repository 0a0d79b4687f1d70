#pragma once

#include "metrics/funnel.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// The full funnel as a table: per stage the count, next-step and cumulative rates, time from the
// previous stage (median, 90th percentile) and the ageing of contacts still open in the stage. With a
// split (by persona or channel) a column per slice shows its count and cumulative rate.
class FunnelTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Stage,
        Count,
        NextStep,
        Cumulative,
        MedianDays,
        P90Days,
        OpenNow,
        MedianAge,
        Age0to7,
        Age8to30,
        Age31to90,
        AgeOver90,
        FixedColumns
    };

    struct Slice {
        QString name;
        FunnelReport report;
    };

    explicit FunnelTableModel(QObject* parent = nullptr);
    void setReport(FunnelReport report, QStringList stageNames, std::vector<Slice> slices = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FunnelReport m_report;
    QStringList m_names;
    std::vector<Slice> m_slices;
};

} // namespace revalign::ui
