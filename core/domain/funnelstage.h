#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace revalign {

// One step of the agreed funnel. Stages are ordered by position; the key is stable (used by imports,
// profiles and the CLI) while the name and definition can be reworded.
struct FunnelStage {
    StageId id;
    QString key; // e.g. "mql"
    QString name;
    int position = 0;
    Team team = Team::Marketing;
    QString definition;
    std::optional<double> slaHours; // business hours allowed before the contact should move on

    friend bool operator==(const FunnelStage&, const FunnelStage&) = default;
};

// Lead -> MQL -> SAL -> SQL -> Opportunity -> Customer with definitions both teams can sign.
std::vector<FunnelStage> defaultFunnelStages();

} // namespace revalign
