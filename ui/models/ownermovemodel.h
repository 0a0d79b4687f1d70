#pragma once

#include "metrics/waterfall.h"

#include <QAbstractTableModel>

#include <vector>

namespace revalign::ui {

// Deals that changed hands since the last sync (Waterfall::ownerMoves, `changes --json` "owner_moves"):
// they do not move the pipeline, so they are listed apart. Qt::EditRole gives the raw figure of a cell.
class OwnerMoveModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Deal, From, To, Amount, ColumnCount };

    explicit OwnerMoveModel(QObject* parent = nullptr);
    void setMoves(std::vector<OwnerMove> moves, const QString& currency);
    const std::vector<OwnerMove>& moves() const { return m_moves; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<OwnerMove> m_moves;
    QString m_currency;
};

} // namespace revalign::ui
