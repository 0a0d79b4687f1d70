#pragma once

#include "metrics/attribution.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// Every attribution model side by side: one row per key (channel, campaign, team or persona), column 0 the
// key, then one column of credit per model (currency units). Rows follow the selected model's credit,
// largest first, so the chart's categories read like the table. Feeds the table and, through
// QVBarModelMapper, the bar chart.
class AttributionComparisonModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kKeyColumn = 0;

    explicit AttributionComparisonModel(QObject* parent = nullptr);
    void setResults(std::vector<AttributionResult> results);
    void setSelectedModel(AttributionModel model);
    AttributionModel selectedModel() const { return m_selected; }
    // The column holding a model's credit.
    static int columnOf(AttributionModel model);
    qint64 total() const { return m_results.empty() ? 0 : m_results.front().total; }
    qint64 opportunities() const { return m_results.empty() ? 0 : m_results.front().opportunities; }
    // Credit in cents of a row under a model (0 when the model gave that key nothing).
    qint64 credit(int row, AttributionModel model) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sortRows();

    std::vector<AttributionResult> m_results; // allAttributionModels() order
    QStringList m_keys;
    std::vector<std::vector<qint64>> m_credit; // [row][model]
    AttributionModel m_selected = AttributionModel::Linear;
};

} // namespace revalign::ui
