#pragma once

#include "import/errorgroups.h"

#include <QAbstractTableModel>

#include <vector>

namespace revalign::ui {

// The problems of a dry run or import, one row per (file, column, reason, value) with how many rows
// have it and the first lines: a million bad rows are a handful of rows here, and every one is counted.
class ImportErrorModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, ColumnName, Value, Rows, Reason, Lines, ColumnCount };
    explicit ImportErrorModel(QObject* parent = nullptr);

    void setGroups(std::vector<ErrorGroup> groups);
    const ErrorGroup* group(int row) const;
    // All problems the groups count (a row can have several).
    qint64 problemCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "4, 9, 17, … (first 20 of 2,089)" in the user's locale.
    static QString linesText(const ErrorGroup& group);

private:
    std::vector<ErrorGroup> m_groups;
};

} // namespace revalign::ui
