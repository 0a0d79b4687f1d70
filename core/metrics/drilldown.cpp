#include "metrics/kpiengine.h"
#include "metrics/kpitotals.h"

#include <set>

namespace revalign {

namespace {
// Which side(s) of a contact-based KPI a contact is on, under the same rules as accumulate().
struct Sides {
    bool numerator = false;
    bool denominator = false;
};

std::optional<Sides> contactSides(const QString& key, const ContactEvents& e, const Window& w) {
    const bool lead = w.all || w.contains(e.leadAt); // all time: every contact, dated or not
    const bool mql = w.contains(e.mqlAt);
    const auto same = [](bool in) { return Sides{in, in}; };
    if (key == u"leads_created")
        return same(lead);
    if (key == u"lead_to_mql_rate")
        return Sides{lead && e.reachedMql, lead};
    if (key == u"lead_to_customer_rate")
        return Sides{lead && e.reachedCustomer, lead};
    if (key == u"mqls" || key == u"cost_per_mql")
        return same(mql);
    if (key == u"mql_acceptance_rate")
        return Sides{mql && e.outcome == MqlOutcome::Accepted, mql && e.outcome != MqlOutcome::Pending};
    if (key == u"mql_rejection_reasons")
        return same(mql && e.outcome == MqlOutcome::Rejected);
    if (key == u"sla_compliance")
        return Sides{mql && e.sla == SlaState::Met,
                     mql && (e.sla == SlaState::Met || e.sla == SlaState::Missed)};
    if (key == u"median_hours_to_first_touch")
        return same(mql && e.hoursToFirstTouch.has_value());
    if (key == u"mql_to_sql_rate")
        return Sides{mql && e.reachedSql, mql};
    if (key == u"sqls")
        return same(w.contains(e.sqlAt));
    return std::nullopt;
}

bool isOpportunityKpi(const QString& key) {
    static const std::set<QString> keys{QStringLiteral("opportunities_created"),
                                        QStringLiteral("pipeline_created"),
                                        QStringLiteral("marketing_sourced_pipeline"),
                                        QStringLiteral("marketing_sourced_revenue"),
                                        QStringLiteral("win_rate"),
                                        QStringLiteral("average_deal_size"),
                                        QStringLiteral("sales_cycle_days"),
                                        QStringLiteral("bookings"),
                                        QStringLiteral("weighted_pipeline"),
                                        QStringLiteral("pipeline_coverage"),
                                        QStringLiteral("sales_velocity")};
    return keys.count(key) != 0;
}

std::optional<Sides> opportunitySides(const QString& key, const OpportunityColumns& o, qsizetype j,
                                      const Window& w) {
    const bool created = w.all || w.contains(o.createdAt[size_t(j)]);
    const bool closedIn = o.closed[size_t(j)] && (w.all || w.containsDay(o.closeDay[size_t(j)]));
    const bool won = closedIn && o.won[size_t(j)];
    const bool marketing = SourcedBy(o.sourcedBy[size_t(j)]) == SourcedBy::Marketing;
    const auto same = [](bool in) { return Sides{in, in}; };
    if (key == u"opportunities_created" || key == u"pipeline_created")
        return same(created);
    if (key == u"marketing_sourced_pipeline")
        return same(created && marketing);
    if (key == u"marketing_sourced_revenue")
        return same(won && marketing);
    if (key == u"win_rate")
        return Sides{won, closedIn};
    if (key == u"average_deal_size" || key == u"sales_cycle_days" || key == u"bookings")
        return same(won);
    if (key == u"weighted_pipeline" || key == u"pipeline_coverage" || key == u"sales_velocity")
        return same(openAtEnd(o, j, w));
    return std::nullopt;
}
} // namespace

DrillDown drillDown(const FactTable& f, const MetricQuery& q, const QString& key, DrillSide side) {
    const ResolvedFilter filter(f, q.filters);
    const DateRange range = effectiveRange(f, q);
    DrillDown out;
    if (!range.isValid() && !q.allTime)
        return out;
    const Window w = queryWindow(f, q);
    const auto pick = [side](const Sides& s) {
        return side == DrillSide::Numerator ? s.numerator : s.denominator;
    };
    // Probe with empty events to learn which kind of record the KPI counts.
    if (contactSides(key, ContactEvents{}, w)) {
        out.kind = DrillDown::Kind::Contacts;
        for (qsizetype i = 0; i < f.contacts.size(); ++i) {
            if (!filter.contact(f, i))
                continue;
            const auto s = contactSides(key, ContactEvents::of(f, i), w);
            if (pick(*s))
                out.ids.push_back(f.contacts.id[size_t(i)]);
        }
    } else if (isOpportunityKpi(key)) {
        out.kind = DrillDown::Kind::Opportunities;
        for (qsizetype j = 0; j < f.opportunities.size(); ++j)
            if (filter.opportunity(f, j) && pick(*opportunitySides(key, f.opportunities, j, w)))
                out.ids.push_back(f.opportunities.id[size_t(j)]);
    }
    std::sort(out.ids.begin(), out.ids.end());
    return out;
}

} // namespace revalign
