#include "models/kpidefinitionmodel.h"

#include "kpiformat.h"

#include "uitext.h"

#include <QLocale>

namespace revalign::ui {

KpiDefinitionModel::KpiDefinitionModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void KpiDefinitionModel::setKpis(std::vector<KpiDefinition> kpis) {
    beginResetModel();
    m_kpis = std::move(kpis);
    endResetModel();
}

const KpiDefinition* KpiDefinitionModel::kpiAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_kpis.size()) ? &m_kpis[static_cast<size_t>(row)] : nullptr;
}

QString KpiDefinitionModel::unitText(KpiUnit unit) {
    switch (unit) {
    case KpiUnit::Count:
        return tr("count");
    case KpiUnit::Ratio:
        return tr("percent");
    case KpiUnit::Money:
        return tr("money");
    case KpiUnit::Hours:
        return tr("hours");
    case KpiUnit::Days:
        return tr("days");
    case KpiUnit::MoneyPerDay:
        return tr("money per day");
    }
    return {};
}

QString KpiDefinitionModel::directionText(KpiDirection direction) {
    return direction == KpiDirection::HigherIsBetter ? tr("higher is better") : tr("lower is better");
}

QString KpiDefinitionModel::targetText(const KpiDefinition& kpi, PeriodKind period) {
    const auto target = kpi.target(period);
    if (!target)
        return tr("—");
    if (kpi.unit == KpiUnit::Ratio)
        return QLocale().toString(*target * 100.0, 'g', 6) + u'%';
    if (kpi.unit == KpiUnit::Money || kpi.unit == KpiUnit::MoneyPerDay) // stored in cents
        return QLocale().toString(*target / 100.0, 'f', 2);
    return QLocale().toString(*target, 'g', 12);
}

QString KpiDefinitionModel::kpiDisplayName(const KpiDefinition& kpi) {
    return builtinText("KpiDefinition", kpi.name);
}

QString KpiDefinitionModel::kpiDisplayFormula(const KpiDefinition& kpi) {
    return builtinText("KpiDefinition", kpi.formula);
}

int KpiDefinitionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_kpis.size());
}

int KpiDefinitionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiDefinitionModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiDefinition& k = m_kpis[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return kpiDisplayName(k);
        case Key:
            return k.key;
        case Team:
            return teamDisplayName(k.team);
        case Unit:
            return unitText(k.unit);
        case Direction:
            return directionText(k.direction);
        case Week:
            return targetText(k, PeriodKind::Week);
        case Month:
            return targetText(k, PeriodKind::Month);
        case Quarter:
            return targetText(k, PeriodKind::Quarter);
        case AgreedOn:
            return k.agreedOn.isValid() ? formatDate(k.agreedOn) : tr("not yet");
        case AgreedBy:
            return k.agreedBy;
        case Formula:
            return kpiDisplayFormula(k);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 (%2)\n%3").arg(kpiDisplayName(k), k.key, kpiDisplayFormula(k));
    case Qt::TextAlignmentRole:
        if (index.column() >= Week && index.column() <= Quarter)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::UserRole:
        switch (index.column()) {
        case Week:
            return k.target(PeriodKind::Week) ? QVariant(*k.target(PeriodKind::Week)) : QVariant();
        case Month:
            return k.target(PeriodKind::Month) ? QVariant(*k.target(PeriodKind::Month)) : QVariant();
        case Quarter:
            return k.target(PeriodKind::Quarter) ? QVariant(*k.target(PeriodKind::Quarter)) : QVariant();
        default:
            return k.key;
        }
    default:
        break;
    }
    return {};
}

QVariant KpiDefinitionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("KPI");
    case Key:
        return tr("Key");
    case Team:
        return tr("Team");
    case Unit:
        return tr("Unit");
    case Direction:
        return tr("Direction");
    case Week:
        return tr("Target / week");
    case Month:
        return tr("Target / month");
    case Quarter:
        return tr("Target / quarter");
    case AgreedOn:
        return tr("Agreed on");
    case AgreedBy:
        return tr("Agreed by");
    case Formula:
        return tr("Formula");
    }
    return {};
}

} // namespace revalign::ui
