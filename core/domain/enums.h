#pragma once

#include <QString>

#include <optional>

namespace revalign {

// Enumerations of the domain. Each has a stable storage key (lowercase ASCII, used in the workspace
// file, in profiles and in the CLI's JSON) and a parser that accepts exactly those keys.

enum class Team { Marketing, Sales, Shared };
enum class Role { DemandGen, Content, MarketingOps, ProductMarketing, Bdr, Sdr, Ae, SalesOps };
enum class HandoffStatus { None, Pending, Accepted, Rejected };
enum class SourcedBy { Unknown, Marketing, Sales, Partner };
enum class ForecastCategory { Omitted, Pipeline, BestCase, Commit, Closed };
enum class TouchpointKind {
    WebVisit,
    Form,
    EmailClick,
    Event,
    Ad,
    Content,
    Call,
    Email,
    Meeting,
    Demo,
    Other
};
enum class KpiUnit { Count, Ratio, Money, Hours, Days, MoneyPerDay };
enum class KpiDirection { HigherIsBetter, LowerIsBetter };
enum class PeriodKind { Week, Month, Quarter };

QString toKey(Team value);
QString toKey(Role value);
QString toKey(HandoffStatus value);
QString toKey(SourcedBy value);
QString toKey(ForecastCategory value);
QString toKey(TouchpointKind value);
QString toKey(KpiUnit value);
QString toKey(KpiDirection value);
QString toKey(PeriodKind value);

std::optional<Team> teamFromKey(const QString& key);
std::optional<Role> roleFromKey(const QString& key);
std::optional<HandoffStatus> handoffStatusFromKey(const QString& key);
std::optional<SourcedBy> sourcedByFromKey(const QString& key);
std::optional<ForecastCategory> forecastCategoryFromKey(const QString& key);
std::optional<TouchpointKind> touchpointKindFromKey(const QString& key);
std::optional<KpiUnit> kpiUnitFromKey(const QString& key);
std::optional<KpiDirection> kpiDirectionFromKey(const QString& key);
std::optional<PeriodKind> periodKindFromKey(const QString& key);

// The team a role belongs to (BDR, SDR, AE and sales ops are sales; the rest marketing).
Team teamOf(Role role);
// Which team a touchpoint kind is normally made by (calls, meetings, demos: sales).
Team teamOf(TouchpointKind kind);

} // namespace revalign
