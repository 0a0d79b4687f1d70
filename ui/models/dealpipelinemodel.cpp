#include "models/dealpipelinemodel.h"

#include "kpiformat.h"
#include "uitext.h"

#include <QLocale>

namespace revalign::ui {

namespace {
QString forecastName(ForecastCategory c) {
    switch (c) {
    case ForecastCategory::Omitted:
        return DealPipelineModel::tr("Omitted");
    case ForecastCategory::Pipeline:
        return DealPipelineModel::tr("Pipeline");
    case ForecastCategory::BestCase:
        return DealPipelineModel::tr("Best case");
    case ForecastCategory::Commit:
        return DealPipelineModel::tr("Commit");
    case ForecastCategory::Closed:
        return DealPipelineModel::tr("Closed");
    }
    return {};
}
} // namespace

DealPipelineModel::DealPipelineModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DealPipelineModel::setReport(DealPipelineReport report, QString currency) {
    beginResetModel();
    m_report = std::move(report);
    m_currency = std::move(currency);
    endResetModel();
}

QString DealPipelineModel::summary() const {
    if (!m_report.reason.isEmpty())
        return builtinText("KpiSupport", m_report.reason);
    const QString source =
        m_report.timeInStage == TimeInStageSource::StageHistory
            ? tr("Time in stage from the imported deal history.")
            : tr("No deal history imported: conversion assumes a deal now in a stage passed the stages "
                 "before "
                 "it, and time in stage is the median age (days since creation) of the deals now in it.");
    return tr("%1 open deals, %2 open, %3 weighted · won %4, lost %5, win rate %6 · %7")
        .arg(QLocale().toString(m_report.openDeals), formatMoney(m_report.openAmount, m_currency, true),
             formatMoney(m_report.weightedAmount, m_currency, true), QLocale().toString(m_report.won),
             QLocale().toString(m_report.lost), formatKpi(m_report.winRate, KpiUnit::Ratio, m_currency),
             source);
}

int DealPipelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_report.stages.size());
}

int DealPipelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealPipelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealStageRow& r = m_report.stages[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Stage || index.column() == Forecast
                   ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !r.defined && index.column() == Stage)
        return tr(
            "No one has defined this deal stage: it has no probability or forecast category of its own.");
    if (role == Qt::UserRole) { // raw values, for sorting and tests
        switch (index.column()) {
        case Deals:
            return r.deals;
        case Amount:
            return r.amount;
        case Weighted:
            return r.weighted;
        case Conversion:
            return r.conversionToNext ? QVariant(*r.conversionToNext) : QVariant();
        case Days:
            return r.medianDays ? QVariant(*r.medianDays) : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale l;
    switch (index.column()) {
    case Stage: {
        const QString name = r.name == u"(no stage)" ? tr("(no stage)") : r.name;
        return r.defined || r.name == u"(no stage)" ? name : tr("%1 (not defined)").arg(name);
    }
    case Deals:
        return l.toString(r.deals);
    case Amount:
        return formatMoney(r.amount, m_currency, false);
    case Weighted:
        return formatMoney(r.weighted, m_currency, false);
    case Conversion:
        return r.closed ? QString() : formatKpi(r.conversionToNext, KpiUnit::Ratio, m_currency);
    case Days:
        return r.closed ? QString() : r.medianDays ? l.toString(*r.medianDays, 'f', 0) : tr("n/a");
    case Probability:
        return r.probability ? formatKpi(r.probability, KpiUnit::Ratio, m_currency) : QString();
    case Forecast:
        return r.defined ? forecastName(r.forecast) : QString();
    }
    return {};
}

QVariant DealPipelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Stage:
        return tr("Deal stage");
    case Deals:
        return tr("Deals");
    case Amount:
        return tr("Amount");
    case Weighted:
        return tr("Weighted");
    case Conversion:
        return tr("To next stage");
    case Days:
        return m_report.timeInStage == TimeInStageSource::StageHistory ? tr("Days in stage (median)")
                                                                       : tr("Age, days (median)");
    case Probability:
        return tr("Probability");
    case Forecast:
        return tr("Forecast category");
    }
    return {};
}

} // namespace revalign::ui
