#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace revalign::ui {

// The numbers behind one chart: rows are categories (periods, personas...), columns are series. Qt Charts
// reads it through a bar model mapper, and the same model can feed a table, so a chart never holds data
// of its own. Display values are divided by `scale` (e.g. 1e6 for "USD, millions"); Qt::UserRole gives
// the raw value.
class ChartTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ChartTableModel(QObject* parent = nullptr);

    // values[series][category]
    void setTable(QStringList categories, QStringList series, std::vector<std::vector<double>> values,
                  double scale = 1.0);
    const QStringList& categories() const { return m_categories; }
    const QStringList& seriesNames() const { return m_series; }
    double rawValue(int series, int category) const;
    double scale() const { return m_scale; }
    double maxStackedValue() const; // largest category total, raw

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_categories;
    QStringList m_series;
    std::vector<std::vector<double>> m_values;
    double m_scale = 1.0;
};

} // namespace revalign::ui
