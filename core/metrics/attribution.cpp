#include "metrics/attribution.h"

#include "util/error.h"
#include "util/suggest.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace revalign {

// One anchor of a position-based model: the milestone it sits at and its share in model units.
// The lead-creation anchor always exists (unknown or later creation: the rules of anchorTouch); the
// opportunity-creation and closed-won anchors exist only once reached.
struct PositionRole {
    qint64 milestone;
    qint64 units;
    bool firstTouch = false;
    bool onlyOnceReached = false;
};

namespace {
// Products of a cent amount and a weight can pass 2^63 (2^32-scaled decay weights on large deals), so the
// split is done in 128 bits; GCC and Clang both have it, and it keeps the arithmetic exact.
__extension__ using Int128 = __int128;

constexpr qint64 kDaySeconds = 86400;
// Decay weights are fixed-point with 32 fractional bits: a touch 32 half-lives older than the newest
// one gets weight 0 (less than a cent on any deal below 40 million), and amount × weight stays in 64 bits
// for deals up to 21 million, the fast path.
constexpr int kDecayBits = 32;

// Largest-remainder split of |amount| in proportion to `weights`; the touches with the largest
// remainders (ties: the earlier touch) get one extra cent each until the shares add up exactly.
// `Wide` is qint64 when amount × every weight fits (almost always: one hardware division per touch) and
// Int128 otherwise (a 2^32-scaled decay weight on a deal above ~21 million).
template <typename Wide>
void largestRemainderIn(std::span<const qint64> weights, qint64 whole, std::span<qint64> out,
                        std::vector<Wide>& remainders, std::vector<size_t>& order) {
    const size_t n = weights.size();
    Wide total = 0;
    for (const qint64 w : weights)
        total += w;
    remainders.resize(n);
    qint64 assigned = 0;
    for (size_t i = 0; i < n; ++i) {
        const Wide product = Wide(whole) * weights[i];
        const Wide share = product / total;
        remainders[i] = product - share * total;
        out[i] = qint64(share);
        assigned += qint64(share);
    }
    const qint64 left = whole - assigned;
    if (left <= 0)
        return;
    const auto larger = [&remainders](size_t a, size_t b) {
        return remainders[a] != remainders[b] ? remainders[a] > remainders[b] : a < b;
    };
    if (n <= 16) {
        // Typical journeys are a handful of touches: picking the best remainder `left` times beats sorting.
        std::array<bool, 16> taken{};
        for (qint64 k = 0; k < left; ++k) {
            size_t best = n;
            for (size_t i = 0; i < n; ++i)
                if (!taken[i] && (best == n || larger(i, best)))
                    best = i;
            taken[best] = true;
            ++out[best];
        }
        return;
    }
    order.resize(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::partial_sort(order.begin(), order.begin() + left, order.end(), larger);
    for (qint64 k = 0; k < left; ++k)
        ++out[order[size_t(k)]];
}

void splitEqually(qint64 amount, std::span<qint64> out) {
    const auto n = qint64(out.size());
    const bool negative = amount < 0;
    const qint64 whole = negative ? -amount : amount;
    const qint64 each = whole / n;
    const qint64 left = whole % n; // equal remainders: the earliest `left` touches get the extra cent
    for (qint64 i = 0; i < n; ++i) {
        const qint64 v = each + (i < left ? 1 : 0);
        out[size_t(i)] = negative ? -v : v;
    }
}

void decayWeights(std::span<const qint64> times, double halfLifeDays, std::vector<qint64>& weights) {
    const size_t n = times.size();
    weights.resize(n);
    // Relative to the newest touch: 2^(-(T - t)/h) normalised equals 2^(-(tNewest - t)/h) normalised,
    // and the newest touch keeps the full fixed-point weight so the sum is never 0.
    const qint64 newest = times[n - 1];
    const double halfLifeSeconds = halfLifeDays * double(kDaySeconds);
    for (size_t i = 0; i < n; ++i) {
        const double halfLives = double(newest - times[i]) / halfLifeSeconds;
        weights[i] =
            halfLives >= kDecayBits + 1 ? 0 : std::llround(std::ldexp(std::exp2(-halfLives), kDecayBits));
    }
}
} // namespace

void CreditSplitter::largestRemainder(qint64 amount, std::span<qint64> out) {
    const std::span<const qint64> weights(m_weights);
    const bool negative = amount < 0;
    const qint64 whole = negative ? -amount : amount;
    qint64 maxWeight = 0;
    Int128 total = 0;
    for (const qint64 w : weights) {
        maxWeight = std::max(maxWeight, w);
        total += w;
    }
    if (total == 0) { // cannot happen with our weights; keep the total exact anyway
        std::fill(out.begin(), out.end(), 0);
        out[0] = amount;
        return;
    }
    const qint64 limit = std::numeric_limits<qint64>::max();
    if (total <= limit && (maxWeight == 0 || whole <= limit / maxWeight)) {
        largestRemainderIn<qint64>(weights, whole, out, m_remainders, m_order);
    } else {
        std::vector<Int128> remainders;
        largestRemainderIn<Int128>(weights, whole, out, remainders, m_order);
    }
    if (negative)
        for (qint64& v : out)
            v = -v;
}

void CreditSplitter::positionalWeights(std::span<const qint64> times, std::span<const PositionRole> roles,
                                       qint64 restUnits, qint64 conversionAt) {
    const size_t n = times.size();
    m_anchorUnits.assign(n, 0);
    m_isAnchor.assign(n, 0);
    for (const PositionRole& role : roles) {
        // A milestone not reached by the conversion point (closed-won when crediting pipeline) has no
        // touch: its share is dropped and the others are scaled up with the rest.
        if (role.onlyOnceReached && (role.milestone == kNoJourneyTime ||
                                     (conversionAt != kNoJourneyTime && role.milestone > conversionAt)))
            continue;
        const size_t at = role.firstTouch ? 0 : size_t(anchorTouch(times, role.milestone));
        m_anchorUnits[at] += role.units;
        m_isAnchor[at] = 1;
    }
    const auto middle = qint64(std::count(m_isAnchor.begin(), m_isAnchor.end(), 0));
    m_weights.resize(n);
    // Each of the `middle` touches gets restUnits/middle; scaling everything by `middle` keeps the
    // weights whole. With nothing in between the anchors share everything in their own proportions.
    for (size_t i = 0; i < n; ++i)
        m_weights[i] = m_isAnchor[i] ? m_anchorUnits[i] * std::max<qint64>(middle, 1) : restUnits;
}

qsizetype anchorTouch(std::span<const qint64> times, qint64 milestone) {
    if (times.empty())
        return -1;
    if (milestone == kNoJourneyTime)
        return 0;
    const auto after = std::upper_bound(times.begin(), times.end(), milestone);
    return after == times.begin() ? 0 : qsizetype(after - times.begin()) - 1;
}

void splitCredit(AttributionModel model, std::span<const qint64> touchTimes,
                 const JourneyMilestones& milestones, qint64 amount, double halfLifeDays,
                 std::span<qint64> out) {
    CreditSplitter().split(model, touchTimes, milestones, amount, halfLifeDays, out);
}

void CreditSplitter::split(AttributionModel model, std::span<const qint64> times, const JourneyMilestones& m,
                           qint64 amount, double halfLifeDays, std::span<qint64> out) {
    const size_t n = times.size();
    Q_ASSERT(out.size() == n);
    if (n == 0)
        return;
    std::fill(out.begin(), out.end(), 0);
    switch (model) {
    case AttributionModel::FirstTouch:
        out[0] = amount;
        return;
    case AttributionModel::LastTouch:
        out[n - 1] = amount;
        return;
    case AttributionModel::LeadCreation:
        out[size_t(anchorTouch(times, m.leadCreatedAt))] = amount;
        return;
    case AttributionModel::Linear:
        splitEqually(amount, out);
        return;
    case AttributionModel::UShaped: {
        const PositionRole roles[] = {{kNoJourneyTime, 40, true, false}, {m.leadCreatedAt, 40, false, false}};
        positionalWeights(times, roles, 20, m.conversionAt);
        break;
    }
    case AttributionModel::WShaped: {
        const PositionRole roles[] = {{kNoJourneyTime, 30, true, false},
                                      {m.leadCreatedAt, 30, false, false},
                                      {m.opportunityCreatedAt, 30, false, true}};
        positionalWeights(times, roles, 10, m.conversionAt);
        break;
    }
    case AttributionModel::FullPath: {
        // In tenths of a percent: 22.5% = 225.
        const PositionRole roles[] = {{kNoJourneyTime, 225, true, false},
                                      {m.leadCreatedAt, 225, false, false},
                                      {m.opportunityCreatedAt, 225, false, true},
                                      {m.closedWonAt, 225, false, true}};
        positionalWeights(times, roles, 100, m.conversionAt);
        break;
    }
    case AttributionModel::TimeDecay:
        decayWeights(times, halfLifeDays, m_weights);
        break;
    }
    largestRemainder(amount, out);
}

QString noTouchpointsKey() {
    return QCoreApplication::translate("Attribution", "(no touchpoints)");
}

namespace {
std::vector<char> allowed(const NameCodes& codes, const QStringList& names, const char* what) {
    std::vector<char> out;
    if (names.isEmpty())
        return out;
    out.assign(size_t(codes.size()), 0);
    for (const QString& name : names) {
        const qint32 code = codes.codeOf(name);
        if (code < 0) // a count and examples, not every name the workspace knows
            throw Error(unknownName(QString::fromLatin1(what), name, codes.names().mid(1)));
        out[size_t(code)] = 1;
    }
    return out;
}

QStringList knownOnly(const NameCodes& codes, const QStringList& names, bool& matchesNothing) {
    QStringList known;
    for (const QString& name : names)
        if (codes.codeOf(name) >= 0)
            known << name;
    if (!names.isEmpty() && known.isEmpty())
        matchesNothing = true;
    return known;
}

bool pass(const std::vector<char>& allowedCodes, qint32 code) {
    return allowedCodes.empty() || allowedCodes[size_t(code)] != 0;
}

// One selected opportunity: its index and the instant its credit is computed at.
struct Selected {
    qint32 opp;
    qint64 conversionAt;
};

std::vector<Selected> selectOpportunities(const JourneyTable& t, const AttributionQuery& q) {
    if (!(q.halfLifeDays > 0) || !std::isfinite(q.halfLifeDays))
        throw Error(
            QCoreApplication::translate("Attribution", "the half-life must be a positive number of days"));
    const std::vector<char> personas = allowed(t.personas, q.personas, "persona");
    const std::vector<char> channels = allowed(t.channels, q.channels, "channel");
    const std::vector<char> owners = allowed(t.owners, q.owners, "owner");
    const qint32 fromDay =
        q.from.isValid() ? qint32(q.from.toJulianDay()) : std::numeric_limits<qint32>::min();
    const qint32 toDay = q.to.isValid() ? qint32(q.to.toJulianDay()) : std::numeric_limits<qint32>::max();
    const bool revenue = q.metric == AttributionMetric::Revenue;
    std::vector<Selected> out;
    out.reserve(t.oppId.size());
    for (size_t i = 0; i < t.oppId.size(); ++i) {
        const qint64 conversion = revenue ? t.oppWonAt[i] : t.oppCreatedAt[i];
        if (conversion == kNoJourneyTime)
            continue;
        const qint32 day = revenue ? t.oppCloseDay[i] : t.oppCreatedDay[i];
        if (day < fromDay || day > toDay)
            continue;
        const qint32 row = t.oppContact[i];
        const qint32 persona = row >= 0 ? t.persona[size_t(row)] : 0;
        const qint32 channel = t.oppChannel[i] != 0 || row < 0 ? t.oppChannel[i] : t.channel[size_t(row)];
        if (!pass(personas, persona) || !pass(channels, channel) || !pass(owners, t.oppOwner[i]))
            continue;
        out.push_back({qint32(i), conversion});
    }
    return out;
}

// The touches of an opportunity's contact at or before the conversion point: [begin, end).
std::pair<qint64, qint64> journeyOf(const JourneyTable& t, const Selected& s) {
    const qint32 row = t.oppContact[size_t(s.opp)];
    if (row < 0)
        return {0, 0};
    const qint64 begin = t.touchBegin[size_t(row)];
    const qint64 last = t.touchBegin[size_t(row) + 1];
    const auto first = t.touchAt.begin() + begin;
    const qint64 end = begin + (std::upper_bound(first, t.touchAt.begin() + last, s.conversionAt) - first);
    return {begin, end};
}

qint64 valueOf(const JourneyTable& t, AttributionMetric metric, qint32 opp) {
    return metric == AttributionMetric::Opportunities ? 100 : t.oppAmount[size_t(opp)];
}

AttributionResult attributeSelected(const JourneyTable& t, const AttributionQuery& q,
                                    const std::vector<Selected>& selected) {
    // Team keys are fixed (marketing = 0, sales = 1); the others index a dictionary.
    static const NameCodes kNoNames;
    const NameCodes& names = q.by == AttributionDimension::Channel    ? t.channels
                             : q.by == AttributionDimension::Campaign ? t.campaigns
                             : q.by == AttributionDimension::Persona  ? t.personas
                                                                      : kNoNames;
    const qint32* touchKey = q.by == AttributionDimension::Channel    ? t.touchChannel.data()
                             : q.by == AttributionDimension::Campaign ? t.touchCampaign.data()
                                                                      : nullptr;
    const qsizetype keyCount = q.by == AttributionDimension::Team ? 2 : names.size();
    std::vector<qint64> credit(size_t(keyCount) + 1, 0); // last slot: no touchpoints
    std::vector<qint64> shares;
    CreditSplitter splitter;
    AttributionResult result{q.model, q.metric, q.by, 0, qint64(selected.size()), {}};
    for (const Selected& s : selected) {
        const qint64 amount = valueOf(t, q.metric, s.opp);
        result.total += amount;
        const auto [begin, end] = journeyOf(t, s);
        const auto n = size_t(end - begin);
        if (n == 0) {
            credit.back() += amount;
            continue;
        }
        const auto row = size_t(t.oppContact[size_t(s.opp)]);
        const JourneyMilestones m{t.createdAt[row], t.oppCreatedAt[size_t(s.opp)], t.oppWonAt[size_t(s.opp)],
                                  s.conversionAt};
        shares.resize(n);
        splitCredit(q.model, std::span(t.touchAt).subspan(size_t(begin), n), m, amount, q.halfLifeDays,
                    shares);
        for (size_t i = 0; i < n; ++i) {
            const auto touch = size_t(begin) + i;
            const size_t key = q.by == AttributionDimension::Team ? t.touchTeam[touch]
                               : touchKey == nullptr              ? size_t(t.persona[row])
                                                                  : size_t(touchKey[touch]);
            credit[key] += shares[i];
        }
    }
    // Keys whose touches all got 0 (e.g. middle touches under first touch) are left out: a row means
    // credit, and the side-by-side view unions the keys of every model.
    for (size_t key = 0; key < credit.size(); ++key) {
        if (credit[key] == 0)
            continue;
        AttributionRow r;
        if (key + 1 == credit.size())
            r.key = noTouchpointsKey();
        else if (q.by == AttributionDimension::Team)
            r.key = key == 0 ? QStringLiteral("marketing") : QStringLiteral("sales");
        else
            r.key = names.display(qint32(key));
        r.credit = credit[key];
        if (result.total != 0)
            r.share = double(r.credit) / double(result.total);
        result.rows.push_back(r);
    }
    std::sort(result.rows.begin(), result.rows.end(), [](const AttributionRow& a, const AttributionRow& b) {
        return a.credit != b.credit ? a.credit > b.credit : a.key < b.key;
    });
    return result;
}
} // namespace

AttributionResult attribute(const JourneyTable& t, const AttributionQuery& q) {
    return attributeSelected(t, q, selectOpportunities(t, q));
}

std::vector<AttributionResult> compareModels(const JourneyTable& t, const AttributionQuery& query) {
    const std::vector<Selected> selected = selectOpportunities(t, query);
    // The models only read the snapshot: one task per model (each with its own CreditSplitter).
    const std::vector<AttributionModel>& models = allAttributionModels();
    return QtConcurrent::blockingMapped<std::vector<AttributionResult>>(models, [&](AttributionModel model) {
        AttributionQuery q = query;
        q.model = model;
        return attributeSelected(t, q, selected);
    });
}

std::vector<TeamInfluence> sourcedVsInfluenced(const JourneyTable& t, const AttributionQuery& q) {
    std::vector<TeamInfluence> out{{QStringLiteral("marketing")},
                                   {QStringLiteral("sales")},
                                   {QStringLiteral("partner")},
                                   {QStringLiteral("unknown")}};
    const auto slotOf = [](Source s) {
        switch (s) {
        case Source::Marketing:
            return 0;
        case Source::Sales:
            return 1;
        case Source::Partner:
            return 2;
        case Source::Unknown:
            break;
        }
        return 3;
    };
    for (const Selected& s : selectOpportunities(t, q)) {
        const qint64 value = valueOf(t, q.metric, s.opp);
        TeamInfluence& sourced = out[size_t(slotOf(Source(t.oppSource[size_t(s.opp)])))];
        ++sourced.sourcedCount;
        sourced.sourcedValue += value;
        const auto [begin, end] = journeyOf(t, s);
        bool touched[2] = {false, false};
        for (qint64 i = begin; i < end; ++i)
            touched[t.touchTeam[size_t(i)]] = true;
        for (int team = 0; team < 2; ++team) {
            if (!touched[team])
                continue;
            ++out[size_t(team)].influencedCount;
            out[size_t(team)].influencedValue += value;
        }
    }
    return out;
}

AttributionQuery withKnownNames(const JourneyTable& journeys, AttributionQuery query, bool& matchesNothing) {
    matchesNothing = false;
    query.personas = knownOnly(journeys.personas, query.personas, matchesNothing);
    query.channels = knownOnly(journeys.channels, query.channels, matchesNothing);
    query.owners = knownOnly(journeys.owners, query.owners, matchesNothing);
    return query;
}

} // namespace revalign
