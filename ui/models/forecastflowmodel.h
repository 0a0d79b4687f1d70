#pragma once

#include "metrics/waterfall.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// The forecast-category flow between the two moments (Waterfall::forecastFlow, `changes --json`
// "forecast_flow"): a row per category at the earlier moment, a column per category at the later one,
// each cell the deals and their amount (at the later moment, the earlier one for deals that left). Row
// and column 0 are "Not in the pipeline". Qt::EditRole is the cell's deals, AmountRole its amount in
// currency units: the very figures the CLI prints.
class ForecastFlowModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int AmountRole = Qt::UserRole + 1;

    explicit ForecastFlowModel(QObject* parent = nullptr);
    void setFlow(const ForecastFlow& flow, const QString& currency);
    const ForecastFlow& flow() const { return m_flow; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ForecastFlow m_flow;
    QString m_currency;
};

} // namespace revalign::ui
