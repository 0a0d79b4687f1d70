#include "uitext.h"

#include <QCoreApplication>

namespace revalign::ui {

QString builtinText(const char* context, const QString& stored) {
    if (stored.isEmpty())
        return stored;
    const QByteArray source = stored.toUtf8();
    return QCoreApplication::translate(context, source.constData());
}

QString stageDisplayName(const FunnelStage& stage) {
    return builtinText("FunnelStage", stage.name);
}

QString stageDisplayDefinition(const FunnelStage& stage) {
    return builtinText("FunnelStage", stage.definition);
}

QString teamDisplayName(Team team) {
    switch (team) {
    case Team::Marketing:
        return QCoreApplication::translate("Team", "Marketing");
    case Team::Sales:
        return QCoreApplication::translate("Team", "Sales");
    case Team::Shared:
        return QCoreApplication::translate("Team", "Shared");
    }
    return {};
}

QString forecastDisplayName(ForecastCategory category) {
    switch (category) {
    case ForecastCategory::Omitted:
        return QCoreApplication::translate("ForecastCategory", "Omitted");
    case ForecastCategory::Pipeline:
        return QCoreApplication::translate("ForecastCategory", "Pipeline");
    case ForecastCategory::BestCase:
        return QCoreApplication::translate("ForecastCategory", "Best case");
    case ForecastCategory::Commit:
        return QCoreApplication::translate("ForecastCategory", "Commit");
    case ForecastCategory::Closed:
        return QCoreApplication::translate("ForecastCategory", "Closed");
    }
    return {};
}

QString dealOutcomeDisplayName(DealStageOutcome outcome) {
    switch (outcome) {
    case DealStageOutcome::Open:
        return QCoreApplication::translate("DealStageOutcome", "Open");
    case DealStageOutcome::Won:
        return QCoreApplication::translate("DealStageOutcome", "Closed won");
    case DealStageOutcome::Lost:
        return QCoreApplication::translate("DealStageOutcome", "Closed lost");
    }
    return {};
}

QString roleDisplayName(Role role) {
    switch (role) {
    case Role::DemandGen:
        return QCoreApplication::translate("Role", "Demand generation");
    case Role::Content:
        return QCoreApplication::translate("Role", "Content");
    case Role::MarketingOps:
        return QCoreApplication::translate("Role", "Marketing ops");
    case Role::ProductMarketing:
        return QCoreApplication::translate("Role", "Product marketing");
    case Role::Bdr:
        return QCoreApplication::translate("Role", "BDR (outbound)");
    case Role::Sdr:
        return QCoreApplication::translate("Role", "SDR (inbound)");
    case Role::Ae:
        return QCoreApplication::translate("Role", "Account executive");
    case Role::SalesOps:
        return QCoreApplication::translate("Role", "Sales ops");
    }
    return {};
}

} // namespace revalign::ui
