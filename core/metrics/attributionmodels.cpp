// Names, keys and the written formulas of the attribution models (the maths is in attribution.cpp).
#include "metrics/attribution.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace revalign {

namespace {
template <typename E, size_t N> using Keys = std::array<std::pair<E, const char*>, N>;

constexpr Keys<AttributionModel, 8> kModels{{{AttributionModel::FirstTouch, "first"},
                                             {AttributionModel::LeadCreation, "lead"},
                                             {AttributionModel::LastTouch, "last"},
                                             {AttributionModel::Linear, "linear"},
                                             {AttributionModel::UShaped, "u"},
                                             {AttributionModel::WShaped, "w"},
                                             {AttributionModel::FullPath, "full"},
                                             {AttributionModel::TimeDecay, "decay"}}};
constexpr Keys<AttributionMetric, 3> kMetrics{{{AttributionMetric::Pipeline, "pipeline"},
                                               {AttributionMetric::Revenue, "revenue"},
                                               {AttributionMetric::Opportunities, "opportunities"}}};
constexpr Keys<AttributionDimension, 4> kDimensions{{{AttributionDimension::Channel, "channel"},
                                                     {AttributionDimension::Campaign, "campaign"},
                                                     {AttributionDimension::Team, "team"},
                                                     {AttributionDimension::Persona, "persona"}}};

template <typename E, size_t N> QString keyOf(const Keys<E, N>& keys, E value) {
    for (const auto& [v, k] : keys)
        if (v == value)
            return QString::fromLatin1(k);
    return {};
}

template <typename E, size_t N> std::optional<E> fromKey(const Keys<E, N>& keys, const QString& key) {
    for (const auto& [v, k] : keys)
        if (key == QLatin1String(k))
            return v;
    return std::nullopt;
}

} // namespace

QString toKey(AttributionModel v) {
    return keyOf(kModels, v);
}
QString toKey(AttributionMetric v) {
    return keyOf(kMetrics, v);
}
QString toKey(AttributionDimension v) {
    return keyOf(kDimensions, v);
}
std::optional<AttributionModel> attributionModelFromKey(const QString& key) {
    return fromKey(kModels, key);
}
std::optional<AttributionMetric> attributionMetricFromKey(const QString& key) {
    return fromKey(kMetrics, key);
}
std::optional<AttributionDimension> attributionDimensionFromKey(const QString& key) {
    return fromKey(kDimensions, key);
}

const std::vector<AttributionModel>& allAttributionModels() {
    static const std::vector<AttributionModel> models = [] {
        std::vector<AttributionModel> out;
        for (const auto& [v, k] : kModels)
            out.push_back(v);
        return out;
    }();
    return models;
}

QString displayName(AttributionModel model) {
    switch (model) {
    case AttributionModel::FirstTouch:
        return QCoreApplication::translate("Attribution", "First touch");
    case AttributionModel::LeadCreation:
        return QCoreApplication::translate("Attribution", "Lead creation");
    case AttributionModel::LastTouch:
        return QCoreApplication::translate("Attribution", "Last touch");
    case AttributionModel::Linear:
        return QCoreApplication::translate("Attribution", "Linear");
    case AttributionModel::UShaped:
        return QCoreApplication::translate("Attribution", "U-shaped");
    case AttributionModel::WShaped:
        return QCoreApplication::translate("Attribution", "W-shaped");
    case AttributionModel::FullPath:
        return QCoreApplication::translate("Attribution", "Full path");
    case AttributionModel::TimeDecay:
        return QCoreApplication::translate("Attribution", "Time decay");
    }
    return {};
}

QString formulaText(AttributionModel model) {
    // Shared by every model: what a journey is and how cents are kept whole.
    const QString common = QCoreApplication::translate(
        "Attribution",
        "\n\nThe journey: the contact's touchpoints at or before the conversion point (pipeline and "
        "opportunities: the opportunity's creation; revenue: the end of the close day of a won deal), "
        "in time order; touches on the same timestamp keep their import order. Touches after the "
        "conversion point get nothing. An opportunity without any touch in its journey is credited to "
        "\"(no touchpoints)\", so every model adds up to the same total.\n"
        "Anchors: the lead-creation touch is the last touch at or before the contact's creation (the "
        "first touch when all touches are later or the creation time is unknown); the "
        "opportunity-creation and closed-won touches are the last touch at or before those moments.\n"
        "Cents: each opportunity is split in whole cents by the largest-remainder method: every touch "
        "gets the floor of its exact share, then the touches with the largest remainders get one more "
        "cent each (ties: the earlier touch) until the shares add up to the amount exactly.");
    switch (model) {
    case AttributionModel::FirstTouch:
        return QCoreApplication::translate("Attribution",
                                           "First touch: 100% to the first touch of the journey.\n"
                                           "One touch: it gets everything.") +
               common;
    case AttributionModel::LeadCreation:
        return QCoreApplication::translate(
                   "Attribution",
                   "Lead creation: 100% to the lead-creation touch.\n"
                   "One touch: it gets everything. Contact created before any touch: the first touch.") +
               common;
    case AttributionModel::LastTouch:
        return QCoreApplication::translate("Attribution",
                                           "Last touch: 100% to the last touch before the conversion point.\n"
                                           "One touch: it gets everything.") +
               common;
    case AttributionModel::Linear:
        return QCoreApplication::translate("Attribution",
                                           "Linear: amount ÷ n to each of the n touches.\n"
                                           "Cents left over go one each to the earliest touches.") +
               common;
    case AttributionModel::UShaped:
        return QCoreApplication::translate(
                   "Attribution",
                   "U-shaped: 40% first touch, 40% lead-creation touch, 20% shared equally by every other "
                   "touch of the journey (the middle).\n"
                   "Nothing in the middle (two touches): 50% / 50%. One touch, or the first touch is also "
                   "the lead-creation touch: that touch gets 80% and the middle 20% (100% when alone).") +
               common;
    case AttributionModel::WShaped:
        return QCoreApplication::translate(
                   "Attribution",
                   "W-shaped: 30% first touch, 30% lead-creation touch, 30% opportunity-creation touch, 10% "
                   "shared equally by the rest.\n"
                   "A touch holding several anchors adds their shares (one touch: 100%). Nothing in the "
                   "rest: the anchors share 100% in proportion (three distinct anchors: 33⅓% each).") +
               common;
    case AttributionModel::FullPath:
        return QCoreApplication::translate(
                   "Attribution",
                   "Full path: 22.5% each to the first, lead-creation, opportunity-creation and closed-won "
                   "touches, 10% shared equally by the rest.\n"
                   "Pipeline has no closed-won touch yet: its 22.5% is dropped and the other shares scale "
                   "up in proportion (22.5 ÷ 77.5 = 29.03% per anchor, 12.90% to the rest). Anchors on the "
                   "same touch add up; nothing in the rest: anchors share 100% in proportion.") +
               common;
    case AttributionModel::TimeDecay:
        return QCoreApplication::translate(
                   "Attribution",
                   "Time decay: each touch weighs 2^(−d ÷ h), d = days from the touch to the conversion "
                   "point, h = the half-life (default 7 days); credit = amount × weight ÷ sum of weights.\n"
                   "One touch: 100%. Two touches h days apart: 2/3 and 1/3. Touches on the same timestamp "
                   "weigh the same. Weights are kept to 32 binary places, so a touch more than 32 "
                   "half-lives older than the newest gets 0.") +
               common;
    }
    return {};
}

} // namespace revalign
