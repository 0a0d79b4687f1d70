#pragma once

#include "demo/catalog.h"
#include "demo/random.h"

#include <string>
#include <vector>

namespace revalign::demo {

// A campaign of the demo company: always-on programmes and dated events across the two years.
struct CampaignPlan {
    std::string name;
    Channel channel = Channel::Direct;
    qint64 firstDay = 0; // days since 1970-01-01, inclusive
    qint64 lastDay = 0;
    qint64 costCents = 0;
    double weight = 1;       // share of its channel's leads while it runs
    double junkShare = 0.05; // leads with junk titles (students, job seekers) it attracts
    double acceptFactor = 1; // how sales judges its MQLs, relative to the channel
    bool isEvent = false;
};

// Campaigns between firstDay and lastDay. Costs are scaled by `volumeScale` (contacts / 20,000) so the
// cost per MQL stays believable at any size.
std::vector<CampaignPlan> planCampaigns(qint64 firstDay, qint64 lastDay, double volumeScale);

// Index of a campaign of `channel` running on `day`, drawn by weight; -1 when none runs.
int pickCampaign(const std::vector<CampaignPlan>& campaigns, Channel channel, qint64 day, Random& rng);

// Index of an event campaign drawn by weight; -1 when there is none.
int pickEvent(const std::vector<CampaignPlan>& campaigns, Random& rng);

} // namespace revalign::demo
