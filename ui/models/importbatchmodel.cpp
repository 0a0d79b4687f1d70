#include "models/importbatchmodel.h"

#include "kpiformat.h"

#include <QLocale>

#include <algorithm>

namespace revalign::ui {

ImportBatchModel::ImportBatchModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportBatchModel::setBatches(std::vector<ImportBatchSummary> batches) {
    beginResetModel();
    m_batches = std::move(batches);
    std::stable_sort(
        m_batches.begin(), m_batches.end(),
        [](const ImportBatchSummary& a, const ImportBatchSummary& b) { return a.id.value() > b.id.value(); });
    endResetModel();
}

int ImportBatchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ImportBatchSummary& b = m_batches[static_cast<size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= New)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case File:
        return b.info.fileName;
    case Profile:
        return b.info.profile;
    case Time:
        return formatDateTime(b.info.importedAt);
    case New:
        return locale.toString(b.counts.added);
    case Updated:
        return locale.toString(b.counts.updated);
    case Unchanged:
        return locale.toString(b.counts.unchanged);
    case Invalid:
        return locale.toString(b.counts.invalid);
    default:
        return {};
    }
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Profile:
        return tr("Profile");
    case Time:
        return tr("Imported");
    case New:
        return tr("New");
    case Updated:
        return tr("Updated");
    case Unchanged:
        return tr("Unchanged");
    case Invalid:
        return tr("Invalid");
    default:
        return {};
    }
}

} // namespace revalign::ui
