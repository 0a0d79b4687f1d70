#include "domain/kpidefinition.h"

#include <QCoreApplication>

namespace revalign {

std::optional<double> KpiDefinition::target(PeriodKind period) const {
    const auto it = targets.find(period);
    return it == targets.end() ? std::nullopt : std::optional<double>(it->second);
}

std::vector<KpiDefinition> defaultKpiDefinitions() {
    // Stored in English, the source language; the UI shows the translation of any name or formula that
    // still equals a built-in source string (ui/uitext.h builtinText), so edited text stays as written.
    const auto text = [](const char* source) { return QString::fromUtf8(source); };
    using U = KpiUnit;
    using D = KpiDirection;
    const auto def = [&](const char* key, const char* name, Team team, const char* formula, U unit,
                         D direction = D::HigherIsBetter) {
        // No targets: a target is something both teams agree on (suggestedBenchmarks() offers some).
        return KpiDefinition{QString::fromLatin1(key),
                             text(name),
                             team,
                             text(formula),
                             unit,
                             direction,
                             {},
                             QDate(),
                             QString()};
    };
    return {
        def("leads_created", QT_TRANSLATE_NOOP("KpiDefinition", "Leads created"), Team::Marketing,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Contacts that entered the Lead stage in the period (its recorded date, else the contact's "
                "creation date)."),
            U::Count),
        def("mqls", QT_TRANSLATE_NOOP("KpiDefinition", "MQLs"), Team::Marketing,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Contacts that entered the MQL stage in the period. A contact that reached a later stage "
                "without an MQL date counts as having passed MQL at that later stage's date."),
            U::Count),
        def("lead_to_mql_rate", QT_TRANSLATE_NOOP("KpiDefinition", "Lead → MQL rate"), Team::Marketing,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Of the leads created in the period, the share that have reached MQL (or any later stage) so "
                "far."),
            U::Ratio),
        def("cost_per_mql", QT_TRANSLATE_NOOP("KpiDefinition", "Cost per MQL"), Team::Marketing,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Campaign cost falling in the period (spread evenly over each campaign's days; a campaign "
                "with "
                "one date puts it all on that day, one without dates is left out) ÷ MQLs in the period. Cost "
                "is "
                "known by channel and campaign only: n/a when filtered by persona, owner, team or segment."),
            U::Money, D::LowerIsBetter),
        def("marketing_sourced_pipeline", QT_TRANSLATE_NOOP("KpiDefinition", "Marketing-sourced pipeline"),
            Team::Marketing,
            QT_TRANSLATE_NOOP("KpiDefinition",
                              "Amount of opportunities created in the period whose source is marketing."),
            U::Money),
        def("marketing_sourced_revenue", QT_TRANSLATE_NOOP("KpiDefinition", "Marketing-sourced revenue"),
            Team::Marketing,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Amount of marketing-sourced opportunities won with a close date in the period."),
            U::Money),
        def("mql_acceptance_rate", QT_TRANSLATE_NOOP("KpiDefinition", "MQL acceptance rate"), Team::Shared,
            QT_TRANSLATE_NOOP("KpiDefinition",
                              "Of the MQLs of the period that sales has decided on, the share accepted: "
                              "accepted ÷ (accepted + "
                              "rejected). An MQL that reached SAL or a later stage counts as accepted unless "
                              "marked rejected. "
                              "MQLs still pending are reported apart and are not in the denominator."),
            U::Ratio),
        def("mql_rejection_reasons", QT_TRANSLATE_NOOP("KpiDefinition", "MQL rejection reasons"),
            Team::Shared,
            QT_TRANSLATE_NOOP("KpiDefinition",
                              "MQLs of the period rejected by sales, counted per stated reason."),
            U::Count, D::LowerIsBetter),
        def("sla_compliance", QT_TRANSLATE_NOOP("KpiDefinition", "Handoff SLA compliance"), Team::Shared,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Share of the period's MQLs that sales answered (accepted, rejected, first touched or moved "
                "to "
                "SAL, whichever came first) within the MQL stage's SLA, counted in business hours of the "
                "workspace calendar (its time zone, opening hours and work days; holidays excluded). MQLs "
                "not "
                "answered whose SLA has not run out at the latest instant in the data are left out (not due "
                "yet); not answered and past the SLA counts as missed."),
            U::Ratio),
        def("median_hours_to_first_touch", QT_TRANSLATE_NOOP("KpiDefinition", "Median time to first touch"),
            Team::Shared,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Median business hours from MQL to the first sales touch (call, email, meeting) for the "
                "period's MQLs that have been touched (a touch before the MQL date counts as 0)."),
            U::Hours, D::LowerIsBetter),
        def("mql_to_sql_rate", QT_TRANSLATE_NOOP("KpiDefinition", "MQL → SQL rate"), Team::Shared,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Of the MQLs of the period, the share that have reached SQL (or a later stage) so far."),
            U::Ratio),
        def("lead_to_customer_rate", QT_TRANSLATE_NOOP("KpiDefinition", "Lead → customer rate"), Team::Shared,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Of the leads created in the period, the share that have become customers so far."),
            U::Ratio),
        def("sqls", QT_TRANSLATE_NOOP("KpiDefinition", "SQLs"), Team::Sales,
            QT_TRANSLATE_NOOP("KpiDefinition", "Contacts that entered the SQL stage in the period."),
            U::Count),
        def("opportunities_created", QT_TRANSLATE_NOOP("KpiDefinition", "Opportunities created"), Team::Sales,
            QT_TRANSLATE_NOOP("KpiDefinition", "Opportunities created in the period."), U::Count),
        def("pipeline_created", QT_TRANSLATE_NOOP("KpiDefinition", "Pipeline created"), Team::Sales,
            QT_TRANSLATE_NOOP("KpiDefinition", "Total amount of the opportunities created in the period."),
            U::Money),
        def("win_rate", QT_TRANSLATE_NOOP("KpiDefinition", "Win rate"), Team::Sales,
            QT_TRANSLATE_NOOP("KpiDefinition",
                              "Won ÷ (won + lost), counting opportunities with a close date in the period."),
            U::Ratio),
        def("average_deal_size", QT_TRANSLATE_NOOP("KpiDefinition", "Average deal size"), Team::Sales,
            QT_TRANSLATE_NOOP("KpiDefinition",
                              "Won amount ÷ number of won opportunities, with a close date in the period."),
            U::Money),
        def("sales_cycle_days", QT_TRANSLATE_NOOP("KpiDefinition", "Sales cycle"), Team::Sales,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Median calendar days from creation to close date of the opportunities won in the period."),
            U::Days, D::LowerIsBetter),
        def("sales_velocity", QT_TRANSLATE_NOOP("KpiDefinition", "Sales velocity"), Team::Sales,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Open opportunities at the period end × win rate × average deal size ÷ sales cycle days "
                "(each "
                "as defined here, for the same period): the revenue the pipeline produces per day."),
            U::MoneyPerDay),
        def("weighted_pipeline", QT_TRANSLATE_NOOP("KpiDefinition", "Weighted pipeline"), Team::Sales,
            QT_TRANSLATE_NOOP(
                "KpiDefinition",
                "Sum over opportunities open at the period end (created before it, not closed by it) of "
                "amount "
                "× probability (the deal's own, else its stage's). Amount and probability are the deals' "
                "latest "
                "known ones, not as they stood at the period end."),
            U::Money),
        def("pipeline_coverage", QT_TRANSLATE_NOOP("KpiDefinition", "Pipeline coverage"), Team::Sales,
            QT_TRANSLATE_NOOP("KpiDefinition",
                              "Open pipeline at the period end ÷ the bookings target still to reach in the "
                              "period (target − "
                              "bookings in the period). n/a when the target is met or not set."),
            U::Ratio),
        def("bookings", QT_TRANSLATE_NOOP("KpiDefinition", "Bookings"), Team::Sales,
            QT_TRANSLATE_NOOP("KpiDefinition",
                              "Amount of the opportunities won with a close date in the period."),
            U::Money),
    };
}

} // namespace revalign
