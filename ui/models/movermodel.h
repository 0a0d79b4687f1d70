#pragma once

#include "metrics/waterfall.h"

#include <QAbstractTableModel>

#include <vector>

namespace revalign::ui {

// The deals that moved the pipeline most since the last sync, each with why in words
// ("pushed 30 days, amount −40 %").
class MoverModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Deal, Owner, Impact, Why, ColumnCount };

    explicit MoverModel(QObject* parent = nullptr);
    void setMovers(std::vector<Mover> movers, const QString& currency);
    const std::vector<Mover>& movers() const { return m_movers; }
    // "new", "pushed 30 days, amount −40 %", "won"...
    static QString reason(const Mover& mover);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Mover> m_movers;
    QString m_currency;
};

} // namespace revalign::ui
