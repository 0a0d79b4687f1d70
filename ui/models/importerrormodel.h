#pragma once

#include "import/importrecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace revalign::ui {

// Row errors of a dry run or import: file, line, column, value, reason.
class ImportErrorModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, Line, ColumnName, Value, Reason, ColumnCount };
    explicit ImportErrorModel(QObject* parent = nullptr);

    void setErrors(std::vector<RowError> errors);
    const RowError* error(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RowError> m_errors;
};

} // namespace revalign::ui
