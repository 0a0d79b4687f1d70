#pragma once

#include "metrics/waterfall.h"

#include "models/rowtablemodel.h"

#include <vector>

namespace revalign::ui {

// Deals that changed hands since the last sync (Waterfall::ownerMoves, `changes --json` "owner_moves"):
// they do not move the pipeline, so they are listed apart. Qt::EditRole gives the raw figure of a cell.
class OwnerMoveModel final : public RowTableModel<OwnerMove> {
    Q_OBJECT
public:
    enum Column { Deal, From, To, Amount, ColumnCount };

    explicit OwnerMoveModel(QObject* parent = nullptr);
    void setMoves(std::vector<OwnerMove> rows, const QString& currency) {
        setRows(std::move(rows), currency);
    }
    const std::vector<OwnerMove>& moves() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace revalign::ui
