#include "models/planstepmodel.h"

#include "kpiformat.h"
#include "uitext.h"

#include <QLocale>

#include <cmath>

namespace revalign::ui {

PlanStepModel::PlanStepModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PlanStepModel::setPlan(ReversePlan plan, QString currency) {
    beginResetModel();
    m_plan = std::move(plan);
    m_currency = std::move(currency);
    endResetModel();
}

QString PlanStepModel::stepName(const QString& key) {
    if (key == u"won_deals")
        return tr("Deals won");
    if (key == u"opportunities")
        return tr("Opportunities created");
    if (key == u"pipeline")
        return tr("Pipeline created");
    if (key == u"sqls")
        return tr("SQLs");
    if (key == u"sals")
        return tr("SALs (MQLs accepted)");
    if (key == u"mqls")
        return tr("MQLs");
    return key;
}

int PlanStepModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_plan.steps.size());
}

int PlanStepModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanStepModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanStep& s = m_plan.steps[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Needed ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::UserRole && index.column() == Needed)
        return s.needed ? QVariant(*s.needed) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Step:
        return stepName(s.key);
    case Team:
        return teamDisplayName(s.team);
    case Needed:
        if (!s.needed)
            return tr("n/a");
        // Nobody wins 3.2 deals: counts round up.
        return s.key == u"pipeline" ? formatMoney(*s.needed, m_currency, false)
                                    : QLocale().toString(qint64(std::ceil(*s.needed - 1e-9)));
    case By:
        return formatDate(s.by);
    case Note:
        if (!s.reason.isEmpty())
            return builtinText("KpiSupport", s.reason);
        return s.late ? tr("already late: that day has passed") : QString();
    }
    return {};
}

QVariant PlanStepModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Step:
        return tr("Needed");
    case Team:
        return tr("Team");
    case Needed:
        return tr("How many");
    case By:
        return tr("By");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace revalign::ui
