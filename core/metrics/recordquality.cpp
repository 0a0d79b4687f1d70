#include "metrics/recordquality.h"

#include <algorithm>

namespace revalign {

namespace {
void assessContacts(FactTable& f) {
    ContactColumns& c = f.contacts;
    DataPresence& p = f.presence;
    p.contacts = c.size();
    const auto stage = [](int s) { return s < 0 ? 0xff : s; };
    const int mql = stage(f.stageOf.mql), sql = stage(f.stageOf.sql), customer = stage(f.stageOf.customer);
    for (qsizetype i = 0; i < c.size(); ++i) {
        const quint8 last = c.lastStage[size_t(i)];
        if (last == kNoStage) {
            f.undatedContacts.push_back(qint32(i));
        } else {
            p.reachedMqlWithDate += last >= mql;
            p.stoppedBeforeMql += last < mql;
            p.reachedSqlWithDate += last >= sql;
            p.customersWithDate += last >= customer;
            p.furthestRecordedStage = std::max(p.furthestRecordedStage, int(last));
        }
        const auto status = HandoffStatus(c.handoff[size_t(i)]);
        const bool decided = status == HandoffStatus::Accepted || status == HandoffStatus::Rejected;
        const bool touched = c.firstTouchAt[size_t(i)] != kNoTime;
        p.handoffDecisions += decided;
        p.firstSalesTouches += touched;
        p.handoffResponses += touched || (decided && c.decidedAt[size_t(i)] != kNoTime);
    }
}

void assessOpportunities(FactTable& f) {
    OpportunityColumns& o = f.opportunities;
    DataPresence& p = f.presence;
    p.opportunities = o.size();
    const qint64 asOfDay = f.asOf == kNoTime ? kNoDay : f.hours.localDay(f.asOf);
    const int lead = f.stageOf.lead >= 0 ? f.stageOf.lead : 0;
    for (qsizetype j = 0; j < o.size(); ++j) {
        quint8& q = o.quality[size_t(j)];
        const bool closed = o.closed[size_t(j)] != 0;
        const bool won = closed && o.won[size_t(j)] != 0;
        const qint32 closeDay = o.closeDay[size_t(j)];
        const qint32 createdDay = o.createdDay[size_t(j)];
        if (createdDay == kNoDay)
            q |= kNoCreatedDate;
        if (closed && closeDay == kNoDay)
            q |= kNoCloseDate;
        if (closed && closeDay != kNoDay && createdDay != kNoDay && closeDay < createdDay)
            q |= kClosedBeforeCreated;
        const qint32 contact = o.contactRow[size_t(j)];
        if (won && closeDay != kNoDay && contact >= 0 && !f.contacts.stageAt.empty()) {
            const qint64 firstSeen = f.contacts.stageAt[size_t(lead)][size_t(contact)];
            if (firstSeen != kNoTime && closeDay < f.hours.localDay(firstSeen))
                q |= kWonBeforeFirstContact;
        }
        if (const qint32 stage = o.dealStage[size_t(j)];
            stage != 0 &&
            (size_t(stage) >= f.dealStageDefined.size() || f.dealStageDefined[size_t(stage)] == 0))
            q |= kUndefinedStage;
        if (!closed && closeDay != kNoDay && asOfDay != kNoDay && closeDay < asOfDay)
            q |= kOpenPastCloseDate;
        if (q & (kNoCreatedDate | kNoCloseDate))
            f.undatedOpportunities.push_back(qint32(j));
        p.opportunitiesCreated += createdDay != kNoDay;
        p.closedDeals += closed && closeDay != kNoDay;
        p.wonDeals += won && closeDay != kNoDay;
        p.sourcedDeals += SourcedBy(o.sourcedBy[size_t(j)]) != SourcedBy::Unknown;
    }
}
} // namespace

void assessRecords(FactTable& f) {
    assessContacts(f);
    assessOpportunities(f);
    const CampaignColumns& c = f.campaigns;
    for (size_t row = 1; row < c.id.size(); ++row)
        f.presence.campaignsWithCost +=
            c.costCents[row] != 0 && (c.startDay[row] != kNoDay || c.endDay[row] != kNoDay);
}

} // namespace revalign
