#pragma once

#include "domain/kpibenchmark.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// Suggested benchmarks beside the workspace's current targets, each to tick for adoption. Nothing is
// ticked at first: a target is adopted only by choice.
class BenchmarkModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kpi, Suggested, Current, Basis, ColumnCount };

    explicit BenchmarkModel(QObject* parent = nullptr);
    // The benchmarks for the KPIs the workspace has (others are left out).
    void setKpis(std::vector<KpiDefinition> kpis, std::vector<KpiBenchmark> benchmarks);
    // The ticked KPIs with the benchmark as their target, agreed by `who` on `day`.
    std::vector<KpiDefinition> adopted(const QString& who, const QDate& day) const;
    int tickedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        KpiDefinition kpi;
        KpiBenchmark benchmark;
        bool ticked = false;
    };
    std::vector<Row> m_rows;
};

} // namespace revalign::ui
