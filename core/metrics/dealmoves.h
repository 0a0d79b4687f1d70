#pragma once

#include "metrics/waterfall.h"

#include <array>
#include <set>
#include <unordered_map>

namespace revalign {

// How one deal moved the window's pipeline between A and B (waterfall.cpp and dealmoves.cpp).
struct DealChanges {
    qint32 a = -1, b = -1;         // the deal's state at A and at B (-1: none)
    bool assumedA = false;         // the state at A was taken as first seen
    bool inA = false, inB = false; // open and closing in the window
    bool closedBetween = false;    // won or lost after A, at the latest by B
    bool participates = false;     // in the window at A, or came into it by B
    qint64 startCents = 0, endCents = 0;
    std::array<qint64, kWaterfallBuckets> delta{};
    std::array<bool, kWaterfallBuckets> hit{};
};

// The per-deal rules of the waterfall over one resolved query (defaults filled in).
class DealMoves final {
public:
    DealMoves(const FactTable& facts, const ResolvedFilter& filter, const WaterfallQuery& resolved);

    DealChanges classify(qsizetype deal) const;
    // Calls `f(deal, changes)` for every deal the filter keeps that takes part in the waterfall.
    template <typename F> void forEachDeal(F&& f) const {
        for (qsizetype j = 0; j < m_facts.opportunities.size(); ++j) {
            if (!m_filter.opportunity(m_facts, j))
                continue;
            const DealChanges c = classify(j);
            if (c.participates)
                f(j, c);
        }
    }
    // Totals, every change, owner and forecast moves, the flow matrix, slipped and stalled deals, stage
    // times and the notes.
    void fill(Waterfall& w) const;

private:
    DealMoment moment(qsizetype deal, qint32 state, bool assumed) const;
    bool inWindow(qint32 state) const;
    bool hasHistoryRows(qsizetype deal) const;
    void slippedAndStalled(qsizetype deal, const DealChanges& c, Waterfall& w) const;
    void stageTimes(Waterfall& w) const;

    const FactTable& m_facts;
    const DealHistoryColumns& m_h;
    const ResolvedFilter& m_filter;
    qint64 m_from, m_to;
    qint64 m_windowFrom, m_windowTo; // Julian days, inclusive
    qint64 m_firstSnapshot;
    // The deal's place in the order of all deals' names (DealHistoryColumns::nameRank).
    qint32 nameRank(qsizetype deal) const;
    // Sort keys of the slipped and stalled deals fill() collects, in the order it adds them.
    mutable std::vector<std::pair<qint64, qint32>> m_slippedKeys, m_stalledKeys;
    mutable std::vector<qint32> m_nameRank;    // when the table has none
    mutable std::set<qint32> m_unjudgedStages; // filled by fill(): stages of End without expected days
    // The workspace-local day of each moment asked (a time-zone conversion costs ~2 µs, and 20,000
    // stalled deals share the dozen snapshot times their stages began at: 40 ms of an 80 ms waterfall).
    QDate localDay(qint64 at) const;
    mutable std::unordered_map<qint64, QDate> m_localDays;
};

} // namespace revalign
