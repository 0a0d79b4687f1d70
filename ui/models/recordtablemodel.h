#pragma once

#include "store/recordstore.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// The records behind a figure, as text, for the drill-down table (sorted/filtered by a proxy).
class RecordTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit RecordTableModel(QObject* parent = nullptr);
    void setTable(RecordTable table);
    const RecordTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RecordTable m_table;
};

} // namespace revalign::ui
