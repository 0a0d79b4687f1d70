#include "demo/demotargets.h"

#include "store/definitionstore.h"

#include <algorithm>
#include <cmath>

namespace revalign::demo {

void TargetStats::observe(const ContactPlan& c, bool marketingSourced) {
    m_leads += inWindow(c.stage[Lead]) ? 1 : 0;
    m_mqls += inWindow(c.stage[Mql]) ? 1 : 0;
    m_sqls += inWindow(c.stage[Sql]) ? 1 : 0;
    if (inWindow(c.stage[Opportunity])) {
        m_opportunities += 1;
        m_pipeline += static_cast<double>(c.amountCents);
        m_marketingPipeline += marketingSourced ? static_cast<double>(c.amountCents) : 0;
    }
    if (c.deal == DealOutcome::Won && inWindow(c.closeAt)) {
        m_won += 1;
        m_bookings += static_cast<double>(c.amountCents);
        m_marketingBookings += marketingSourced ? static_cast<double>(c.amountCents) : 0;
        m_wonCycleDays += static_cast<double>(c.closeAt - c.stage[Opportunity]) / 86400.0;
    }
}

void TargetStats::addSpend(const CampaignPlan& c, qint64 firstDay, qint64 lastDay) {
    const qint64 from = std::max(firstDay, c.firstDay);
    const qint64 to = std::min(lastDay, c.lastDay);
    if (to >= from)
        m_spend += static_cast<double>(c.costCents) * static_cast<double>(to - from + 1) /
                   static_cast<double>(c.lastDay - c.firstDay + 1);
}

void TargetStats::apply(DefinitionStore& definitions, const QDate& agreedOn, const QString& agreedBy,
                        const QString& who) const {
    const auto count = [](double v) { return std::max(1.0, std::round(v)); };
    // Money targets are stored in cents like every amount in the workspace (rounded to whole $100).
    const auto money = [](double cents) { return std::max(10000.0, std::round(cents / 10000.0) * 10000.0); };
    const auto ratio = [](double v) { return std::round(v * 100.0) / 100.0; };
    // A flow KPI: per week / month / quarter, `growth` above the last twelve months' pace.
    const auto flow = [](double perYear, double growth, auto round) {
        return std::map<PeriodKind, double>{{PeriodKind::Week, round(perYear * growth / 52.0)},
                                            {PeriodKind::Month, round(perYear * growth / 12.0)},
                                            {PeriodKind::Quarter, round(perYear * growth / 4.0)}};
    };
    const auto level = [](double value) {
        return std::map<PeriodKind, double>{
            {PeriodKind::Week, value}, {PeriodKind::Month, value}, {PeriodKind::Quarter, value}};
    };
    std::map<QString, std::map<PeriodKind, double>> targets{
        {QStringLiteral("leads_created"), flow(m_leads, 1.1, count)},
        {QStringLiteral("mqls"), flow(m_mqls, 1.1, count)},
        {QStringLiteral("sqls"), flow(m_sqls, 1.1, count)},
        {QStringLiteral("opportunities_created"), flow(m_opportunities, 1.1, count)},
        {QStringLiteral("pipeline_created"), flow(m_pipeline, 1.15, money)},
        {QStringLiteral("marketing_sourced_pipeline"), flow(m_marketingPipeline, 1.15, money)},
        {QStringLiteral("marketing_sourced_revenue"), flow(m_marketingBookings, 1.15, money)},
        {QStringLiteral("bookings"), flow(m_bookings, 1.2, money)},
        {QStringLiteral("mql_acceptance_rate"), level(0.5)},
        {QStringLiteral("sla_compliance"), level(0.9)},
        {QStringLiteral("median_hours_to_first_touch"), level(8)},
        {QStringLiteral("win_rate"), level(0.25)},
        {QStringLiteral("pipeline_coverage"), level(3.0)},
    };
    if (m_leads > 0)
        targets[QStringLiteral("lead_to_mql_rate")] = level(ratio(std::min(0.95, m_mqls / m_leads * 1.1)));
    if (m_mqls > 0) {
        targets[QStringLiteral("mql_to_sql_rate")] = level(ratio(std::min(0.95, m_sqls / m_mqls * 1.1)));
        targets[QStringLiteral("cost_per_mql")] = level(money(m_spend / m_mqls * 0.9));
    }
    if (m_won > 0) {
        targets[QStringLiteral("average_deal_size")] = level(money(m_bookings / m_won * 1.05));
        targets[QStringLiteral("sales_cycle_days")] = level(std::round(m_wonCycleDays / m_won * 0.9));
    }
    for (KpiDefinition kpi : definitions.kpiDefinitions()) {
        const auto it = targets.find(kpi.key);
        if (it == targets.end())
            continue;
        kpi.targets = it->second;
        kpi.agreedOn = agreedOn;
        kpi.agreedBy = agreedBy;
        definitions.updateKpiDefinition(kpi, who, QStringLiteral("Annual planning: targets for the year"));
    }
}

} // namespace revalign::demo
