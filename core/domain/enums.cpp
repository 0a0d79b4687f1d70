#include "domain/enums.h"

#include <array>
#include <utility>

namespace revalign {

namespace {
template <typename E, size_t N> using KeyTable = std::array<std::pair<E, const char*>, N>;

constexpr KeyTable<Team, 3> kTeams{
    {{Team::Marketing, "marketing"}, {Team::Sales, "sales"}, {Team::Shared, "shared"}}};
constexpr KeyTable<Role, 8> kRoles{{{Role::DemandGen, "demand_gen"},
                                    {Role::Content, "content"},
                                    {Role::MarketingOps, "marketing_ops"},
                                    {Role::ProductMarketing, "product_marketing"},
                                    {Role::Bdr, "bdr"},
                                    {Role::Sdr, "sdr"},
                                    {Role::Ae, "ae"},
                                    {Role::SalesOps, "sales_ops"}}};
constexpr KeyTable<HandoffStatus, 4> kHandoff{{{HandoffStatus::None, "none"},
                                               {HandoffStatus::Pending, "pending"},
                                               {HandoffStatus::Accepted, "accepted"},
                                               {HandoffStatus::Rejected, "rejected"}}};
constexpr KeyTable<SourcedBy, 4> kSourced{{{SourcedBy::Unknown, "unknown"},
                                           {SourcedBy::Marketing, "marketing"},
                                           {SourcedBy::Sales, "sales"},
                                           {SourcedBy::Partner, "partner"}}};
constexpr KeyTable<ForecastCategory, 5> kForecast{{{ForecastCategory::Omitted, "omitted"},
                                                   {ForecastCategory::Pipeline, "pipeline"},
                                                   {ForecastCategory::BestCase, "best_case"},
                                                   {ForecastCategory::Commit, "commit"},
                                                   {ForecastCategory::Closed, "closed"}}};
constexpr KeyTable<TouchpointKind, 11> kKinds{{{TouchpointKind::WebVisit, "web_visit"},
                                               {TouchpointKind::Form, "form"},
                                               {TouchpointKind::EmailClick, "email_click"},
                                               {TouchpointKind::Event, "event"},
                                               {TouchpointKind::Ad, "ad"},
                                               {TouchpointKind::Content, "content"},
                                               {TouchpointKind::Call, "call"},
                                               {TouchpointKind::Email, "sales_email"},
                                               {TouchpointKind::Meeting, "meeting"},
                                               {TouchpointKind::Demo, "demo"},
                                               {TouchpointKind::Other, "other"}}};
constexpr KeyTable<KpiUnit, 6> kUnits{{{KpiUnit::Count, "count"},
                                       {KpiUnit::Ratio, "ratio"},
                                       {KpiUnit::Money, "money"},
                                       {KpiUnit::Hours, "hours"},
                                       {KpiUnit::Days, "days"},
                                       {KpiUnit::MoneyPerDay, "money_per_day"}}};
constexpr KeyTable<KpiDirection, 2> kDirections{
    {{KpiDirection::HigherIsBetter, "higher"}, {KpiDirection::LowerIsBetter, "lower"}}};
constexpr KeyTable<PeriodKind, 3> kPeriods{
    {{PeriodKind::Week, "week"}, {PeriodKind::Month, "month"}, {PeriodKind::Quarter, "quarter"}}};

template <typename E, size_t N> QString keyOf(const KeyTable<E, N>& table, E value) {
    for (const auto& [e, key] : table)
        if (e == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E, size_t N> std::optional<E> fromKey(const KeyTable<E, N>& table, const QString& key) {
    for (const auto& [e, k] : table)
        if (key == QLatin1String(k))
            return e;
    return std::nullopt;
}
} // namespace

QString toKey(Team v) {
    return keyOf(kTeams, v);
}
QString toKey(Role v) {
    return keyOf(kRoles, v);
}
QString toKey(HandoffStatus v) {
    return keyOf(kHandoff, v);
}
QString toKey(SourcedBy v) {
    return keyOf(kSourced, v);
}
QString toKey(ForecastCategory v) {
    return keyOf(kForecast, v);
}
QString toKey(TouchpointKind v) {
    return keyOf(kKinds, v);
}
QString toKey(KpiUnit v) {
    return keyOf(kUnits, v);
}
QString toKey(KpiDirection v) {
    return keyOf(kDirections, v);
}
QString toKey(PeriodKind v) {
    return keyOf(kPeriods, v);
}

std::optional<Team> teamFromKey(const QString& k) {
    return fromKey(kTeams, k);
}
std::optional<Role> roleFromKey(const QString& k) {
    return fromKey(kRoles, k);
}
std::optional<HandoffStatus> handoffStatusFromKey(const QString& k) {
    return fromKey(kHandoff, k);
}
std::optional<SourcedBy> sourcedByFromKey(const QString& k) {
    return fromKey(kSourced, k);
}
std::optional<ForecastCategory> forecastCategoryFromKey(const QString& k) {
    return fromKey(kForecast, k);
}
std::optional<TouchpointKind> touchpointKindFromKey(const QString& k) {
    return fromKey(kKinds, k);
}
std::optional<KpiUnit> kpiUnitFromKey(const QString& k) {
    return fromKey(kUnits, k);
}
std::optional<KpiDirection> kpiDirectionFromKey(const QString& k) {
    return fromKey(kDirections, k);
}
std::optional<PeriodKind> periodKindFromKey(const QString& k) {
    return fromKey(kPeriods, k);
}

Team teamOf(Role role) {
    switch (role) {
    case Role::Bdr:
    case Role::Sdr:
    case Role::Ae:
    case Role::SalesOps:
        return Team::Sales;
    case Role::DemandGen:
    case Role::Content:
    case Role::MarketingOps:
    case Role::ProductMarketing:
        return Team::Marketing;
    }
    return Team::Marketing;
}

Team teamOf(TouchpointKind kind) {
    switch (kind) {
    case TouchpointKind::Call:
    case TouchpointKind::Email:
    case TouchpointKind::Meeting:
    case TouchpointKind::Demo:
        return Team::Sales;
    default:
        return Team::Marketing;
    }
}

} // namespace revalign
