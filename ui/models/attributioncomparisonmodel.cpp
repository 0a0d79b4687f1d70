#include "models/attributioncomparisonmodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace revalign::ui {

AttributionComparisonModel::AttributionComparisonModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int AttributionComparisonModel::columnOf(AttributionModel model) {
    const std::vector<AttributionModel>& all = allAttributionModels();
    return int(std::find(all.begin(), all.end(), model) - all.begin()) + 1;
}

void AttributionComparisonModel::setResults(std::vector<AttributionResult> results) {
    beginResetModel();
    m_results = std::move(results);
    m_keys.clear();
    m_credit.clear();
    QHash<QString, int> rowOf;
    for (size_t m = 0; m < m_results.size(); ++m) {
        for (const AttributionRow& r : m_results[m].rows) {
            auto it = rowOf.constFind(r.key);
            if (it == rowOf.constEnd()) {
                it = rowOf.insert(r.key, int(m_keys.size()));
                m_keys << r.key;
                m_credit.emplace_back(m_results.size(), 0);
            }
            m_credit[size_t(*it)][m] = r.credit;
        }
    }
    sortRows();
    endResetModel();
}

void AttributionComparisonModel::setSelectedModel(AttributionModel model) {
    if (model == m_selected)
        return;
    beginResetModel(); // rows re-sort by the selected model
    m_selected = model;
    sortRows();
    endResetModel();
}

void AttributionComparisonModel::sortRows() {
    const auto m = size_t(columnOf(m_selected) - 1);
    std::vector<int> order(size_t(m_keys.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const qint64 ca = m < m_credit[size_t(a)].size() ? m_credit[size_t(a)][m] : 0;
        const qint64 cb = m < m_credit[size_t(b)].size() ? m_credit[size_t(b)][m] : 0;
        return ca != cb ? ca > cb : m_keys[a] < m_keys[b];
    });
    QStringList keys;
    std::vector<std::vector<qint64>> credit;
    for (const int i : order) {
        keys << m_keys[i];
        credit.push_back(std::move(m_credit[size_t(i)]));
    }
    m_keys = std::move(keys);
    m_credit = std::move(credit);
}

qint64 AttributionComparisonModel::credit(int row, AttributionModel model) const {
    const auto m = size_t(columnOf(model) - 1);
    return row >= 0 && row < m_keys.size() && m < m_credit[size_t(row)].size() ? m_credit[size_t(row)][m] : 0;
}

int AttributionComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_keys.size());
}

int AttributionComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(allAttributionModels().size()) + 1;
}

QVariant AttributionComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const int column = index.column();
    if (column == kKeyColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(m_keys[index.row()])
                                                                  : QVariant();
    const AttributionModel model = allAttributionModels()[size_t(column - 1)];
    const qint64 cents = credit(index.row(), model);
    switch (role) {
    case Qt::DisplayRole:
        // A number, not text: QVBarModelMapper reads it for the bar heights.
        return double(cents) / 100.0;
    case Qt::ToolTipRole: {
        const qint64 total = this->total();
        return tr("%1 under %2: %3 (%4% of %5)")
            .arg(m_keys[index.row()], displayName(model), QLocale().toString(double(cents) / 100.0, 'f', 2),
                 total != 0 ? QLocale().toString(100.0 * double(cents) / double(total), 'f', 1)
                            : QStringLiteral("n/a"),
                 QLocale().toString(double(total) / 100.0, 'f', 2));
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (model == m_selected) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant AttributionComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == kKeyColumn)
        return tr("Key");
    if (section >= 1 && section <= int(allAttributionModels().size()))
        return displayName(allAttributionModels()[size_t(section - 1)]);
    return {};
}

} // namespace revalign::ui
