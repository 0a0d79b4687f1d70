#pragma once

#include "domain/kpidefinition.h"

#include <QString>

#include <vector>

namespace revalign {

// A target RevAlign can suggest but never sets by itself: a new workspace has no targets, because a
// target is what both teams agreed to be judged by. Definitions › KPIs offers these to adopt one by
// one, and adopting one is a logged definition change like any other.
struct KpiBenchmark {
    QString kpiKey;
    double value = 0; // the same for week, month and quarter: these are rates and levels, not sums
    QString basis;    // where the number comes from, in words (English source; translated in the UI)

    friend bool operator==(const KpiBenchmark&, const KpiBenchmark&) = default;
};

// Common B2B benchmarks for the built-in rate and level KPIs (sums such as bookings depend on the
// business and have none).
std::vector<KpiBenchmark> suggestedBenchmarks();

// The definition with the benchmark adopted as its target for every period kind, agreed by `who` on
// `day`.
KpiDefinition withBenchmark(KpiDefinition kpi, const KpiBenchmark& benchmark, const QString& who,
                            const QDate& day);

} // namespace revalign
