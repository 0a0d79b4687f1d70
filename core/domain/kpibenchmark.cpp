#include "domain/kpibenchmark.h"

#include <QCoreApplication>

namespace revalign {

std::vector<KpiBenchmark> suggestedBenchmarks() {
    const auto text = [](const char* source) { return QString::fromUtf8(source); };
    return {
        {QStringLiteral("mql_acceptance_rate"), 0.6,
         text(QT_TRANSLATE_NOOP("KpiBenchmark",
                                "Sales accepts about six in ten MQLs where marketing and sales agreed what "
                                "an MQL is."))},
        {QStringLiteral("sla_compliance"), 0.9,
         text(QT_TRANSLATE_NOOP(
             "KpiBenchmark", "Nine in ten MQLs answered within the agreed SLA is a common service level."))},
        {QStringLiteral("median_hours_to_first_touch"), 8,
         text(QT_TRANSLATE_NOOP("KpiBenchmark", "A first sales touch within one business day (8 hours)."))},
        {QStringLiteral("win_rate"), 0.25,
         text(QT_TRANSLATE_NOOP("KpiBenchmark", "About one deal in four won is typical of B2B software."))},
        {QStringLiteral("pipeline_coverage"), 3.0,
         text(QT_TRANSLATE_NOOP("KpiBenchmark",
                                "Three times the bookings still to reach, at a win rate near 25 %."))},
    };
}

KpiDefinition withBenchmark(KpiDefinition kpi, const KpiBenchmark& benchmark, const QString& who,
                            const QDate& day) {
    for (const PeriodKind period : {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter})
        kpi.targets[period] = benchmark.value;
    kpi.agreedBy = who;
    kpi.agreedOn = day;
    return kpi;
}

} // namespace revalign
