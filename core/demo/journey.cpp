#include "demo/journey.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace revalign::demo {

namespace {
constexpr qint64 kDay = 86400;

// Channel mix of new leads at the start and at the end of the two years: Paid Social grows from 5% to
// 22% of leads while organic and direct shrink in share.
constexpr double kMixStart[kChannelCount] = {0.21, 0.17, 0.05, 0.10, 0.09, 0.07, 0.13, 0.18};
constexpr double kMixEnd[kChannelCount] = {0.17, 0.17, 0.22, 0.10, 0.09, 0.07, 0.12, 0.14};
// Chance that a lead of the channel becomes an MQL (before persona fit), and that sales accepts it.
constexpr double kMqlBase[kChannelCount] = {0.33, 0.37, 0.31, 0.27, 0.45, 0.55, 0.0, 0.35};
constexpr double kAcceptBase[kChannelCount] = {0.48, 0.44, 0.42, 0.38, 0.64, 0.70, 0.5, 0.50};
constexpr double kWinFactor[kChannelCount] = {1.0, 1.0, 0.8, 1.0, 1.1, 1.55, 0.9, 1.05};
// Win odds grow with buyer quality; the base is set so the overall win rate stays about 26%.
constexpr double kWinBase = 0.047;
constexpr double kWinQuality = 1.6;
// Acceptance relative to the channel for each demo persona (in catalog order); off-persona MQLs apart.
constexpr double kPersonaAccept[] = {1.05, 1.12, 1.0, 0.85};
constexpr double kOffPersonaAccept = 0.42;

struct TitleClasses {
    std::vector<int> index[3];
    std::vector<double> weight[3];
};

const TitleClasses& titleClasses() {
    static const TitleClasses classes = [] {
        TitleClasses c;
        const auto all = titles();
        for (size_t i = 0; i < all.size(); ++i) {
            const auto k = static_cast<size_t>(all[i].fit);
            c.index[k].push_back(static_cast<int>(i));
            c.weight[k].push_back(all[i].weight);
        }
        return c;
    }();
    return classes;
}

int pickTitle(Channel channel, double junkShare, Random& rng) {
    double target = 0.925;
    if (channel == Channel::Outbound) {
        target = 0.96;
        junkShare = 0;
    } else if (channel == Channel::PartnerReferral) {
        target = 0.94;
    } else if (channel == Channel::Events) {
        target = 0.92;
    }
    const double adjacent = std::max(0.0, 1.0 - target - junkShare);
    const double classWeights[3] = {target, adjacent, junkShare};
    const auto k = static_cast<size_t>(rng.pick(classWeights));
    const TitleClasses& c = titleClasses();
    return c.index[k][static_cast<size_t>(rng.pick(c.weight[k]))];
}

std::vector<int> membersOf(Role role) {
    std::vector<int> out;
    const auto all = owners();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].role == role)
            out.push_back(static_cast<int>(i));
    return out;
}

int ownerFor(Role role, int spread) {
    static const std::vector<int> members[8] = {
        membersOf(Role::DemandGen),    membersOf(Role::Content),
        membersOf(Role::MarketingOps), membersOf(Role::ProductMarketing),
        membersOf(Role::Bdr),          membersOf(Role::Sdr),
        membersOf(Role::Ae),           membersOf(Role::SalesOps)};
    const std::vector<int>& m = members[static_cast<size_t>(role)];
    return m[static_cast<size_t>(spread) % m.size()];
}

// Enterprise, mid-market and SMB deals each go to their own pair of AEs.
int aeFor(const AccountPlan& account, int accountIndex) {
    return ownerFor(Role::Ae, static_cast<int>(account.size) * 2 + accountIndex % 2);
}

