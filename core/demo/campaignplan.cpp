#include "demo/campaignplan.h"

#include "demo/businessclock.h"

#include <algorithm>
#include <cmath>

namespace revalign::demo {

namespace {
struct AlwaysOn {
    const char* name;
    Channel channel;
    int startMonth; // months after the first day
    double monthlyCost;
    double weight;
    double junkShare;
    double acceptFactor;
};

// The Meta lead ads launched in month 13 bring cheap leads with many junk titles: the growth in Paid
// Social leads and the fall of its acceptance rate that the teams argue about.
constexpr AlwaysOn kAlwaysOn[] = {
    {"Google Ads — Brand", Channel::PaidSearch, 0, 6000, 1.0, 0.03, 1.08},
    {"Google Ads — Analytics Platform (non-brand)", Channel::PaidSearch, 0, 14000, 1.6, 0.06, 0.94},
    {"LinkedIn Lead Gen — Data Maturity Quiz", Channel::PaidSocial, 0, 9000, 1.0, 0.07, 1.0},
    {"LinkedIn Lead Gen — CFO Forecasting Playbook", Channel::PaidSocial, 8, 8000, 1.0, 0.05, 1.05},
    {"Meta Lead Ads — Free Dashboard Templates", Channel::PaidSocial, 13, 7000, 3.2, 0.32, 0.55},
    {"SEO — Analytics How-to Guides", Channel::OrganicSearch, 0, 4000, 1.0, 0.06, 1.0},
    {"Monthly Newsletter", Channel::Email, 0, 800, 1.0, 0.04, 0.95},
    {"Nurture — Data Maturity Series", Channel::Email, 3, 1200, 1.3, 0.03, 1.05},
    {"AWS Marketplace Partner Program", Channel::PartnerReferral, 0, 3000, 1.0, 0.01, 1.0},
    {"SEA Reseller Program", Channel::PartnerReferral, 6, 2500, 1.0, 0.02, 1.0},
    {"BDR Outbound — Enterprise Named Accounts", Channel::Outbound, 0, 2000, 1.0, 0.0, 1.0},
    {"BDR Outbound — Finance Leaders", Channel::Outbound, 10, 1500, 1.0, 0.0, 1.0},
};

struct Event {
    const char* name;
    int month;
    int day;
    int days;
    double cost;
    double weight;
};

constexpr Event kEvents[] = {
    {"Singapore Roadshow", 3, 12, 1, 40000, 0.8},
    {"Data & Analytics Summit Sydney", 6, 18, 2, 60000, 1.0},
    {"Northwind Data Summit Bangkok", 10, 22, 2, 120000, 2.4},
    {"Webinar: Rolling Forecasts in Practice", 2, 20, 1, 3000, 0.45},
    {"Webinar: Data Governance Without Tears", 5, 21, 1, 3000, 0.45},
    {"Webinar: Dashboards Your CFO Trusts", 8, 27, 1, 3000, 0.35},
    {"Webinar: Year-end Planning Checklist", 11, 19, 1, 3000, 0.55},
};

qint64 addMonths(qint64 day, int months) {
    return day + static_cast<qint64>(std::lround(months * 30.44));
}
} // namespace

std::vector<CampaignPlan> planCampaigns(qint64 firstDay, qint64 lastDay, double volumeScale) {
    std::vector<CampaignPlan> out;
    const auto cents = [&](double dollars) {
        return static_cast<qint64>(std::llround(dollars * volumeScale)) * 100;
    };
    for (const AlwaysOn& a : kAlwaysOn) {
        CampaignPlan c;
        c.name = a.name;
        c.channel = a.channel;
        c.firstDay = std::min(addMonths(firstDay, a.startMonth), lastDay);
        c.lastDay = lastDay;
        c.costCents = cents(a.monthlyCost * static_cast<double>(c.lastDay - c.firstDay + 1) / 30.44);
        c.weight = a.weight;
        c.junkShare = a.junkShare;
        c.acceptFactor = a.acceptFactor;
        out.push_back(std::move(c));
    }
    const int firstYear = yearOfDay(firstDay);
    for (int year = firstYear; year <= firstYear + 2; ++year) {
        for (const Event& e : kEvents) {
            const qint64 day = daysFromCivil(year, e.month, e.day);
            if (day < firstDay || day + e.days - 1 > lastDay)
                continue;
            CampaignPlan c;
            c.name = std::string(e.name) + ' ' + std::to_string(year);
            c.channel = Channel::Events;
            c.firstDay = day;
            c.lastDay = day + e.days - 1;
            c.costCents = cents(e.cost);
            c.weight = e.weight;
            c.junkShare = 0.02;
            c.acceptFactor = 1.0;
            c.isEvent = true;
            out.push_back(std::move(c));
        }
    }
    return out;
}

namespace {
template <typename Predicate>
int pickWhere(const std::vector<CampaignPlan>& campaigns, Random& rng, Predicate matches) {
    double weights[64] = {};
    int index[64] = {};
    int n = 0;
    for (size_t i = 0; i < campaigns.size() && n < 64; ++i) {
        if (matches(campaigns[i])) {
            weights[n] = campaigns[i].weight;
            index[n++] = static_cast<int>(i);
        }
    }
    if (n == 0)
        return -1;
    return index[rng.pick(std::span<const double>(weights, static_cast<size_t>(n)))];
}
} // namespace

int pickCampaign(const std::vector<CampaignPlan>& campaigns, Channel channel, qint64 day, Random& rng) {
    return pickWhere(campaigns, rng, [&](const CampaignPlan& c) {
        return c.channel == channel && c.firstDay <= day && day <= c.lastDay;
    });
}

int pickEvent(const std::vector<CampaignPlan>& campaigns, Random& rng) {
    return pickWhere(campaigns, rng, [](const CampaignPlan& c) { return c.isEvent; });
}

} // namespace revalign::demo
