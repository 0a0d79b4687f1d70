#pragma once

#include "metrics/waterfall.h"

#include "models/rowtablemodel.h"

#include <vector>

namespace revalign::ui {

// The stalled deals of the waterfall (Waterfall::stalled, `changes --json` "stalled"): deals in the
// pipeline at the later moment that have sat in their stage longer than the stage expects. "At least"
// when the deal's first record already had the stage (the history starts later than the stay).
// Qt::EditRole gives the raw figure of a cell, the very one the CLI prints.
class StalledDealModel final : public RowTableModel<StalledDeal> {
    Q_OBJECT
public:
    enum Column { Deal, Owner, Stage, DaysInStage, ExpectedDays, Since, Amount, ColumnCount };
    // On DaysInStage: whether the figure is a lower bound (`at_least`).
    static constexpr int AtLeastRole = Qt::UserRole + 1;

    explicit StalledDealModel(QObject* parent = nullptr);
    void setDeals(std::vector<StalledDeal> rows, const QString& currency) {
        setRows(std::move(rows), currency);
    }
    const std::vector<StalledDeal>& deals() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace revalign::ui
