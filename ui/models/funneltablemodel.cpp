#include "models/funneltablemodel.h"

#include "kpiformat.h"
#include "uitext.h"

#include <QLocale>

namespace revalign::ui {

namespace {
QString days(std::optional<double> d) {
    return d ? QLocale().toString(*d, 'f', 1) : FunnelTableModel::tr("n/a");
}
} // namespace

FunnelTableModel::FunnelTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void FunnelTableModel::setReport(FunnelReport report, QStringList stageNames, std::vector<Slice> slices) {
    beginResetModel();
    m_report = std::move(report);
    m_names = std::move(stageNames);
    m_slices = std::move(slices);
    endResetModel();
}

int FunnelTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_report.stages.size());
}

int FunnelTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FixedColumns + int(m_slices.size());
}

QVariant FunnelTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const size_t row = size_t(index.row());
    const FunnelStageRow& s = m_report.stages[row];
    const StageAgeing* age = row < m_report.ageing.size() ? &m_report.ageing[row] : nullptr;
    const QLocale l;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Stage ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole && index.column() == Count)
        return s.count;
    if (role == Qt::ToolTipRole && !s.reason.isEmpty())
        return builtinText("KpiSupport", s.reason);
    if (role == Qt::ToolTipRole && s.immature)
        return tr("This cohort is younger than it usually takes to get here: the count will still grow.");
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() >= FixedColumns) {
        const Slice& slice = m_slices[size_t(index.column() - FixedColumns)];
        if (row >= slice.report.stages.size())
            return {};
        const FunnelStageRow& r = slice.report.stages[row];
        return QStringLiteral("%1 (%2)").arg(l.toString(r.count),
                                             formatKpi(r.cumulativeRate, KpiUnit::Ratio, QString()));
    }
    switch (index.column()) {
    case Stage:
        return QString(m_names.value(index.row(), s.name) + (s.immature ? tr(" (maturing)") : QString()));
    case Count:
        return s.reason.isEmpty() ? l.toString(s.count) : tr("n/a");
    case NextStep:
        return row == 0 ? QStringLiteral("—") : formatKpi(s.nextStepRate, KpiUnit::Ratio, QString());
    case Cumulative:
        return formatKpi(s.cumulativeRate, KpiUnit::Ratio, QString());
    case MedianDays:
        return row == 0 ? QStringLiteral("—") : days(s.medianDaysFromPrevious);
    case P90Days:
        return row == 0 ? QStringLiteral("—") : days(s.p90DaysFromPrevious);
    case OpenNow:
        return age ? l.toString(age->open) : QStringLiteral("—");
    case MedianAge:
        return age ? days(age->medianAgeDays) : QStringLiteral("—");
    case Age0to7:
    case Age8to30:
    case Age31to90:
    case AgeOver90:
        return age ? l.toString(age->buckets[size_t(index.column() - Age0to7)]) : QStringLiteral("—");
    }
    return {};
}

QVariant FunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section >= FixedColumns && section < columnCount())
        return m_slices[size_t(section - FixedColumns)].name;
    switch (section) {
    case Stage:
        return tr("Stage");
    case Count:
        return m_report.mode == FunnelMode::Cohort ? tr("Reached") : tr("Entered");
    case NextStep:
        return tr("Next-step rate");
    case Cumulative:
        return tr("Cumulative rate");
    case MedianDays:
        return tr("Median days from previous");
    case P90Days:
        return tr("90th pct days");
    case OpenNow:
        return tr("Open in stage");
    case MedianAge:
        return tr("Median age (days)");
    case Age0to7:
        return tr("0–7 d");
    case Age8to30:
        return tr("8–30 d");
    case Age31to90:
        return tr("31–90 d");
    case AgeOver90:
        return tr("> 90 d");
    }
    return {};
}

} // namespace revalign::ui
