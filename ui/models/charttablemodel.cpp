#include "models/charttablemodel.h"

#include <QLocale>

#include <algorithm>

namespace revalign::ui {

ChartTableModel::ChartTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ChartTableModel::setTable(QStringList categories, QStringList series,
                               std::vector<std::vector<double>> values, double scale) {
    Q_ASSERT(values.size() == size_t(series.size()));
    beginResetModel();
    m_categories = std::move(categories);
    m_series = std::move(series);
    m_values = std::move(values);
    for (auto& column : m_values)
        column.resize(size_t(m_categories.size()), 0.0);
    m_scale = scale > 0 ? scale : 1.0;
    endResetModel();
}

double ChartTableModel::rawValue(int series, int category) const {
    if (series < 0 || size_t(series) >= m_values.size() || category < 0 || category >= m_categories.size())
        return 0;
    return m_values[size_t(series)][size_t(category)];
}

double ChartTableModel::maxStackedValue() const {
    double best = 0;
    for (qsizetype c = 0; c < m_categories.size(); ++c) {
        double sum = 0;
        for (const auto& column : m_values)
            sum += std::max(0.0, column[size_t(c)]);
        best = std::max(best, sum);
    }
    return best;
}

int ChartTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_categories.size());
}

int ChartTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_series.size());
}

QVariant ChartTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const double raw = m_values[size_t(index.column())][size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return raw / m_scale;
    case Qt::UserRole:
        return raw;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2: %3")
            .arg(m_categories[index.row()], m_series[index.column()],
                 QLocale().toString(raw, 'f', raw == qint64(raw) ? 0 : 2));
    default:
        return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_series.size() ? QVariant(m_series[section]) : QVariant();
    return section >= 0 && section < m_categories.size() ? QVariant(m_categories[section]) : QVariant();
}

} // namespace revalign::ui