int marketingOwnerFor(Channel channel, int spread) {
    switch (channel) {
    case Channel::PaidSearch:
    case Channel::PaidSocial:
        return ownerFor(Role::DemandGen, spread);
    case Channel::OrganicSearch:
    case Channel::Direct:
        return ownerFor(Role::Content, spread);
    case Channel::Email:
        return ownerFor(Role::MarketingOps, spread);
    case Channel::Events:
        return ownerFor(Role::ProductMarketing, spread);
    case Channel::PartnerReferral:
        return ownerFor(Role::SalesOps, spread);
    case Channel::Outbound:
        return ownerFor(Role::Bdr, spread);
    }
    return 0;
}

double segmentFactor(Segment s, double smb, double mid, double ent) {
    return s == Segment::Smb ? smb : s == Segment::MidMarket ? mid : ent;
}

// Senior buyers (heads, directors, VPs, chiefs, founders) decide; the word list is what a sales team
// would call senior, the same one a lead score's "senior title" rule looks for.
bool isSenior(int title) {
    static const std::vector<bool> senior = [] {
        std::vector<bool> out;
        for (const TitleEntry& t : titles()) {
            const QString words = QString::fromUtf8(t.title.data(), qsizetype(t.title.size())).toLower();
            bool hit = false;
            for (const QString& w :
                 words.split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts))
                hit = hit || w == u"vp" || w == u"head" || w == u"director" || w == u"chief" ||
                      w == u"founder" || w == u"ceo" || w == u"cfo" || w == u"coo" || w == u"cmo" ||
                      w == u"cro";
            out.push_back(hit);
        }
        return out;
    }();
    return senior[static_cast<size_t>(title)];
}

// Buyer fit as the world has it: a persona, a senior title, a company in the 200–5,000 sweet spot (a
// smaller one half as good), an industry and a country where the product wins. Standardised so that
// the outcome factors below average about one.
double buyerFit(const ContactPlan& c, const AccountPlan& account) {
    const std::string_view industry = industries()[static_cast<size_t>(account.industry)].name;
    const std::string_view country = countries()[static_cast<size_t>(account.country)].code;
    double fit = (c.persona >= 0 ? 1.0 : 0.0) + (isSenior(c.title) ? 0.7 : 0.0);
    fit += account.employees >= 200 && account.employees <= 5000 ? 0.5 : account.employees >= 50 ? 0.25 : 0.0;
    fit +=
        industry == "Software" || industry == "Financial Services" || industry == "Manufacturing" ? 0.5 : 0.0;
    fit += country == "US" || country == "GB" || country == "DE" || country == "TH" || country == "SG" ? 0.25
                                                                                                       : 0.0;
    return (fit - 1.55) / 0.75;
}

// A multiplier around 1 that grows with buyer quality and saturates, so no chance leaves [0, 1].
double qualityFactor(const ContactPlan& c, double strength, double intentWeight = 1.0) {
    return 1.0 + strength * std::tanh(0.7 * c.fit + 0.7 * intentWeight * c.intent);
}

// Business hours from MQL to the first sales touch: most within the 24-hour SLA, a tail beyond it that
// grows in the Q4 rush.
double firstTouchHours(qint64 mqlDay, Random& rng) {
    const int month = monthOfDay(mqlDay);
    const double tail = month >= 10 ? 0.19 : 0.09;
    const double r = rng.uniform();
    if (r < tail)
        return 24.0 + rng.exponential(20.0);
    if (r < tail + 0.2)
        return rng.uniform(8.0, 23.9);
    return std::min(23.9, 0.1 + rng.exponential(3.5));
}

Rejection pickRejection(const ContactPlan& c, const AccountPlan& account, Random& rng) {
    double w[kRejectionCount] = {30, 16, 3, 4, 10, 9, 6};
    if (c.persona < 0)
        w[static_cast<int>(Rejection::NotAFit)] *= 3.5;
    if (account.size == Segment::Smb)
        w[static_cast<int>(Rejection::NoBudget)] *= 2.2;
    if (c.channel == Channel::PaidSocial) {
        w[static_cast<int>(Rejection::BadContactData)] *= 2.5;
        w[static_cast<int>(Rejection::StudentOrJobSeeker)] *= 2;
    }
    if (c.channel == Channel::PartnerReferral || c.channel == Channel::Events) {
        w[static_cast<int>(Rejection::InDeal)] *= 2.2;
        w[static_cast<int>(Rejection::Duplicate)] *= 1.6;
    }
    if (titles()[static_cast<size_t>(c.title)].fit == TitleFit::Junk && rng.chance(0.85))
        return Rejection::StudentOrJobSeeker;
    return static_cast<Rejection>(rng.pick(w));
}

