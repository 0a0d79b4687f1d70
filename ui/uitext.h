#pragma once

#include "domain/dealstage.h"
#include "domain/enums.h"
#include "domain/funnelstage.h"

#include <QString>

namespace revalign::ui {

// Built-in definitions are stored in English, the source language. These show the translation of any
// stored text that still equals a built-in source string; text a team has edited is shown as written.
QString builtinText(const char* context, const QString& stored);
QString stageDisplayName(const FunnelStage& stage);
QString stageDisplayDefinition(const FunnelStage& stage);
QString teamDisplayName(Team team);
QString roleDisplayName(Role role);
QString forecastDisplayName(ForecastCategory category);
QString dealOutcomeDisplayName(DealStageOutcome outcome);

} // namespace revalign::ui
