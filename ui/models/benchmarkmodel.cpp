#include "models/benchmarkmodel.h"

#include "kpiformat.h"
#include "models/kpidefinitionmodel.h"
#include "uitext.h"

namespace revalign::ui {

BenchmarkModel::BenchmarkModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void BenchmarkModel::setKpis(std::vector<KpiDefinition> kpis, std::vector<KpiBenchmark> benchmarks) {
    beginResetModel();
    m_rows.clear();
    for (const KpiBenchmark& b : benchmarks)
        for (const KpiDefinition& k : kpis)
            if (k.key == b.kpiKey)
                m_rows.push_back({k, b, false});
    endResetModel();
}

std::vector<KpiDefinition> BenchmarkModel::adopted(const QString& who, const QDate& day) const {
    std::vector<KpiDefinition> out;
    for (const Row& r : m_rows)
        if (r.ticked)
            out.push_back(withBenchmark(r.kpi, r.benchmark, who, day));
    return out;
}

int BenchmarkModel::tickedCount() const {
    int n = 0;
    for (const Row& r : m_rows)
        n += r.ticked;
    return n;
}

int BenchmarkModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchmarkModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchmarkModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[size_t(index.row())];
    if (role == Qt::CheckStateRole && index.column() == Kpi)
        return r.ticked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::UserRole && index.column() == Suggested)
        return r.benchmark.value;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kpi:
        return KpiDefinitionModel::kpiDisplayName(r.kpi);
    case Suggested:
        return formatKpiValue(r.kpi.key, r.benchmark.value, r.kpi.unit, QString(), false);
    case Current: {
        const auto t = r.kpi.target(PeriodKind::Month);
        return t ? formatKpiValue(r.kpi.key, t, r.kpi.unit, QString(), false) : tr("none");
    }
    case Basis:
        return builtinText("KpiBenchmark", r.benchmark.basis);
    }
    return {};
}

bool BenchmarkModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Kpi ||
        role != Qt::CheckStateRole)
        return false;
    m_rows[size_t(index.row())].ticked = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags BenchmarkModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Kpi)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant BenchmarkModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kpi:
        return tr("Adopt for KPI");
    case Suggested:
        return tr("Suggested target");
    case Current:
        return tr("Current target (month)");
    case Basis:
        return tr("Where the number comes from");
    }
    return {};
}

} // namespace revalign::ui
