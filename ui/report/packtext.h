#pragma once

#include "report/packinputs.h"

#include <QColor>
#include <QString>
#include <QStringList>

// How the meeting pack words periods, values, statuses and changes, in the current QLocale and language.
// Years are written in full and in the Gregorian calendar, Thai included (docs/meeting-pack.md says why).
namespace revalign::ui::report {

// "16 November 2026"
QString longDate(const QDate& day);
// "16–22 November 2026", "30 November – 6 December 2026", "28 December 2026 – 3 January 2027"
QString dayRange(const DateRange& range);
// The period as a title: "Week of 16–22 November 2026", "November 2026", "Quarter of 1 October –
// 31 December 2026", or the days of a custom range.
QString periodTitle(const PackPeriod& period);
// The period before, as the end of a sentence: "the week of 9–15 November 2026", "October 2026",
// "the 10 days before".
QString previousPhrase(const PackPeriod& period);
// The period inside a sentence: "the week of 16–22 November 2026", "November 2026", "the quarter of …",
// "16–20 November 2026".
QString periodPhrase(const PackPeriod& period);
// The column heading for the period's values: "This week", "This month", "This quarter", "This period".
QString periodColumn(const PackPeriod& period);
// A bucket's axis label: "16 Nov", "Nov 2026", "Q4 2026", "16/11".
QString bucketLabel(const DateRange& bucket, PeriodKind kind, bool firstOrNewYear);

QString kpiName(const KpiValue& kpi);
QString kpiName(const KpiDefinition& kpi);
// The value as the dashboard shows it, or "n/a — REASON" (KpiValue::reason) when the data cannot support
// it; "n/a" alone for an ordinary gap (nothing to divide by in this period).
QString kpiValueText(const KpiValue& kpi, const QString& currency);
QString kpiTargetText(const KpiValue& kpi, const QString& currency);
// The change vs the previous period as the pack prints it: as the dashboard does ("▲ +12.5%",
// "▼ −3.1 pts"), except that a multiple (pipeline coverage, "3.2×") changes by a share of itself.
QString kpiChangeText(const KpiValue& kpi);

// The status in words and the colour that goes with it.
struct KpiStatus {
    QString words; // "On target", "Below target by 18%", "No agreed target", ...
    QColor colour; // good / bad / muted
};
KpiStatus kpiStatus(const KpiValue& kpi, const PackPeriod& period);

// The changes vs the previous period that matter most, as sentences, biggest first (see the .cpp for the
// ranking). `good` says per sentence whether the change is good news for that KPI.
struct ChangeSentence {
    QString text;
    bool rose = false;
    bool good = false;
    QString key;
};
std::vector<ChangeSentence> biggestChanges(const std::vector<KpiValue>& kpis, const QString& currency,
                                           const PackPeriod& period, int count = 3);
// What to say when fewer than `count` changes can be ranked.
QString fewerChangesSentence(qsizetype found, const PackPeriod& period);

// "Partial week: the data ends on 19 November 2026, so the figures cover 16–19 November 2026."
QString partialPeriodNote(const PackPeriod& period);

QString teamName(Team team);
QString unitName(KpiUnit unit, const QString& currency);

} // namespace revalign::ui::report
