#pragma once

#include "domain/enums.h"

#include <QString>

#include <optional>

namespace revalign::ui {

// How KPI values read on screen and in the meeting pack, in the current QLocale.
// nullopt reads "n/a" — never NaN or infinity.
QString formatKpi(std::optional<double> value, KpiUnit unit, const QString& currency, bool compact = true);
// As formatKpi, with the few KPIs that read better in their own way (pipeline coverage as "3.2×").
QString formatKpiValue(const QString& key, std::optional<double> value, KpiUnit unit, const QString& currency,
                       bool compact = true);
QString formatMoney(double units, const QString& currency, bool compact);
// "▲ +12.5%" / "▼ −3.1 pts" / "= 0": the change from `previous` to `value`, in points for ratios.
QString formatChange(std::optional<double> value, std::optional<double> previous, KpiUnit unit);

enum class TargetStatus { NoTarget, OnTarget, OffTarget };
TargetStatus targetStatus(std::optional<double> value, std::optional<double> target, KpiDirection direction);
// Whether a change is good news for a KPI of this direction (nullopt: no change or unknown).
std::optional<bool> changeIsGood(std::optional<double> value, std::optional<double> previous,
                                 KpiDirection direction);

} // namespace revalign::ui

namespace revalign {
struct DateRange;
}

namespace revalign::ui {
// A short label for a period bucket: "12 Nov" for weeks, "Nov 26" for months, "Q4 26" for quarters.
QString periodLabel(const DateRange& range, PeriodKind kind);
} // namespace revalign::ui
