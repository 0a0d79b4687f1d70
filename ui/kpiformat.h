#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace revalign::ui {

// How KPI values read on screen and in the meeting pack, in the current QLocale.
// nullopt reads "n/a" — never NaN or infinity.
QString formatKpi(std::optional<double> value, KpiUnit unit, const QString& currency, bool compact = true);
// As formatKpi, with the few KPIs that read better in their own way (pipeline coverage as "3.2×").
QString formatKpiValue(const QString& key, std::optional<double> value, KpiUnit unit, const QString& currency,
                       bool compact = true);
QString formatMoney(double units, const QString& currency, bool compact);
// "1 day", "21 days" (no "%n day(s)": the English text has no plural catalog).
QString formatDayCount(qint64 days);
// "▲ +12.5%" / "▼ −3.1 pts" / "= 0": the change from `previous` to `value`, in points for ratios.
QString formatChange(std::optional<double> value, std::optional<double> previous, KpiUnit unit);

// NoValue: a target is agreed but the period has no value to hold against it (n/a).
enum class TargetStatus { NoTarget, OnTarget, OffTarget, NoValue };
TargetStatus targetStatus(std::optional<double> value, std::optional<double> target, KpiDirection direction);
// Whether a change is good news for a KPI of this direction (nullopt: no change or unknown).
std::optional<bool> changeIsGood(std::optional<double> value, std::optional<double> previous,
                                 KpiDirection direction);

} // namespace revalign::ui

namespace revalign {
struct DateRange;
}

namespace revalign::ui {
// A label for a period bucket: "12 Nov 2026" for weeks, "Nov 2026" for months, "Q4 2026" for quarters.
// Years always have four digits: printed and exported pages outlive the year they were made in.
QString periodLabel(const DateRange& range, PeriodKind kind);
// Labels for a chart's consecutive periods: the four-digit year on the first label and wherever the year
// changes ("Nov 2025, Dec, Jan 2026, Feb…"), so a year of months fits under the bars and still reads.
QStringList periodLabels(const std::vector<DateRange>& ranges, PeriodKind kind);
// A day as "26 Nov 2026" in the current locale (never a two-digit year); with the time of day
// "26 Nov 2026 14:05" (local time).
QString formatDate(const QDate& day);
QString formatDateTime(const QDateTime& at);
} // namespace revalign::ui
