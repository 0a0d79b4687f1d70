#pragma once

#include "domain/enums.h"

#include <QString>

#include <optional>

namespace revalign {

// Where a deal in a stage stands: still open, or closed won or lost.
enum class DealStageOutcome { Open, Won, Lost };
QString toKey(DealStageOutcome value);
std::optional<DealStageOutcome> dealStageOutcomeFromKey(const QString& key);

// One stage of the workspace's sales process, in order. Deals whose file leaves probability, forecast
// category or closed/won out take them from their stage. A stage an import met first is kept as an open
// stage that is not yet defined (`defined` false) until someone defines it on the Definitions page.
struct DealStage {
    QString name; // as the CRM writes it: the key deals refer to
    int position = 0;
    double probability = 0; // 0..1
    ForecastCategory forecast = ForecastCategory::Pipeline;
    DealStageOutcome outcome = DealStageOutcome::Open;
    bool defined = true;
    qint64 deals = 0; // deals in the workspace in this stage (read with the stages, not stored)

    bool closed() const { return outcome != DealStageOutcome::Open; }
    bool won() const { return outcome == DealStageOutcome::Won; }
    friend bool operator==(const DealStage&, const DealStage&) = default;
};

// What a stage name means when the workspace has no stage of that name: the won and lost vocabularies
// of the CRMs ("Won", "Closed Won", "closedwon", "Closed - Won"; the same for lost), else nullopt.
std::optional<DealStageOutcome> commonStageOutcome(const QString& name);

} // namespace revalign
