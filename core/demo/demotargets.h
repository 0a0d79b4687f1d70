#pragma once

#include "demo/journey.h"

#include <QDate>

namespace revalign {
class DefinitionStore;
}

namespace revalign::demo {

// What the demo company did in its last twelve months, the base of next year's targets.
class TargetStats final {
public:
    TargetStats(qint64 windowStart, qint64 windowEnd)
        : m_from(windowStart)
        , m_to(windowEnd) {}

    void observe(const ContactPlan& contact, bool marketingSourced);
    void addSpend(const CampaignPlan& campaign, qint64 windowFirstDay, qint64 windowLastDay);

    // Writes targets per week, month and quarter into the KPI registry: flows a little above last
    // year's pace, ratios at the levels both teams agreed on. Money in cents like every amount.
    void apply(DefinitionStore& definitions, const QDate& agreedOn, const QString& agreedBy,
               const QString& who) const;

private:
    bool inWindow(qint64 t) const { return t > m_from && t <= m_to; }

    qint64 m_from;
    qint64 m_to;
    double m_leads = 0;
    double m_mqls = 0;
    double m_sqls = 0;
    double m_opportunities = 0;
    double m_pipeline = 0;
    double m_marketingPipeline = 0;
    double m_bookings = 0;
    double m_marketingBookings = 0;
    double m_won = 0;
    double m_wonCycleDays = 0;
    double m_spend = 0;
};

} // namespace revalign::demo
