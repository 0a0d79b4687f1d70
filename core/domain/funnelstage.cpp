#include "domain/funnelstage.h"

#include <QCoreApplication>

namespace revalign {

std::vector<FunnelStage> defaultFunnelStages() {
    // Stored in English (the source language); the UI shows the translation of any text that still equals
    // a built-in source string (see ui/uitext.h), so edited definitions stay exactly as the team wrote them.
    const auto text = [](const char* source) { return QString::fromUtf8(source); };
    return {
        {StageId{}, QStringLiteral("lead"), text(QT_TRANSLATE_NOOP("FunnelStage", "Lead")), 1,
         Team::Marketing,
         text(QT_TRANSLATE_NOOP(
             "FunnelStage",
             "A person we can reach (valid email or phone) who gave us their details or was added by a "
             "rep. Counted when the record is created.")),
         std::nullopt},
        {StageId{}, QStringLiteral("mql"), text(QT_TRANSLATE_NOOP("FunnelStage", "MQL")), 2, Team::Marketing,
         text(QT_TRANSLATE_NOOP(
             "FunnelStage",
             "Marketing-qualified lead: fits a persona and reached the agreed lead score (fit + "
             "engagement), or asked for a demo or pricing. Handed to sales when it becomes an MQL.")),
         24.0},
        {StageId{}, QStringLiteral("sal"), text(QT_TRANSLATE_NOOP("FunnelStage", "SAL")), 3, Team::Sales,
         text(QT_TRANSLATE_NOOP(
             "FunnelStage",
             "Sales-accepted lead: an SDR reviewed the MQL and agreed to work it. Rejections need a "
             "reason from the agreed list. SLA: accept or reject within 24 business hours of the MQL.")),
         72.0},
        {StageId{}, QStringLiteral("sql"), text(QT_TRANSLATE_NOOP("FunnelStage", "SQL")), 4, Team::Sales,
         text(QT_TRANSLATE_NOOP(
             "FunnelStage",
             "Sales-qualified lead: a conversation confirmed need, authority, budget and timing "
             "(BANT); ready for an AE.")),
         120.0},
        {StageId{}, QStringLiteral("opportunity"), text(QT_TRANSLATE_NOOP("FunnelStage", "Opportunity")), 5,
         Team::Sales,
         text(QT_TRANSLATE_NOOP("FunnelStage",
                                "An AE opened a deal with an amount and a close date in the CRM.")),
         std::nullopt},
        {StageId{}, QStringLiteral("customer"), text(QT_TRANSLATE_NOOP("FunnelStage", "Customer")), 6,
         Team::Sales,
         text(QT_TRANSLATE_NOOP("FunnelStage", "The deal was won: a signed contract or first invoice.")),
         std::nullopt},
    };
}

} // namespace revalign
