#include "models/kpicomparisonmodel.h"

#include "kpiformat.h"
#include "uitext.h"
#include "widgets/kpitile.h"

#include <QApplication>
#include <QPalette>

namespace revalign::ui {

KpiComparisonModel::KpiComparisonModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void KpiComparisonModel::setReport(KpiReport report) {
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

void KpiComparisonModel::setPeriodLabels(const QString& current, const QString& previous) {
    m_currentLabel = current;
    m_previousLabel = previous;
    Q_EMIT headerDataChanged(Qt::Horizontal, Current, Previous);
}

int KpiComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_report.kpis.size());
}

int KpiComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiComparisonModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiValue& v = m_report.kpis[size_t(index.row())];
    const QString& cur = m_report.currency;
    const TargetStatus status = targetStatus(v.value, v.target, v.direction);
    if (role == Qt::ToolTipRole)
        return builtinText("KpiDefinition", v.formula);
    if (role == Qt::TextAlignmentRole && index.column() >= Current)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == Status &&
            (status == TargetStatus::OnTarget || status == TargetStatus::OffTarget))
            return statusColor(status, QApplication::palette());
        if (index.column() == Change) {
            if (const auto good = changeIsGood(v.value, v.previous, v.direction))
                return statusColor(*good ? TargetStatus::OnTarget : TargetStatus::OffTarget,
                                   QApplication::palette());
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return builtinText("KpiDefinition", v.name);
    case Team:
        return teamDisplayName(v.team);
    case Current:
        return formatKpiValue(v.key, v.value, v.unit, cur, false);
    case Previous:
        return formatKpiValue(v.key, v.previous, v.unit, cur, false);
    case Change:
        if (!v.reason.isEmpty())
            return QString();
        // Coverage is a multiple, not a share: its change reads as a relative change, not in points.
        return formatChange(v.value, v.previous, v.key == u"pipeline_coverage" ? KpiUnit::Count : v.unit);
    case Target:
        // Shown only where the status is: a target beside "n/a" reads as if it were being met or missed.
        return status == TargetStatus::OnTarget || status == TargetStatus::OffTarget
                   ? formatKpiValue(v.key, v.target, v.unit, cur, false)
                   : QString();
    case Status:
        return !v.reason.isEmpty() ? builtinText("KpiSupport", v.reason) : statusText(status);
    }
    return {};
}

QVariant KpiComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("KPI");
    case Team:
        return tr("Team");
    case Current:
        return m_currentLabel.isEmpty() ? tr("This period") : m_currentLabel;
    case Previous:
        return m_previousLabel.isEmpty() ? tr("Previous period") : m_previousLabel;
    case Change:
        return tr("Change");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace revalign::ui
