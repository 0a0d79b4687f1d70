#include "metrics/kpivalues.h"

#include "metrics/stats.h"

namespace revalign {

namespace {
std::optional<double> money(qint64 cents) {
    return double(cents) / 100.0;
}
std::optional<double> count(qint64 n) {
    return double(n);
}
std::optional<double> times(std::optional<double> a, std::optional<double> b) {
    return a && b ? std::optional<double>(*a * *b) : std::nullopt;
}
} // namespace

std::map<QString, std::optional<double>> kpiValues(const KpiTotals& t, std::optional<double> stillToReach) {
    std::map<QString, std::optional<double>> v;
    const auto set = [&v](const char* key, std::optional<double> value) {
        v[QString::fromLatin1(key)] = value;
    };
    set("leads_created", count(t.leads));
    set("mqls", count(t.mqls));
    set("lead_to_mql_rate", ratio(double(t.leadsReachedMql), double(t.leads)));
    set("cost_per_mql", t.campaignCost ? ratio(*t.campaignCost / 100.0, double(t.mqls)) : std::nullopt);
    set("marketing_sourced_pipeline", money(t.marketingPipeline));
    set("marketing_sourced_revenue", money(t.marketingRevenue));
    set("mql_acceptance_rate", ratio(double(t.accepted), double(t.accepted + t.rejected)));
    set("mql_rejection_reasons", count(t.rejected));
    set("sla_compliance", ratio(double(t.slaMet), double(t.slaMet + t.slaMissed)));
    std::vector<float> hours = t.hoursToFirstTouch;
    set("median_hours_to_first_touch", median(hours));
    set("mql_to_sql_rate", ratio(double(t.mqlsReachedSql), double(t.mqls)));
    set("lead_to_customer_rate", ratio(double(t.leadsReachedCustomer), double(t.leads)));
    set("sqls", count(t.sqls));
    set("opportunities_created", count(t.opportunitiesCreated));
    set("pipeline_created", money(t.pipelineCreated));
    const std::optional<double> winRate = ratio(double(t.won), double(t.won + t.lost));
    const std::optional<double> dealSize = ratio(double(t.bookings) / 100.0, double(t.won));
    std::vector<double> cycle = t.cycleDays;
    const std::optional<double> cycleDays = median(cycle);
    set("win_rate", winRate);
    set("average_deal_size", dealSize);
    set("sales_cycle_days", cycleDays);
    const std::optional<double> pipelineValue = times(times(count(t.openAtEnd), winRate), dealSize);
    set("sales_velocity", pipelineValue && cycleDays ? ratio(*pipelineValue, *cycleDays) : std::nullopt);
    set("weighted_pipeline", t.weightedAtEnd / 100.0);
    const double bookings = double(t.bookings) / 100.0;
    set("pipeline_coverage", stillToReach && *stillToReach > 0
                                 ? ratio(double(t.openAmountAtEnd) / 100.0, *stillToReach)
                                 : std::nullopt);
    set("bookings", bookings);
    // Parts the dashboard charts on their own (not registry KPIs): accepted vs rejected MQLs over
    // time, won/lost counts, open pipeline, campaign spend.
    set("mqls_accepted", count(t.accepted));
    set("mqls_rejected", count(t.rejected));
    set("mqls_pending", count(t.pending));
    set("won_count", count(t.won));
    set("lost_count", count(t.lost));
    set("open_pipeline", money(t.openAmountAtEnd));
    set("open_opportunities", count(t.openAtEnd));
    set("campaign_cost", t.campaignCost ? std::optional<double>(*t.campaignCost / 100.0) : std::nullopt);
    return v;
}

std::vector<std::pair<QString, double>> kpiDetail(const FactTable& f, const QString& key,
                                                  const KpiTotals& t) {
    std::vector<std::pair<QString, double>> d;
    const auto add = [&d](const char* name, double value) {
        d.emplace_back(QString::fromLatin1(name), value);
    };
    if (key == u"mql_acceptance_rate") {
        add("accepted", double(t.accepted));
        add("rejected", double(t.rejected));
        add("pending", double(t.pending));
    } else if (key == u"mql_rejection_reasons") {
        for (size_t code = 0; code < t.rejectionsByReason.size(); ++code)
            if (t.rejectionsByReason[code] > 0)
                d.emplace_back(code == 0 ? QStringLiteral("(none)") : f.reasons.name(qint32(code)),
                               double(t.rejectionsByReason[code]));
    } else if (key == u"sla_compliance") {
        add("met", double(t.slaMet));
        add("missed", double(t.slaMissed));
        add("not_due_yet", double(t.slaNotDue));
    } else if (key == u"median_hours_to_first_touch") {
        add("touched", double(t.hoursToFirstTouch.size()));
    } else if (key == u"sales_cycle_days") {
        add("measured", double(t.cycleDays.size()));
        add("left_out_impossible_dates", double(t.cycleLeftOut));
    } else if (key == u"win_rate") {
        add("won", double(t.won));
        add("lost", double(t.lost));
    } else if (key == u"cost_per_mql" && t.campaignCost) {
        add("cost", *t.campaignCost / 100.0);
    } else if (key == u"pipeline_coverage" || key == u"sales_velocity") {
        add("open_opportunities", double(t.openAtEnd));
        add("open_amount", double(t.openAmountAtEnd) / 100.0);
        if (key == u"sales_velocity")
            add("left_out_impossible_dates", double(t.cycleLeftOut));
    }
    return d;
}

} // namespace revalign
