#pragma once

#include "metrics/waterfall.h"

#include "models/rowtablemodel.h"

#include <vector>

namespace revalign::ui {

// The slipped deals of the waterfall (Waterfall::slipped, `changes --json` "slipped"): deals still open
// at the later moment whose close date was pushed since the last sync, with how often and how far over
// their whole history. Qt::EditRole gives the raw figure of a cell (pushes, days, ISO dates, money in
// currency units), the very one the CLI prints.
class SlippedDealModel final : public RowTableModel<SlippedDeal> {
    Q_OBJECT
public:
    enum Column { Deal, Owner, Pushes, DaysPushed, FirstClose, Close, Amount, ColumnCount };

    explicit SlippedDealModel(QObject* parent = nullptr);
    void setDeals(std::vector<SlippedDeal> rows, const QString& currency) {
        setRows(std::move(rows), currency);
    }
    const std::vector<SlippedDeal>& deals() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace revalign::ui
