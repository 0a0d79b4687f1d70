#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace revalign::ui {

// What every table of the waterfall's value rows shares (slipped and stalled deals, owner and forecast
// moves): the rows and the currency they are shown in, set with one model reset, and counted. Subclasses say
// what a cell shows (data, headerData).
template <typename Row> class RowTableModel : public QAbstractTableModel {
public:
    RowTableModel(int columns, QObject* parent)
        : QAbstractTableModel(parent)
        , m_columns(columns) {}

    void setRows(std::vector<Row> rows, const QString& currency) {
        beginResetModel();
        m_rows = std::move(rows);
        m_currency = currency;
        endResetModel();
    }
    const std::vector<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : m_columns;
    }

protected:
    std::vector<Row> m_rows;
    QString m_currency;

private:
    int m_columns;
};

} // namespace revalign::ui
