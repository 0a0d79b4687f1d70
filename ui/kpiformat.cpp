#include "kpiformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace revalign::ui {

namespace {
QString currencySymbol(const QString& code) {
    if (code == u"USD")
        return QStringLiteral("$");
    if (code == u"EUR")
        return QStringLiteral("€");
    if (code == u"GBP")
        return QStringLiteral("£");
    if (code == u"THB")
        return QStringLiteral("฿");
    if (code == u"JPY")
        return QStringLiteral("¥");
    return code + u' ';
}
} // namespace

QString formatMoney(double units, const QString& currency, bool compact) {
    const QLocale l;
    const QString symbol = currencySymbol(currency.isEmpty() ? QStringLiteral("USD") : currency);
    const QString sign = units < 0 ? QStringLiteral("−") : QString();
    const double a = std::abs(units);
    if (compact && a >= 1e9)
        return sign + symbol + l.toString(a / 1e9, 'f', 2) + QCoreApplication::translate("KpiFormat", "B");
    if (compact && a >= 1e6)
        return sign + symbol + l.toString(a / 1e6, 'f', a >= 1e8 ? 0 : 1) +
               QCoreApplication::translate("KpiFormat", "M");
    if (compact && a >= 1e4)
        return sign + symbol + l.toString(a / 1e3, 'f', 0) + QCoreApplication::translate("KpiFormat", "K");
    return sign + symbol + l.toString(a, 'f', a >= 100 || !compact ? (compact ? 0 : 2) : 2);
}

QString formatDayCount(qint64 days) {
    return days == 1 || days == -1
               ? QCoreApplication::translate("KpiFormat", "%1 day").arg(QLocale().toString(days))
               : QCoreApplication::translate("KpiFormat", "%1 days").arg(QLocale().toString(days));
}

QString formatKpi(std::optional<double> value, KpiUnit unit, const QString& currency, bool compact) {
    if (!value || !std::isfinite(*value))
        return QCoreApplication::translate("KpiFormat", "n/a");
    const QLocale l;
    const double v = *value;
    switch (unit) {
    case KpiUnit::Count:
        return l.toString(qint64(std::llround(v)));
    case KpiUnit::Ratio:
        return l.toString(v * 100.0, 'f', 1) + u'%';
    case KpiUnit::Money:
        return formatMoney(v, currency, compact);
    case KpiUnit::Hours:
        return QCoreApplication::translate("KpiFormat", "%1 h").arg(l.toString(v, 'f', 1));
    case KpiUnit::Days:
        return QCoreApplication::translate("KpiFormat", "%1 d").arg(l.toString(v, 'f', 0));
    case KpiUnit::MoneyPerDay:
        return QCoreApplication::translate("KpiFormat", "%1/day").arg(formatMoney(v, currency, compact));
    }
    return {};
}

QString formatKpiValue(const QString& key, std::optional<double> value, KpiUnit unit, const QString& currency,
                       bool compact) {
    if (key == u"pipeline_coverage" && value && std::isfinite(*value))
        return QLocale().toString(*value, 'f', 1) + QStringLiteral("×");
    return formatKpi(value, unit, currency, compact);
}

QString formatChange(std::optional<double> value, std::optional<double> previous, KpiUnit unit) {
    if (!value || !previous || !std::isfinite(*value) || !std::isfinite(*previous))
        return QCoreApplication::translate("KpiFormat", "no comparison");
    const QLocale l;
    const double diff = *value - *previous;
    const QString arrow = diff > 0   ? QStringLiteral("▲ +")
                          : diff < 0 ? QStringLiteral("▼ −")
                                     : QStringLiteral("= ");
    if (unit == KpiUnit::Ratio)
        return arrow + QCoreApplication::translate("KpiFormat", "%1 pts")
                           .arg(l.toString(std::abs(diff) * 100.0, 'f', 1));
    if (*previous == 0)
        return diff == 0 ? QStringLiteral("= 0%") : QCoreApplication::translate("KpiFormat", "new");
    return arrow + l.toString(std::abs(diff / *previous) * 100.0, 'f', 1) + u'%';
}

TargetStatus targetStatus(std::optional<double> value, std::optional<double> target, KpiDirection direction) {
    if (!target)
        return TargetStatus::NoTarget;
    if (!value)
        return TargetStatus::NoValue;
    const bool ok = direction == KpiDirection::HigherIsBetter ? *value >= *target : *value <= *target;
    return ok ? TargetStatus::OnTarget : TargetStatus::OffTarget;
}

std::optional<bool> changeIsGood(std::optional<double> value, std::optional<double> previous,
                                 KpiDirection direction) {
    if (!value || !previous || *value == *previous)
        return std::nullopt;
    return (direction == KpiDirection::HigherIsBetter) == (*value > *previous);
}

} // namespace revalign::ui

#include "metrics/period.h"

namespace revalign::ui {

QString periodLabel(const DateRange& range, PeriodKind kind) {
    const QLocale l;
    switch (kind) {
    case PeriodKind::Week:
        return l.toString(range.from, QStringLiteral("d MMM yyyy"));
    case PeriodKind::Month:
        return l.toString(range.from, QStringLiteral("MMM yyyy"));
    case PeriodKind::Quarter:
        return QCoreApplication::translate("KpiFormat", "Q%1 %2")
            .arg((range.from.month() - 1) / 3 + 1)
            .arg(range.from.year());
    }
    return {};
}

QStringList periodLabels(const std::vector<DateRange>& ranges, PeriodKind kind) {
    QStringList out;
    const QLocale l;
    int year = 0;
    for (const DateRange& r : ranges) {
        const bool newYear = r.from.year() != year;
        year = r.from.year();
        if (kind == PeriodKind::Quarter || newYear)
            out << periodLabel(r, kind);
        else
            out << l.toString(r.from,
                              kind == PeriodKind::Week ? QStringLiteral("d MMM") : QStringLiteral("MMM"));
    }
    return out;
}

QString formatDate(const QDate& day) {
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM yyyy")) : QString();
}

QString formatDateTime(const QDateTime& at) {
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))
                        : QString();
}

} // namespace revalign::ui
