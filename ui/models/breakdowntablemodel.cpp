#include "models/breakdowntablemodel.h"

#include "kpiformat.h"
#include "uitext.h"

#include <algorithm>

namespace revalign::ui {

namespace {
std::optional<double> find(const BreakdownRow& row, const char* key) {
    const auto it = row.values.find(QString::fromLatin1(key));
    return it == row.values.end() ? std::nullopt : it->second;
}
} // namespace

BreakdownTableModel::BreakdownTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void BreakdownTableModel::setRows(std::vector<BreakdownRow> rows, const QString& metric,
                                  const std::vector<KpiDefinition>& kpis, const QString& dimensionName,
                                  const QString& currency) {
    beginResetModel();
    m_metric = metric;
    m_metricName = metric;
    m_metricUnit = KpiUnit::Count;
    for (const KpiDefinition& k : kpis)
        if (k.key == metric) {
            m_metricName = builtinText("KpiDefinition", k.name);
            m_metricUnit = k.unit;
        }
    m_dimension = dimensionName;
    m_currency = currency;
    const auto metricOf = [&](const BreakdownRow& r) {
        const auto it = r.values.find(metric);
        return it == r.values.end() ? std::nullopt : it->second;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const BreakdownRow& a, const BreakdownRow& b) {
        const auto va = metricOf(a), vb = metricOf(b);
        if (va.has_value() != vb.has_value())
            return va.has_value();
        return va && *va > *vb;
    });
    m_rows = std::move(rows);
    endResetModel();
}

int BreakdownTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> BreakdownTableModel::value(const BreakdownRow& row, int column) const {
    switch (column) {
    case Metric: {
        const auto it = row.values.find(m_metric);
        return it == row.values.end() ? std::nullopt : it->second;
    }
    case Opportunities:
        return find(row, "opportunities_created");
    case OpenPipeline:
        return find(row, "open_pipeline");
    case Won:
        return find(row, "won_count");
    case Lost:
        return find(row, "lost_count");
    case Bookings:
        return find(row, "bookings");
    case WinRate:
        return find(row, "win_rate");
    case Commit:
        return row.forecast.cumulative[1];
    case BestCase:
        return row.forecast.cumulative[2];
    case PipelineRollup:
        return row.forecast.cumulative[3];
    }
    return std::nullopt;
}

KpiUnit BreakdownTableModel::unit(int column) const {
    switch (column) {
    case Metric:
        return m_metricUnit;
    case Opportunities:
    case Won:
    case Lost:
        return KpiUnit::Count;
    case WinRate:
        return KpiUnit::Ratio;
    default:
        return KpiUnit::Money;
    }
}

QVariant BreakdownTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BreakdownRow& row = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == Name) {
        if (role == Qt::DisplayRole)
            return row.name == u"(none)" ? tr("(none)") : row.name;
        if (role == Qt::UserRole)
            return row.key;
        return {};
    }
    const std::optional<double> v = value(row, index.column());
    if (role == Qt::UserRole)
        return v ? QVariant(*v) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    return formatKpi(v, unit(index.column()), m_currency, false);
}

QVariant BreakdownTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return m_dimension;
    case Metric:
        return m_metricName;
    case Opportunities:
        return tr("Opportunities");
    case OpenPipeline:
        return tr("Open pipeline");
    case Won:
        return tr("Won");
    case Lost:
        return tr("Lost");
    case Bookings:
        return tr("Bookings");
    case WinRate:
        return tr("Win rate");
    case Commit:
        return tr("Commit roll-up");
    case BestCase:
        return tr("Best case roll-up");
    case PipelineRollup:
        return tr("Pipeline roll-up");
    }
    return {};
}

} // namespace revalign::ui
