#pragma once

#include "metrics/scoring.h"

#include <optional>
#include <span>
#include <vector>

namespace revalign {

// Judging a scoring model by outcomes. Each contact is scored as of the moment it was judged: its first
// entry into any stage after Lead (its MQL time, or SAL/SQL/Opportunity when MQL was skipped), so later
// touches — often the sales process itself — do not leak into the score; contacts never judged are scored
// as of the latest instant in the data.
std::vector<int> scoreContacts(const JourneyTable& journeys, const ScoringModel& model);
qint64 judgedAt(const JourneyTable& journeys, qint32 row);

struct ScoreBand {
    int from = 0, to = 0; // [from, to)
    qint64 contacts = 0;
    qint64 decided = 0, accepted = 0;                     // handoff decided (accepted or rejected) / accepted
    qint64 sql = 0;                                       // reached SQL or a later stage
    qint64 closed = 0, won = 0;                           // contacts with a closed deal / with a won deal
    std::optional<double> acceptedRate, sqlRate, winRate; // none: nothing to divide by

    friend bool operator==(const ScoreBand&, const ScoreBand&) = default;
};

// "With threshold X we would have had N MQLs, sales would have accepted about Y% and we would have
// missed Z eventual customers."
struct ScoringWhatIf {
    int threshold = 0;
    qint64 mqls = 0;
    qint64 decided = 0, accepted = 0;
    std::optional<double> acceptedRate; // accepted ÷ decided among the would-be MQLs
    qint64 customers = 0;               // contacts with a won deal
    qint64 missedCustomers = 0;         // of those, scored below the threshold

    friend bool operator==(const ScoringWhatIf&, const ScoringWhatIf&) = default;
};

struct ScoringEvaluation {
    int threshold = 0;
    std::optional<double> auc; // won vs lost contacts; none without both
    qint64 wonContacts = 0, lostContacts = 0;
    std::vector<ScoreBand> bands;
    ScoringWhatIf whatIf;
    std::optional<int> suggestedThreshold;
    std::optional<double> suggestedYoudenJ;
};

// Area under the ROC curve = Mann–Whitney U ÷ (P × N): the chance a random positive outscores a random
// negative, ties counting half. None when either side is empty.
std::optional<double> rocAuc(std::span<const int> positives, std::span<const int> negatives);

ScoringWhatIf whatIf(const JourneyTable& journeys, std::span<const int> scores, int threshold);

// The threshold that best separates what sales accepted from what it rejected: the one maximising
// Youden's J = (share of accepted MQLs at or above it) − (share of rejected MQLs at or above it), among the
// scores of decided contacts; ties go to the lower threshold. None without both accepted and rejected.
std::optional<int> suggestThreshold(const JourneyTable& journeys, std::span<const int> scores,
                                    double* youdenJ = nullptr);

// Bands of `bandWidth` points from the lowest to the highest score.
ScoringEvaluation evaluateScoring(const JourneyTable& journeys, std::span<const int> scores, int threshold,
                                  int bandWidth = 10);

} // namespace revalign
