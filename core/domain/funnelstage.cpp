#include "domain/funnelstage.h"

#include <QCoreApplication>

namespace revalign {

std::vector<FunnelStage> defaultFunnelStages() {
    const auto tr = [](const char* text) { return QCoreApplication::translate("FunnelStage", text); };
    return {
        {StageId{}, QStringLiteral("lead"), tr("Lead"), 1, Team::Marketing,
         tr("A person we can reach (valid email or phone) who gave us their details or was added by a "
            "rep. Counted when the record is created."),
         std::nullopt},
        {StageId{}, QStringLiteral("mql"), tr("MQL"), 2, Team::Marketing,
         tr("Marketing-qualified lead: fits a persona and reached the agreed lead score (fit + "
            "engagement), or asked for a demo or pricing. Handed to sales when it becomes an MQL."),
         24.0},
        {StageId{}, QStringLiteral("sal"), tr("SAL"), 3, Team::Sales,
         tr("Sales-accepted lead: an SDR reviewed the MQL and agreed to work it. Rejections need a "
            "reason from the agreed list. SLA: accept or reject within 24 business hours of the MQL."),
         72.0},
        {StageId{}, QStringLiteral("sql"), tr("SQL"), 4, Team::Sales,
         tr("Sales-qualified lead: a conversation confirmed need, authority, budget and timing "
            "(BANT); ready for an AE."),
         120.0},
        {StageId{}, QStringLiteral("opportunity"), tr("Opportunity"), 5, Team::Sales,
         tr("An AE opened a deal with an amount and a close date in the CRM."), std::nullopt},
        {StageId{}, QStringLiteral("customer"), tr("Customer"), 6, Team::Sales,
         tr("The deal was won: a signed contract or first invoice."), std::nullopt},
    };
}

} // namespace revalign
