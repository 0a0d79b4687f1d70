#include "store/dealhistoryload.h"

#include "metrics/facttable.h"
#include "store/database.h"
#include "store/isoday.h"

#include <QDate>

#include <algorithm>
#include <limits>

namespace revalign {

namespace {
std::optional<DealStatus> statusOf(std::string_view s) {
    if (s == "open")
        return DealStatus::Open;
    if (s == "won")
        return DealStatus::Won;
    if (s == "lost")
        return DealStatus::Lost;
    return std::nullopt;
}

// One deal_state row as read, before the carry-over: `stated` says which fields it carries.
struct RawState {
    qint32 deal;
    bool snapshot;
    quint8 stated;
    quint8 derived; // stated fields a snapshot left NULL that follow from its stage and outcome
    quint8 forecast;
    quint8 status;
    qint32 stage;
    qint32 closeDay;
    qint32 owner;
    float probability;
    qint64 from;
    qint64 id;
    qint64 amount;
};
enum : quint8 {
    Stage = 1,
    Amount = 2,
    Close = 4,
    Probability = 8,
    Forecast = 16,
    Owner = 32,
    Status = 64,
    All = 127
};
} // namespace

void loadDealHistory(Database& db, FactTable& f) {
    DealHistoryColumns& h = f.dealHistory;
    h = DealHistoryColumns{};
    const OpportunityColumns& o = f.opportunities;
    const size_t deals = size_t(o.size());
    std::vector<qint32> rowOf;
    for (size_t j = 0; j < deals; ++j) {
        const qint64 id = o.id[j];
        if (id < 0 || id > qint64(8 * deals + 1024)) // ids are rowids: dense; anything else is skipped
            continue;
        if (size_t(id) >= rowOf.size())
            rowOf.resize(size_t(id) + 1, -1);
        rowOf[size_t(id)] = qint32(j);
    }
    const auto row = [&rowOf](qint64 id) {
        return id >= 0 && size_t(id) < rowOf.size() ? rowOf[size_t(id)] : -1;
    };
    h.names.assign(deals, QString());
    h.sourceIds.assign(deals, QString());
    {
        Statement st(db, "SELECT id, name, source_id FROM opportunity");
        while (st.step())
            if (const qint32 j = row(st.int64(0)); j >= 0) {
                h.names[size_t(j)] = st.text(1);
                h.sourceIds[size_t(j)] = st.text(2);
            }
    }
    h.nameRank = rankByName(h.names);
    std::vector<std::pair<qint64, qint32>> ownerCodes;
    {
        Statement st(db, "SELECT id, name FROM owner");
        while (st.step())
            ownerCodes.emplace_back(st.int64(0), std::max(0, f.owners.codeOf(st.text(1))));
        std::sort(ownerCodes.begin(), ownerCodes.end());
    }
    const auto ownerCode = [&ownerCodes](qint64 id) {
        const auto it =
            std::lower_bound(ownerCodes.begin(), ownerCodes.end(), std::pair<qint64, qint32>(id, -1));
        return it != ownerCodes.end() && it->first == id ? it->second : 0;
    };
    std::vector<std::pair<qint32, qint32>> expected; // stage code, days
    {
        Statement st(db, "SELECT name, expected_days FROM deal_stage");
        while (st.step())
            if (!st.isNull(1))
                expected.emplace_back(f.dealStages.intern(st.text(0)), st.int32(1));
    }
    {
        Statement st(db,
                     "SELECT coalesce(as_of, imported_at) FROM import_batch WHERE entity = 'opportunities'");
        while (st.step())
            h.snapshotTimes.push_back(st.int64(0));
    }

    // One sequential scan; the timeline order is made here (cheaper than SQLite sorting the table).
    std::vector<RawState> raw;
    {
        Statement count(db, "SELECT count(*) FROM deal_state");
        if (count.step())
            raw.reserve(size_t(count.int64(0)));
        Statement st(
            db, "SELECT opportunity_id, valid_from, origin, stage, amount_cents, close_date, probability, "
                "forecast_category, owner_id, status, id FROM deal_state");
        std::string lastStage;
        qint32 lastStageCode = 0;
        while (st.step()) {
            const qint32 j = row(st.int64(0));
            if (j < 0)
                continue;
            RawState r{};
            r.deal = j;
            r.from = st.int64(1);
            r.snapshot = st.textView(2) == "snapshot";
            r.id = st.int64(10);
            if (!st.isNull(3)) {
                const std::string_view stage = st.textView(3);
                if (stage != lastStage) { // consecutive rows of a deal usually repeat the stage
                    lastStage.assign(stage);
                    lastStageCode =
                        f.dealStages.intern(QString::fromUtf8(stage.data(), qsizetype(stage.size())));
                }
                r.stage = lastStageCode;
                r.stated |= Stage;
            }
            if (!st.isNull(4)) {
                r.amount = st.int64(4);
                r.stated |= Amount;
            }
            if (!st.isNull(5)) {
                r.closeDay = isoJulianDay(st.textView(5));
                r.stated |= Close;
            } else {
                r.closeDay = kNoDay;
            }
            if (!st.isNull(6)) {
                r.probability = float(std::clamp(st.real(6), 0.0, 1.0));
                r.stated |= Probability;
            }
            if (!st.isNull(7)) {
                const std::string_view key = st.textView(7);
                if (const auto c =
                        forecastCategoryFromKey(QString::fromUtf8(key.data(), qsizetype(key.size())))) {
                    r.forecast = quint8(*c);
                    r.stated |= Forecast;
                }
            }
            if (!st.isNull(8)) {
                r.owner = ownerCode(st.int64(8));
                r.stated |= Owner;
            }
            if (const auto s = st.isNull(9) ? std::nullopt : statusOf(st.textView(9))) {
                r.status = quint8(*s);
                r.stated |= Status;
            }
            if (r.snapshot) {
                // A snapshot's NULL is the deal's value: none; a probability or forecast it lacks follows
                // from its stage and outcome, as for the deal itself.
                r.derived = quint8(All & ~r.stated & (Probability | Forecast));
                r.stated = All;
                h.snapshotTimes.push_back(r.from);
            }
            raw.push_back(r);
        }
    }
    if (raw.empty()) {
        std::sort(h.snapshotTimes.begin(), h.snapshotTimes.end());
        h.snapshotTimes.erase(std::unique(h.snapshotTimes.begin(), h.snapshotTimes.end()),
                              h.snapshotTimes.end());
        return;
    }
    // Codes 1..defined are the defined deal stages in pipeline order (FactStore interns deal_stage by
    // position first); any other stage sorts after them, like coalesce(position, 1000000) in the writer.
    const qint32 defined = qint32(f.dealStageProbability.size()) - 1;
    const auto tieRank = [defined](const RawState& r) {
        return (r.stated & Stage) && r.stage >= 1 && r.stage <= defined ? r.stage
                                                                        : std::numeric_limits<qint32>::max();
    };
    std::sort(raw.begin(), raw.end(), [&tieRank](const RawState& a, const RawState& b) {
        if (a.deal != b.deal)
            return a.deal < b.deal;
        if (a.from != b.from)
            return a.from < b.from;
        if (a.snapshot != b.snapshot)
            return !a.snapshot; // history first: the snapshot of the same instant has the last word
        const qint32 sa = tieRank(a);
        const qint32 sb = tieRank(b);
        if (sa != sb)
            return sa < sb;
        return a.id < b.id;
    });

    const size_t n = raw.size();
    h.begin.assign(deals + 1, 0);
    h.validFrom.resize(n);
    h.stage.resize(n);
    h.amountCents.resize(n);
    h.closeDay.resize(n);
    h.probability.resize(n);
    h.forecast.resize(n);
    h.owner.resize(n);
    h.status.resize(n);
    h.flags.resize(n);
    std::vector<quint8> known(n, 0);
    for (size_t k = 0; k < n; ++k)
        ++h.begin[size_t(raw[k].deal) + 1];
    for (size_t j = 0; j < deals; ++j)
        h.begin[j + 1] += h.begin[j];

    const auto setField = [&](size_t k, quint8 bit, const RawState& r) {
        switch (bit) {
        case Stage:
            h.stage[k] = (r.stated & Stage) ? r.stage : 0;
            break;
        case Amount:
            h.amountCents[k] = (r.stated & Amount) ? r.amount : 0;
            if (!(r.stated & Amount))
                h.flags[k] |= DealHistoryColumns::kNoAmount;
            else
                h.flags[k] &= quint8(~DealHistoryColumns::kNoAmount);
            break;
        case Close:
            h.closeDay[k] = r.closeDay;
            break;
        case Probability:
            h.probability[k] = r.probability;
            break;
        case Forecast:
            h.forecast[k] = r.forecast;
            break;
        case Owner:
            h.owner[k] = r.owner;
            break;
        case Status:
            h.status[k] = r.status;
            break;
        }
    };
    const auto copyField = [&](size_t to, size_t from, quint8 bit) {
        switch (bit) {
        case Stage:
            h.stage[to] = h.stage[from];
            break;
        case Amount:
            h.amountCents[to] = h.amountCents[from];
            h.flags[to] = quint8((h.flags[to] & ~DealHistoryColumns::kNoAmount) |
                                 (h.flags[from] & DealHistoryColumns::kNoAmount));
            break;
        case Close:
            h.closeDay[to] = h.closeDay[from];
            break;
        case Probability:
            h.probability[to] = h.probability[from];
            break;
        case Forecast:
            h.forecast[to] = h.forecast[from];
            break;
        case Owner:
            h.owner[to] = h.owner[from];
            break;
        case Status:
            h.status[to] = h.status[from];
            break;
        }
    };
    const auto derive = [&](size_t k, quint8 bit) {
        if (bit == Probability) {
            const size_t stage = size_t(h.stage[k]);
            h.probability[k] =
                stage < f.dealStageProbability.size() ? float(f.dealStageProbability[stage]) : 0.0f;
        } else {
            const DealStatus st = DealStatus(h.status[k]);
            h.forecast[k] = quint8(st == DealStatus::Won    ? ForecastCategory::Closed
                                   : st == DealStatus::Lost ? ForecastCategory::Omitted
                                                            : ForecastCategory::Pipeline);
        }
    };
    // Probability and forecast last: when no entry ever stated them they follow the stage and the outcome.
    static constexpr quint8 kBits[] = {Stage, Amount, Close, Owner, Status, Probability, Forecast};
    for (size_t j = 0; j < deals; ++j) {
        const size_t first = size_t(h.begin[j]);
        const size_t last = size_t(h.begin[j + 1]);
        if (first == last)
            continue;
        // Forward: each field as the latest entry stating it left it.
        quint8 sofar = 0;
        for (size_t k = first; k < last; ++k) {
            const RawState& r = raw[k];
            h.validFrom[k] = r.from;
            h.flags[k] = r.snapshot ? DealHistoryColumns::kSnapshot : 0;
            for (const quint8 bit : kBits) {
                if (r.derived & bit)
                    derive(k, bit);
                else if (r.stated & bit)
                    setField(k, bit, r);
                else if (sofar & bit)
                    copyField(k, k - 1, bit);
            }
            sofar |= r.stated;
            known[k] = sofar;
        }
        // Backward: what no entry had stated yet is taken as first stated ("as first seen").
        for (const quint8 bit : kBits) {
            size_t firstKnown = last;
            for (size_t k = first; k < last && firstKnown == last; ++k)
                if (known[k] & bit)
                    firstKnown = k;
            for (size_t k = first; k < firstKnown; ++k) {
                if (firstKnown < last) {
                    copyField(k, firstKnown, bit);
                    if (bit == Amount || bit == Close) // the money-moving ones are flagged (and noted)
                        h.flags[k] |= DealHistoryColumns::kAssumed;
                } else if (bit == Probability || bit == Forecast) {
                    derive(k, bit);
                } else { // never stated: none
                    RawState none{};
                    none.closeDay = kNoDay;
                    setField(k, bit, none);
                }
            }
        }
    }
    h.stageExpectedDays.assign(size_t(f.dealStages.size()), 0);
    for (const auto& [code, days] : expected)
        if (code >= 0 && size_t(code) < h.stageExpectedDays.size())
            h.stageExpectedDays[size_t(code)] = days;
    std::sort(h.snapshotTimes.begin(), h.snapshotTimes.end());
    h.snapshotTimes.erase(std::unique(h.snapshotTimes.begin(), h.snapshotTimes.end()), h.snapshotTimes.end());
}

} // namespace revalign
