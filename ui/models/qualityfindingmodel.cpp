#include "models/qualityfindingmodel.h"

#include "kpiformat.h"
#include "uitext.h"

#include <QLocale>

namespace revalign::ui {

QualityFindingModel::QualityFindingModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void QualityFindingModel::setReport(QualityReport report) {
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

const QualityFinding* QualityFindingModel::findingAt(int row) const {
    return row >= 0 && size_t(row) < m_report.findings.size() ? &m_report.findings[size_t(row)] : nullptr;
}

int QualityFindingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_report.findings.size());
}

int QualityFindingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualityFindingModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QualityFinding& f = m_report.findings[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Records || index.column() == Share
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        if (index.column() == Records)
            return f.count;
        if (index.column() == Share)
            return f.share() ? QVariant(*f.share()) : QVariant();
        return f.key;
    }
    if (role == Qt::ToolTipRole)
        return builtinText("DataQuality", f.effect);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale l;
    switch (index.column()) {
    case Finding:
        return builtinText("DataQuality", f.title);
    case Records: {
        const QString records =
            f.kind == RecordKind::Contacts ? tr("%1 of %2 contacts") : tr("%1 of %2 deals");
        QString text = records.arg(l.toString(f.count), l.toString(f.checked));
        if (f.groups > 0)
            text += QStringLiteral(" · ") + tr("%n people", nullptr, int(f.groups));
        return text;
    }
    case Share:
        return formatKpi(f.share(), KpiUnit::Ratio, QString());
    case Effect:
        return builtinText("DataQuality", f.effect);
    }
    return {};
}

QVariant QualityFindingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Finding:
        return tr("Finding");
    case Records:
        return tr("Records");
    case Share:
        return tr("Share");
    case Effect:
        return tr("What the figures do about it");
    }
    return {};
}

} // namespace revalign::ui
