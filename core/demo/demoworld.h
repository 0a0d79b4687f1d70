#pragma once

#include "demo/businessclock.h"
#include "demo/campaignplan.h"
#include "domain/persona.h"

#include <string>
#include <vector>

namespace revalign::demo {

enum class Segment { Smb, MidMarket, Enterprise };

struct AccountPlan {
    std::string name;
    std::string domain;
    std::string segment; // segmentForEmployees(), as stored
    int industry = 0;    // index into industries()
    int country = 0;     // index into countries()
    int employees = 0;
    Segment size = Segment::Smb;
};

// classify() over the stored personas, memoised: the answer only depends on the title, industry and
// country (all from small lists) and on which side of each persona's size limits the head count falls.
class PersonaClassifier final {
public:
    explicit PersonaClassifier(std::vector<Persona> personas);
    // Index into the persona list, or -1 for a contact outside every persona.
    int classify(int title, const AccountPlan& account);
    const std::vector<Persona>& personas() const { return m_personas; }

private:
    std::vector<Persona> m_personas;
    std::vector<int> m_limits;       // sorted head counts where a size rule flips
    std::vector<signed char> m_memo; // -2 = not computed yet
};

// Everything fixed before the contacts are drawn: the calendar, campaigns, accounts and the seasonal
// weight of each day.
struct DemoWorld {
    DemoWorld(quint64 seed, int contacts, qint64 firstDay, qint64 lastDay, const std::set<QDate>& holidays);

    quint64 seed;
    qint64 firstDay;
    qint64 lastDay;
    qint64 startUtc; // local midnight of firstDay
    qint64 endUtc;   // last second of lastDay, local time; nothing happens after it
    BusinessClock clock;
    std::vector<CampaignPlan> campaigns;
    std::vector<AccountPlan> accounts;

    // A lead-creation day drawn with seasonality (Q4 peak, August and late-December dips, quiet
    // weekends) and a growth trend.
    qint64 pickLeadDay(Random& rng) const;
    // 0 at the first day, 1 at the last.
    double progress(qint64 day) const;

private:
    std::vector<double> m_dayCdf;
};

// The holidays of the demo company's calendar (Thai and international) in the years the range touches.
std::set<QDate> demoHolidays(const QDate& first, const QDate& last);

} // namespace revalign::demo
