#pragma once

#include "metrics/journeys.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace revalign {

enum class AttributionModel {
    FirstTouch,
    LeadCreation,
    LastTouch,
    Linear,
    UShaped,
    WShaped,
    FullPath,
    TimeDecay
};
// What is split: pipeline (amount of opportunities created in the period, credited to touches up to
// opportunity creation), revenue (amount of deals won in the period, touches up to the end of the close
// day) or opportunities (each opportunity created counts 1.00, split in hundredths).
enum class AttributionMetric { Pipeline, Revenue, Opportunities };
enum class AttributionDimension { Channel, Campaign, Team, Persona };

inline constexpr double kDefaultHalfLifeDays = 7.0;

// Stable keys (CLI, JSON) and their parsers: first|lead|last|linear|u|w|full|decay, pipeline|revenue|
// opportunities, channel|campaign|team|persona.
QString toKey(AttributionModel model);
QString toKey(AttributionMetric metric);
QString toKey(AttributionDimension dimension);
std::optional<AttributionModel> attributionModelFromKey(const QString& key);
std::optional<AttributionMetric> attributionMetricFromKey(const QString& key);
std::optional<AttributionDimension> attributionDimensionFromKey(const QString& key);
const std::vector<AttributionModel>& allAttributionModels();
QString displayName(AttributionModel model);
// The model's formula in words, with its edge cases, as the app shows it.
QString formulaText(AttributionModel model);

// The moments one journey is cut and anchored at (Unix seconds; kNoJourneyTime = not reached).
struct JourneyMilestones {
    qint64 leadCreatedAt = kNoJourneyTime;
    qint64 opportunityCreatedAt = kNoJourneyTime;
    qint64 closedWonAt = kNoJourneyTime;
    qint64 conversionAt = kNoJourneyTime; // touches after it are excluded by the caller
};

// Splits `amount` (whole cents, may be negative) over one journey's touches. `touchTimes` are the
// touches at or before the conversion point, in time order (same-time touches in id order). `out`
// receives one share per touch and always sums to `amount` exactly (largest remainder; ties go to the
// earlier touch). An empty journey leaves `out` empty: the caller credits "(no touchpoints)".
void splitCredit(AttributionModel model, std::span<const qint64> touchTimes,
                 const JourneyMilestones& milestones, qint64 amount, double halfLifeDays,
                 std::span<qint64> out);

// splitCredit with scratch space kept between calls, so a loop over a million journeys allocates
// nothing. One per thread.
class CreditSplitter final {
public:
    void split(AttributionModel model, std::span<const qint64> touchTimes,
               const JourneyMilestones& milestones, qint64 amount, double halfLifeDays,
               std::span<qint64> out);

private:
    void positionalWeights(std::span<const qint64> times, std::span<const struct PositionRole> roles,
                           qint64 restUnits, qint64 conversionAt);
    void largestRemainder(qint64 amount, std::span<qint64> out);

    std::vector<qint64> m_weights, m_anchorUnits, m_remainders;
    std::vector<char> m_isAnchor;
    std::vector<size_t> m_order;
};

// The touch a milestone is anchored to: the last touch at or before it; the first touch when every touch
// is later (or the milestone time is unknown); -1 for an empty journey.
qsizetype anchorTouch(std::span<const qint64> touchTimes, qint64 milestone);

struct AttributionQuery {
    AttributionModel model = AttributionModel::Linear;
    AttributionMetric metric = AttributionMetric::Pipeline;
    AttributionDimension by = AttributionDimension::Channel;
    double halfLifeDays = kDefaultHalfLifeDays;
    QDate from, to; // inclusive; invalid = open-ended
    QStringList personas, channels, owners;

    friend bool operator==(const AttributionQuery&, const AttributionQuery&) = default;
};

struct AttributionRow {
    QString key;
    qint64 credit = 0;           // cents (hundredths of an opportunity for the opportunities metric)
    std::optional<double> share; // credit ÷ total; none when the total is 0

    friend bool operator==(const AttributionRow&, const AttributionRow&) = default;
};

struct AttributionResult {
    AttributionModel model = AttributionModel::Linear;
    AttributionMetric metric = AttributionMetric::Pipeline;
    AttributionDimension by = AttributionDimension::Channel;
    qint64 total = 0;
    qint64 opportunities = 0;
    std::vector<AttributionRow> rows; // credit descending, then key

    friend bool operator==(const AttributionResult&, const AttributionResult&) = default;
};

// The row key for credit that has no touch to go to.
QString noTouchpointsKey();

// The query with every persona, channel and owner name the journeys do not know removed: the app's
// shared filter bar offers names from all contacts, and a persona without a single deal is a filter that
// matches nothing, not a typo (the CLI keeps refusing unknown names). `matchesNothing` is set when a
// dimension had names and none of them is known.
AttributionQuery withKnownNames(const JourneyTable& journeys, AttributionQuery query, bool& matchesNothing);

// Throws Error naming the filter and the unknown name (a typo should not silently give zeros).
AttributionResult attribute(const JourneyTable& journeys, const AttributionQuery& query);
// Every model over the same opportunities, in allAttributionModels() order.
std::vector<AttributionResult> compareModels(const JourneyTable& journeys, const AttributionQuery& query);

// Sourced vs influenced, per team: "sourced" is what the opportunity's sourced_by names; "influenced" is
// every opportunity with at least one touch of that team before the metric's conversion point.
struct TeamInfluence {
    QString team; // marketing, sales, partner, unknown
    qint64 sourcedCount = 0, sourcedValue = 0;
    qint64 influencedCount = 0, influencedValue = 0;

    friend bool operator==(const TeamInfluence&, const TeamInfluence&) = default;
};
std::vector<TeamInfluence> sourcedVsInfluenced(const JourneyTable& journeys, const AttributionQuery& query);

} // namespace revalign
