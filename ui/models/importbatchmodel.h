#pragma once

#include "store/importstore.h"

#include <QAbstractTableModel>

#include <vector>

namespace revalign::ui {

// The workspace's import batches, newest first: file, profile, time and counts.
class ImportBatchModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, Profile, Time, New, Updated, Unchanged, Invalid, ColumnCount };
    explicit ImportBatchModel(QObject* parent = nullptr);

    void setBatches(std::vector<ImportBatchSummary> batches);
    const std::vector<ImportBatchSummary>& batches() const { return m_batches; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportBatchSummary> m_batches;
};

} // namespace revalign::ui
