#pragma once

#include "metrics/waterfall.h"

#include "models/rowtablemodel.h"

#include <vector>

namespace revalign::ui {

// Deals that moved into or out of a forecast category since the last sync (Waterfall::forecastMoves,
// `changes --json` "forecast_moves"), "Not in the pipeline" standing for outside the window's open
// pipeline. Like ownership moves they do not move the pipeline. Qt::EditRole gives the raw figure of a
// cell (categories as the CLI's keys: "outside", "pipeline", "best_case", ...).
class ForecastMoveModel final : public RowTableModel<ForecastMove> {
    Q_OBJECT
public:
    enum Column { Deal, From, To, Direction, Amount, ColumnCount };

    explicit ForecastMoveModel(QObject* parent = nullptr);
    void setMoves(std::vector<ForecastMove> rows, const QString& currency) {
        setRows(std::move(rows), currency);
    }
    const std::vector<ForecastMove>& moves() const { return rows(); }

    // A flow index (0 = outside, then ForecastCategory + 1) in words, and as the CLI's key.
    static QString categoryName(int flowIndex);
    static QString categoryKey(int flowIndex);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace revalign::ui