void planDeal(const DemoWorld& world, ContactPlan& c, Random& rng) {
    const AccountPlan& account = world.accounts[static_cast<size_t>(c.account)];
    const double productWeights[4] = {0.55, 0.2, 0.15, account.size == Segment::Enterprise ? 0.25 : 0.0};
    constexpr double kProductFactor[4] = {1.0, 0.6, 0.45, 1.8};
    c.product = rng.pick(productWeights);
    const double median = segmentFactor(account.size, 9000, 32000, 110000) * kProductFactor[c.product] *
                          (c.persona == 1 ? 1.2 : 1.0);
    c.amountCents = std::max<qint64>(1, std::llround(rng.logNormal(median, 0.5) / 100.0)) * 100 * 100;
    c.dealOwner = aeFor(account, c.account);
    const double cycleDays = rng.logNormal(segmentFactor(account.size, 30, 55, 95), 0.45);
    // Good-fit, engaged buyers win far more often (the lead score's promise); mid-market is the sweet
    // spot of the product.
    const double winChance = std::clamp(kWinBase * kWinFactor[static_cast<int>(c.channel)] *
                                            segmentFactor(account.size, 0.95, 1.08, 0.92) *
                                            std::exp(kWinQuality * (0.8 * c.fit + 0.5 * c.intent)),
                                        0.01, 0.9);
    const bool wins = rng.chance(winChance);
    const qint64 opened = c.stage[Opportunity];
    const double days = wins ? cycleDays : cycleDays * rng.uniform(0.35, 1.1);
    c.closeAt = world.clock.businessMomentFrom(opened + static_cast<qint64>(days * kDay), rng);
    if (c.closeAt > world.endUtc) {
        c.deal = DealOutcome::Open;
        c.dealProgress = static_cast<double>(world.endUtc - opened) / static_cast<double>(c.closeAt - opened);
    } else {
        c.deal = wins ? DealOutcome::Won : DealOutcome::Lost;
        if (wins)
            c.stage[Customer] = c.closeAt;
    }
}

void planHandoff(const DemoWorld& world, ContactPlan& c, Random& rng) {
    const AccountPlan& account = world.accounts[static_cast<size_t>(c.account)];
    const qint64 mql = c.stage[Mql];
    const qint64 firstTouch =
        world.clock.addBusinessHours(mql, firstTouchHours(BusinessClock::localDay(mql), rng));
    const qint64 decided = world.clock.addBusinessHours(firstTouch, 0.2 + rng.exponential(4.0));
    const double progress = world.progress(BusinessClock::localDay(mql));
    double accept = kAcceptBase[static_cast<int>(c.channel)];
    if (c.channel == Channel::PaidSocial)
        accept *= 1.0 - 0.3 * progress; // sales' patience with social leads wears thin
    if (c.campaign >= 0)
        accept *= world.campaigns[static_cast<size_t>(c.campaign)].acceptFactor;
    accept *= c.persona >= 0 ? kPersonaAccept[c.persona % 4] : kOffPersonaAccept;
    accept *= segmentFactor(account.size, 0.85, 1.0, 1.1);
    accept *= 0.88 * qualityFactor(c, 0.3); // MQLs are the more engaged already: centred near 1 for them
    const TitleFit fit = titles()[static_cast<size_t>(c.title)].fit;
    if (fit == TitleFit::Junk)
        accept = 0.05;
    else if (fit == TitleFit::Adjacent)
        accept *= 0.8;
    const bool accepted = rng.chance(std::clamp(accept, 0.02, 0.95));
    const bool leftWaiting = mql > world.endUtc - 10 * kDay && rng.chance(0.2);
    if (decided > world.endUtc || leftWaiting) {
        c.handoff = HandoffStatus::Pending;
        c.firstSalesTouchAt = (!leftWaiting && firstTouch <= world.endUtc) ? firstTouch : 0;
        return;
    }
    c.firstSalesTouchAt = firstTouch;
    c.handoffDecidedAt = decided;
    if (!accepted) {
        c.handoff = HandoffStatus::Rejected;
        c.rejection = static_cast<int>(pickRejection(c, account, rng));
        return;
    }
    c.handoff = HandoffStatus::Accepted;
    c.stage[Sal] = decided;
    const double sqlChance =
        0.55 * segmentFactor(account.size, 0.85, 1.0, 1.1) * (c.persona == 1 || c.persona == 2 ? 1.1 : 1.0) *
        (c.channel == Channel::Events || c.channel == Channel::PartnerReferral ? 1.15 : 1.0) *
        qualityFactor(c, 0.25);
    if (rng.chance(sqlChance))
        c.stage[Sql] = world.clock.businessMomentFrom(
            decided + static_cast<qint64>((1 + rng.exponential(8)) * kDay), rng);
}
} // namespace

