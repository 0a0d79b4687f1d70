#include "demo/journey.h"

#include <algorithm>

namespace revalign::demo {

namespace {
constexpr qint64 kDay = 86400;

TouchpointKind creationKind(Channel channel, Random& rng) {
    switch (channel) {
    case Channel::Email:
        return TouchpointKind::EmailClick;
    case Channel::Events:
        return TouchpointKind::Event;
    case Channel::PartnerReferral:
        return TouchpointKind::Other;
    case Channel::Outbound:
        return rng.chance(0.6) ? TouchpointKind::Call : TouchpointKind::Email;
    case Channel::PaidSearch:
    case Channel::PaidSocial:
        return rng.chance(0.7) ? TouchpointKind::Form : TouchpointKind::Ad;
    case Channel::OrganicSearch:
    case Channel::Direct:
        return TouchpointKind::Form;
    }
    return TouchpointKind::Form;
}

class TouchWriter {
public:
    TouchWriter(const DemoWorld& world, ContactPlan& plan, Random& rng)
        : m_world(world)
        , m_plan(plan)
        , m_rng(rng) {}

    void add(qint64 at, TouchpointKind kind, Channel channel) {
        if (at < m_world.startUtc || at > m_world.endUtc)
            return;
        m_plan.touches.push_back(
            {at, kind, channel,
             pickCampaign(m_world.campaigns, channel, BusinessClock::localDay(at), m_rng)});
    }
    void add(qint64 at, TouchpointKind kind, Channel channel, int campaign) {
        if (at >= m_world.startUtc && at <= m_world.endUtc)
            m_plan.touches.push_back({at, kind, channel, campaign});
    }
    // A marketing touch of the nurture mix: newsletters, content, retargeting ads, return visits.
    void nurture(qint64 at) {
        static constexpr double kWeights[] = {0.42, 0.2, 0.2, 0.1, 0.08};
        switch (m_rng.pick(kWeights)) {
        case 0:
            return add(at, TouchpointKind::EmailClick, Channel::Email);
        case 1:
            return add(at, TouchpointKind::WebVisit,
                       m_rng.chance(0.6) ? Channel::OrganicSearch : Channel::Direct);
        case 2:
            return add(at, TouchpointKind::Content, Channel::OrganicSearch);
        case 3:
            return add(at, TouchpointKind::Ad, Channel::PaidSocial);
        default:
            return add(at, TouchpointKind::Ad, Channel::PaidSearch);
        }
    }
    // A sales touch in business hours at or after `at`; sales touches are logged under the BDR/SDR
    // outbound channel so attribution can tell them from marketing's.
    void sales(qint64 at, TouchpointKind kind) {
        add(m_world.clock.businessMomentFrom(at, m_rng), kind, Channel::Outbound, -1);
    }
    void salesExact(qint64 at, TouchpointKind kind) { add(at, kind, Channel::Outbound, -1); }
    qint64 between(qint64 from, qint64 to) {
        return to <= from ? from
                          : from + static_cast<qint64>(m_rng.uniform() * static_cast<double>(to - from));
    }

private:
    const DemoWorld& m_world;
    ContactPlan& m_plan;
    Random& m_rng;
};
// Engaged people read more, come back more and sign up for events before they ask to talk to sales:
// extra marketing touches before the handoff, as many as their intent, drawn from a stream of their own
// so the contact's other draws stay as they were.
void engagedTouches(const DemoWorld& world, ContactPlan& c, qint64 from, qint64 until, int index) {
    Random r(world.seed, 0x70C4000000000ULL + static_cast<quint64>(index));
    const int extra = static_cast<int>(std::max(0.0, 1.3 * c.intent + r.uniform() - 0.2));
    for (int i = 0; i < extra; ++i) {
        const qint64 at = until <= from + 600
                              ? from
                              : from + 600 + static_cast<qint64>(r.uniform() * double(until - from - 600));
        if (at < world.startUtc || at > world.endUtc)
            continue;
        static constexpr double kWeights[] = {0.4, 0.35, 0.25};
        static constexpr TouchpointKind kKinds[] = {TouchpointKind::Content, TouchpointKind::EmailClick,
                                                    TouchpointKind::Event};
        static constexpr Channel kChannels[] = {Channel::OrganicSearch, Channel::Email, Channel::Events};
        const auto k = static_cast<size_t>(r.pick(kWeights));
        c.touches.push_back({at, kKinds[k], kChannels[k],
                             pickCampaign(world.campaigns, kChannels[k], BusinessClock::localDay(at), r)});
    }
}
} // namespace

void planTouches(const DemoWorld& world, ContactPlan& c, Random& rng, int index) {
    TouchWriter w(world, c, rng);
    const qint64 created = c.stage[Lead];
    const qint64 end = world.endUtc;

    // Anonymous visits before the first form: first touch and lead creation differ for these contacts.
    if (c.channel != Channel::Outbound && rng.chance(0.5)) {
        const int visits = 1 + (rng.chance(0.4) ? 1 : 0);
        for (int i = 0; i < visits; ++i) {
            static constexpr double kWeights[] = {0.5, 0.3, 0.2};
            const Channel ch = std::array{Channel::OrganicSearch, Channel::Direct,
                                          Channel::PaidSearch}[static_cast<size_t>(rng.pick(kWeights))];
            w.add(created - 3600 - static_cast<qint64>(rng.uniform() * 30 * kDay), TouchpointKind::WebVisit,
                  ch);
        }
    }
    w.add(created, creationKind(c.channel, rng), c.channel, c.campaign);

    const bool quickMql = c.stage[Mql] && c.stage[Mql] - created < 3 * 3600;
    if (c.channel == Channel::Outbound) {
        // The BDR's sequence: a few more calls and emails over the next weeks.
        const int attempts = 1 + rng.below(3);
        const qint64 until = c.stage[Sql] ? c.stage[Sql] : created + 21 * kDay;
        for (int i = 0; i < attempts; ++i)
            w.sales(w.between(created + 3600, until),
                    rng.chance(0.5) ? TouchpointKind::Call : TouchpointKind::Email);
    } else {
        const qint64 until = c.stage[Mql] ? c.stage[Mql] : std::min(end, created + 150 * kDay);
        const int nurtures = quickMql ? rng.below(3) : rng.below(c.stage[Mql] ? 5 : 6);
        for (int i = 0; i < nurtures; ++i)
            w.nurture(quickMql ? w.between(c.stage[Mql], c.stage[Mql] + 40 * kDay)
                               : w.between(created + 600, until));
        if (!quickMql)
            engagedTouches(world, c, created, until, index);
        if (c.stage[Mql] && !quickMql) {
            // The form that made them an MQL: a demo request or a high-intent download.
            static constexpr double kWeights[] = {0.35, 0.25, 0.15, 0.1, 0.15};
            const Channel ch =
                std::array{Channel::Email, Channel::OrganicSearch, Channel::PaidSearch, Channel::PaidSocial,
                           Channel::Direct}[static_cast<size_t>(rng.pick(kWeights))];
            w.add(c.stage[Mql], TouchpointKind::Form, ch);
        }
    }

    if (c.firstSalesTouchAt)
        w.salesExact(c.firstSalesTouchAt, rng.chance(0.6) ? TouchpointKind::Call : TouchpointKind::Email);
    if (c.stage[Sal]) {
        const qint64 until = c.stage[Sql] ? c.stage[Sql] : c.stage[Sal] + 14 * kDay;
        const int followUps = rng.below(3);
        for (int i = 0; i < followUps; ++i)
            w.sales(w.between(c.stage[Sal], until),
                    rng.chance(0.5) ? TouchpointKind::Call : TouchpointKind::Email);
    }
    if (c.stage[Sql])
        w.salesExact(c.stage[Sql], TouchpointKind::Meeting); // the discovery meeting that qualified them
    if (c.stage[Opportunity]) {
        const qint64 opened = c.stage[Opportunity];
        const qint64 until = std::min(end, c.closeAt);
        w.sales(w.between(opened, std::min(until, opened + 10 * kDay)), TouchpointKind::Demo);
        const int dealTouches = 1 + rng.below(3);
        for (int i = 0; i < dealTouches; ++i) {
            static constexpr double kWeights[] = {0.4, 0.35, 0.25};
            const TouchpointKind kind =
                std::array{TouchpointKind::Meeting, TouchpointKind::Email,
                           TouchpointKind::Call}[static_cast<size_t>(rng.pick(kWeights))];
            w.sales(w.between(opened, until), kind);
        }
        if (rng.chance(0.5))
            w.nurture(w.between(opened, until)); // marketing keeps influencing open deals
        if (c.deal == DealOutcome::Won)
            w.salesExact(c.closeAt, TouchpointKind::Meeting);
    }
    std::stable_sort(c.touches.begin(), c.touches.end(),
                     [](const TouchPlan& a, const TouchPlan& b) { return a.at < b.at; });
}

} // namespace revalign::demo
