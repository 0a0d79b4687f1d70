#pragma once

#include "metrics/waterfall.h"

#include <QAbstractTableModel>

#include <vector>

namespace revalign::ui {

// The deals behind one bar of the waterfall (or all of them): what each added or took away, and the
// deal before (at A) and after (at B).
class WaterfallDealModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Deal,
        Owner,
        Change,
        AmountBefore,
        AmountAfter,
        CloseBefore,
        CloseAfter,
        Stage,
        ColumnCount
    };

    explicit WaterfallDealModel(QObject* parent = nullptr);
    void setChanges(std::vector<WaterfallChange> changes, const QString& currency);
    const std::vector<WaterfallChange>& changes() const { return m_changes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<WaterfallChange> m_changes;
    QString m_currency;
};

} // namespace revalign::ui
