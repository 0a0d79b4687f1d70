#include "metrics/kpisupport.h"

#include <QCoreApplication>

#include <initializer_list>

namespace revalign {

namespace {
// One kind of fact a KPI can need.
enum class Need {
    Contacts,
    MqlDates,
    LeadsBeforeMql,
    SqlDates,
    CustomerDates,
    HandoffDecisions,
    HandoffResponses,
    FirstTouches,
    MqlSla,
    CampaignCosts,
    CostAttributable,
    Deals,
    DealCreated,
    ClosedDeals,
    WonDeals,
    DealSources,
    BookingsTarget,
};

QString text(const char* source) {
    return QString::fromUtf8(source);
}

QString reasonOf(Need need) {
    switch (need) {
    case Need::Contacts:
        return noLeadDataReason();
    case Need::MqlDates:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no MQL or later stage dates in this workspace"));
    case Need::LeadsBeforeMql:
        return text(QT_TRANSLATE_NOOP("KpiSupport",
                                      "every contact in this workspace is an MQL or later: the leads that "
                                      "did not become MQLs are not in the data"));
    case Need::SqlDates:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no SQL or later stage dates in this workspace"));
    case Need::CustomerDates:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no customer stage dates in this workspace"));
    case Need::HandoffDecisions:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no handoff decisions in this workspace"));
    case Need::HandoffResponses:
        return text(
            QT_TRANSLATE_NOOP("KpiSupport", "no handoff decisions or first sales touches in this workspace"));
    case Need::FirstTouches:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no first sales touches in this workspace"));
    case Need::MqlSla:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no SLA is set on the MQL stage"));
    case Need::CampaignCosts:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no campaign costs in this workspace"));
    case Need::CostAttributable:
        return text(QT_TRANSLATE_NOOP("KpiSupport",
                                      "campaign cost cannot be split by persona, owner, team or segment"));
    case Need::Deals:
        return noDealDataReason();
    case Need::DealCreated:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no deal creation dates in this workspace"));
    case Need::ClosedDeals:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no closed deals in this workspace"));
    case Need::WonDeals:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no won deals in this workspace"));
    case Need::DealSources:
        return text(
            QT_TRANSLATE_NOOP("KpiSupport", "no deal sources (marketing, sales, partner) in this workspace"));
    case Need::BookingsTarget:
        return text(QT_TRANSLATE_NOOP("KpiSupport", "no bookings target agreed for this period kind"));
    }
    return {};
}

bool has(const FactTable& f, Need need, const MetricFilters& filters) {
    const DataPresence& p = f.presence;
    switch (need) {
    case Need::Contacts:
        return p.contacts > 0;
    case Need::MqlDates:
        return f.stageOf.mql >= 0 && p.reachedMqlWithDate > 0;
    case Need::LeadsBeforeMql:
        return p.stoppedBeforeMql > 0;
    case Need::SqlDates:
        return f.stageOf.sql >= 0 && p.reachedSqlWithDate > 0;
    case Need::CustomerDates:
        return f.stageOf.customer >= 0 && p.customersWithDate > 0;
    case Need::HandoffDecisions:
        return p.handoffDecisions > 0;
    case Need::HandoffResponses:
        return p.handoffResponses > 0;
    case Need::FirstTouches:
        return p.firstSalesTouches > 0;
    case Need::MqlSla:
        return f.stageOf.mql >= 0 && f.stages[size_t(f.stageOf.mql)].slaHours.has_value();
    case Need::CampaignCosts:
        return p.campaignsWithCost > 0;
    case Need::CostAttributable:
        return filters.personas.isEmpty() && filters.owners.isEmpty() && filters.teams.isEmpty() &&
               filters.segments.isEmpty();
    case Need::Deals:
        return p.opportunities > 0;
    case Need::DealCreated:
        return p.opportunitiesCreated > 0;
    case Need::ClosedDeals:
        return p.closedDeals > 0;
    case Need::WonDeals:
        return p.wonDeals > 0;
    case Need::DealSources:
        return p.sourcedDeals > 0;
    case Need::BookingsTarget:
        return true; // depends on the period kind: kpiengine says so itself
    }
    return true;
}

QString firstMissing(const FactTable& f, std::initializer_list<Need> needs, const MetricFilters& filters) {
    for (const Need n : needs)
        if (!has(f, n, filters))
            return reasonOf(n);
    return {};
}
} // namespace

QString noLeadDataReason() {
    return text(QT_TRANSLATE_NOOP("KpiSupport", "no lead data in this workspace"));
}

QString noStageDatesReason() {
    return text(QT_TRANSLATE_NOOP("KpiSupport", "no dates for this stage or a later one in this workspace"));
}

QString noDealDataReason() {
    return text(QT_TRANSLATE_NOOP("KpiSupport", "no deal data in this workspace"));
}

QString unsupportedReason(const FactTable& f, const QString& key, const MetricFilters& filters) {
    using N = Need;
    const auto need = [&](std::initializer_list<Need> needs) { return firstMissing(f, needs, filters); };
    if (key == u"leads_created")
        return need({N::Contacts});
    if (key == u"mqls")
        return need({N::Contacts, N::MqlDates});
    if (key == u"lead_to_mql_rate")
        return need({N::Contacts, N::MqlDates, N::LeadsBeforeMql});
    if (key == u"cost_per_mql")
        return need({N::Contacts, N::MqlDates, N::CampaignCosts, N::CostAttributable});
    if (key == u"marketing_sourced_pipeline")
        return need({N::Deals, N::DealCreated, N::DealSources});
    if (key == u"marketing_sourced_revenue")
        return need({N::Deals, N::WonDeals, N::DealSources});
    if (key == u"mql_acceptance_rate" || key == u"mql_rejection_reasons")
        return need({N::Contacts, N::MqlDates, N::HandoffDecisions});
    if (key == u"sla_compliance")
        return need({N::Contacts, N::MqlDates, N::MqlSla, N::HandoffResponses});
    if (key == u"median_hours_to_first_touch")
        return need({N::Contacts, N::MqlDates, N::FirstTouches});
    if (key == u"mql_to_sql_rate")
        return need({N::Contacts, N::MqlDates, N::SqlDates});
    if (key == u"lead_to_customer_rate")
        return need({N::Contacts, N::CustomerDates});
    if (key == u"sqls")
        return need({N::Contacts, N::SqlDates});
    if (key == u"opportunities_created" || key == u"pipeline_created")
        return need({N::Deals, N::DealCreated});
    if (key == u"win_rate")
        return need({N::Deals, N::ClosedDeals});
    if (key == u"average_deal_size")
        return need({N::Deals, N::WonDeals});
    if (key == u"sales_cycle_days")
        return need({N::Deals, N::WonDeals, N::DealCreated});
    if (key == u"sales_velocity")
        return need({N::Deals, N::ClosedDeals, N::WonDeals, N::DealCreated});
    if (key == u"weighted_pipeline" || key == u"pipeline_coverage" || key == u"bookings")
        return need({N::Deals});
    return text(QT_TRANSLATE_NOOP("KpiSupport", "RevAlign does not compute this custom KPI"));
}

QString unsupportedPartReason(const FactTable& f, const QString& key, const MetricFilters& filters) {
    if (key == u"mqls_accepted" || key == u"mqls_rejected" || key == u"mqls_pending")
        return unsupportedReason(f, QStringLiteral("mql_acceptance_rate"), filters);
    if (key == u"won_count" || key == u"lost_count")
        return unsupportedReason(f, QStringLiteral("win_rate"), filters);
    if (key == u"open_pipeline" || key == u"open_opportunities")
        return unsupportedReason(f, QStringLiteral("weighted_pipeline"), filters);
    if (key == u"campaign_cost")
        return firstMissing(f, {Need::CampaignCosts, Need::CostAttributable}, filters);
    return unsupportedReason(f, key, filters);
}

QString noBookingsTargetReason() {
    return reasonOf(Need::BookingsTarget);
}

QString impossibleCycleReason() {
    return text(QT_TRANSLATE_NOOP("KpiSupport",
                                  "every won deal here has impossible dates (closed before created, or won "
                                  "before its contact was first seen): see Data quality"));
}

QString bookingsTargetMetReason() {
    return text(QT_TRANSLATE_NOOP("KpiSupport", "the bookings target is already met"));
}

} // namespace revalign