void planContact(const DemoWorld& world, PersonaClassifier& personas, int index, ContactPlan& c) {
    Random rng(world.seed, 1 + static_cast<quint64>(index));
    std::vector<TouchPlan> touches = std::move(c.touches); // keep the buffer's capacity
    c = ContactPlan{};
    c.touches = std::move(touches);
    c.touches.clear();

    qint64 day = world.pickLeadDay(rng);
    const double progress = world.progress(day);
    double mix[kChannelCount];
    for (int i = 0; i < kChannelCount; ++i)
        mix[i] = kMixStart[i] + (kMixEnd[i] - kMixStart[i]) * progress;
    c.channel = static_cast<Channel>(rng.pick(mix));
    if (c.channel == Channel::Events) {
        c.campaign = pickEvent(world.campaigns, rng);
        if (c.campaign < 0)
            c.channel = Channel::Direct;
        else // badge scans are uploaded on the event days or the days after
            day = std::min(world.lastDay,
                           world.campaigns[static_cast<size_t>(c.campaign)].firstDay + rng.below(3));
    } else {
        c.campaign = pickCampaign(world.campaigns, c.channel, day, rng);
    }
    qint64 created = 0;
    if (c.channel == Channel::Events || c.channel == Channel::Outbound ||
        c.channel == Channel::PartnerReferral) {
        created = world.clock.businessMomentFrom(BusinessClock::utcAt(day, 0), rng);
        if (created > world.endUtc)
            created = BusinessClock::utcAt(day, BusinessClock::kDayStart + rng.below(8 * 3600));
    } else {
        created = rng.chance(0.65) ? BusinessClock::utcAt(day, 9 * 3600 + rng.below(9 * 3600))
                                   : BusinessClock::utcAt(day, rng.below(86400));
    }
    c.stage[Lead] = created;

    // Bigger companies have more people in the CRM: of two accounts drawn, the larger usually wins.
    const int accounts = static_cast<int>(world.accounts.size());
    const int a1 = rng.below(accounts);
    const int a2 = rng.below(accounts);
    const bool larger = world.accounts[static_cast<size_t>(a1)].employees >=
                        world.accounts[static_cast<size_t>(a2)].employees;
    c.account = rng.chance(0.65) == larger ? a1 : a2;
    const AccountPlan& account = world.accounts[static_cast<size_t>(c.account)];
    const double junk = c.campaign >= 0 ? world.campaigns[static_cast<size_t>(c.campaign)].junkShare : 0.05;
    // Campaigns and BDRs aim at the personas: a senior title at a company outside every persona's rules
    // is usually passed over for another person there.
    for (int attempt = 0; attempt < 3; ++attempt) {
        c.title = pickTitle(c.channel, junk, rng);
        if (titles()[static_cast<size_t>(c.title)].fit != TitleFit::Target ||
            personas.classify(c.title, account) >= 0)
            break;
    }
    c.thaiName =
        countries()[static_cast<size_t>(account.country)].thaiNames ? rng.chance(0.9) : rng.chance(0.04);
    c.firstName = rng.below(static_cast<int>((c.thaiName ? thaiFirstNames() : englishFirstNames()).size()));
    c.lastName = rng.below(static_cast<int>((c.thaiName ? thaiLastNames() : englishLastNames()).size()));
    c.persona = personas.classify(c.title, account);
    const TitleFit fit = titles()[static_cast<size_t>(c.title)].fit;
    c.fit = buyerFit(c, account);
    {
        Random intent(world.seed, 0x1E7E000000000ULL + static_cast<quint64>(index));
        c.intent = intent.normal();
    }

    if (c.channel == Channel::Outbound) {
        // BDR outbound: the BDR qualifies the contact straight to SQL, with no MQL or SAL date.
        const double sqlChance =
            0.11 * segmentFactor(account.size, 0.8, 1.0, 1.15) * (c.persona >= 0 ? 1.1 : 0.6);
        if (rng.chance(sqlChance))
            c.stage[Sql] = world.clock.businessMomentFrom(
                created + static_cast<qint64>((3 + rng.exponential(16)) * kDay), rng);
    } else if (c.channel == Channel::PartnerReferral && rng.chance(0.3)) {
        // Deals registered by a partner arrive qualified: they skip MQL and SAL too.
        c.stage[Sql] = world.clock.businessMomentFrom(
            created + static_cast<qint64>((1 + rng.exponential(5)) * kDay), rng);
    } else {
        double mqlChance = kMqlBase[static_cast<int>(c.channel)] * (c.persona >= 0 ? 1.15 : 0.7) *
                           (1.0 + 0.2 * std::tanh(0.7 * c.intent)); // engaged people ask for a demo
        if (fit == TitleFit::Junk)
            mqlChance *= 0.8;
        if (rng.chance(mqlChance)) {
            const qint64 mql = rng.chance(0.35)
                                   ? created + 60 + rng.below(7200) // asked for a demo on the first visit
                                   : created + static_cast<qint64>((0.5 + rng.exponential(12)) * kDay);
            if (mql <= world.endUtc) {
                c.stage[Mql] = mql;
                planHandoff(world, c, rng);
            }
        }
    }
    if (c.stage[Sql] > world.endUtc)
        c.stage[Sql] = 0;
    if (c.stage[Sql] && rng.chance(0.68)) {
        const qint64 opened = world.clock.businessMomentFrom(
            c.stage[Sql] + static_cast<qint64>((1 + rng.exponential(6)) * kDay), rng);
        if (opened <= world.endUtc) {
            c.stage[Opportunity] = opened;
            planDeal(world, c, rng);
        }
    }

    // Fit points from persona and size, engagement points from activity; MQLs crossed the threshold of 60.
    double score = (c.persona >= 0 ? 34 : 12) + segmentFactor(account.size, 0, 6, 10) + rng.normal() * 7 +
                   (fit == TitleFit::Junk ? -10 : 0) + rng.uniform(0, 20);
    score = c.stage[Mql] ? std::max(score, 60.0 + rng.uniform(0, 30)) : std::min(score, 59.0);
    c.score = std::clamp(static_cast<int>(score), 0, 100);

    const int spread = c.account + index;
    if (c.stage[Opportunity])
        c.owner = c.dealOwner;
    else if (c.channel == Channel::Outbound)
        c.owner = ownerFor(Role::Bdr, spread);
    else if (c.stage[Mql] || c.stage[Sql])
        c.owner = ownerFor(Role::Sdr, spread);
    else
        c.owner = marketingOwnerFor(c.channel, spread);

    planTouches(world, c, rng, index);
}

} // namespace revalign::demo
