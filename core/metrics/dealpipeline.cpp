#include "metrics/dealpipeline.h"

#include "metrics/kpiengine.h"
#include "metrics/kpisupport.h"
#include "metrics/kpitotals.h"
#include "metrics/stats.h"

#include <algorithm>

namespace revalign {

namespace {
constexpr double kDay = 86400.0;
}

DealPipelineReport computeDealPipeline(const FactTable& f, const MetricQuery& q) {
    const ResolvedFilter filter(f, q.filters);
    DealPipelineReport r;
    r.range = effectiveRange(f, q);
    if (f.presence.opportunities == 0) {
        r.reason = noDealDataReason();
        return r;
    }
    const Window w = queryWindow(f, q);
    const qint32 codes = f.dealStages.size();
    const auto defined = [&f](qint32 code) {
        return code >= 1 && size_t(code) < f.dealStageDefined.size() && f.dealStageDefined[size_t(code)] != 0;
    };
    std::vector<DealStageRow> byCode(static_cast<size_t>(codes));
    for (qint32 code = 0; code < codes; ++code) {
        DealStageRow& row = byCode[size_t(code)];
        row.name = code == 0 ? QStringLiteral("(no stage)") : f.dealStages.name(code);
        row.defined = defined(code);
        if (row.defined) {
            row.closed = f.dealStageClosed[size_t(code)] != 0;
            row.won = f.dealStageWon[size_t(code)] != 0;
            row.probability = f.dealStageProbability[size_t(code)];
            row.forecast = ForecastCategory(f.dealStageForecast[size_t(code)]);
        }
    }
    // Open stages in order: a deal now at open stage k has passed the open stages before it.
    std::vector<int> openRank(static_cast<size_t>(codes), -1);
    int openStages = 0;
    for (qint32 code = 1; code < codes; ++code)
        if (byCode[size_t(code)].defined && !byCode[size_t(code)].closed)
            openRank[size_t(code)] = openStages++;
    std::vector<qint64> atRank(size_t(openStages), 0); // deals of the range whose furthest open stage is k
    std::vector<std::vector<float>> ages(static_cast<size_t>(codes));
    const OpportunityColumns& o = f.opportunities;
    const qint64 ageAt = f.asOf == kNoTime ? w.to : std::min(w.to, f.asOf + 1);
    qint64 lostAnywhere = 0;
    for (qsizetype j = 0; j < o.size(); ++j) {
        if (!filter.opportunity(f, j))
            continue;
        const qint32 code = o.dealStage[size_t(j)];
        DealStageRow& row = byCode[size_t(code)];
        const double amount = double(o.amountCents[size_t(j)]) / 100.0;
        const bool closed = o.closed[size_t(j)] != 0;
        if (closed) {
            if (!row.defined)
                row.closed = true; // a stage no one defined, holding closed deals
            if (!(w.all || w.containsDay(o.closeDay[size_t(j)])))
                continue;
            const bool won = o.won[size_t(j)] != 0;
            ++row.deals;
            row.amount += amount;
            row.weighted += won ? amount : 0;
            won ? ++r.won : ++r.lost;
            r.bookings += won ? amount : 0;
            if (!won)
                ++lostAnywhere;
            continue;
        }
        if (!openAtEnd(o, j, w))
            continue;
        ++row.deals;
        row.amount += amount;
        row.weighted += amount * o.probability[size_t(j)];
        ++r.openDeals;
        r.openAmount += amount;
        r.weightedAmount += amount * o.probability[size_t(j)];
        if (openRank[size_t(code)] >= 0)
            ++atRank[size_t(openRank[size_t(code)])];
        if (o.createdAt[size_t(j)] != kNoTime && o.createdAt[size_t(j)] <= ageAt)
            ages[size_t(code)].push_back(float(double(ageAt - o.createdAt[size_t(j)]) / kDay));
    }
    r.winRate = ratio(double(r.won), double(r.won + r.lost));
    // reached(k) = open deals at rank ≥ k + every won deal; lost deals are known to have entered the
    // process only (their last open stage is not in the rows), so they count at the first stage.
    std::vector<qint64> reached(size_t(openStages), 0);
    qint64 later = r.won;
    for (int k = openStages - 1; k >= 0; --k) {
        later += atRank[size_t(k)];
        reached[size_t(k)] = later + (k == 0 ? lostAnywhere : 0);
    }
    for (qint32 code = 1; code < codes; ++code) {
        const int k = openRank[size_t(code)];
        if (k < 0)
            continue;
        DealStageRow& row = byCode[size_t(code)];
        row.reached = reached[size_t(k)];
        const qint64 next = k + 1 < openStages ? reached[size_t(k + 1)] : r.won;
        row.conversionToNext = ratio(double(next), double(row.reached));
    }
    for (qint32 code = 0; code < codes; ++code)
        byCode[size_t(code)].medianDays = median(ages[size_t(code)]);
    // The workspace's order: its open stages, then stages deals name that no one has defined, then the
    // closed stages, then "(no stage)". When no deal at all is in a defined open stage (a CRM with stage
    // names of its own), the defined open stages are not the process in use: their empty rows would only
    // be a column of zeros.
    const bool processInUse = std::any_of(o.dealStage.begin(), o.dealStage.end(), [&](qint32 c) {
        return openRank[size_t(c)] >= 0; // only defined open stages have a rank
    });
    for (qint32 code = 1; code < codes; ++code)
        if (openRank[size_t(code)] >= 0 && (processInUse || byCode[size_t(code)].deals > 0))
            r.stages.push_back(byCode[size_t(code)]);
    // Stages no one defined have no position: in a sales process probability grows stage by stage, so
    // they are ordered by their deals' median probability (open before closed).
    std::vector<std::vector<double>> probabilities(static_cast<size_t>(codes));
    for (qsizetype j = 0; j < o.size(); ++j)
        if (o.dealStage[size_t(j)] != 0 && !defined(o.dealStage[size_t(j)]))
            probabilities[size_t(o.dealStage[size_t(j)])].push_back(o.probability[size_t(j)]);
    std::vector<std::pair<double, qint32>> undefinedStages;
    for (qint32 code = 1; code < codes; ++code)
        if (!defined(code) && byCode[size_t(code)].deals > 0)
            undefinedStages.emplace_back(
                byCode[size_t(code)].closed ? 2.0 : median(probabilities[size_t(code)]).value_or(0), code);
    std::stable_sort(undefinedStages.begin(), undefinedStages.end());
    for (const auto& [probability, code] : undefinedStages)
        r.stages.push_back(byCode[size_t(code)]);
    for (qint32 code = 1; code < codes; ++code)
        if (defined(code) && openRank[size_t(code)] < 0)
            r.stages.push_back(byCode[size_t(code)]);
    if (byCode[0].deals > 0)
        r.stages.push_back(byCode[0]);
    return r;
}

} // namespace revalign
