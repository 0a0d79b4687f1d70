#pragma once

#include "domain/enums.h"
#include "metrics/facttable.h"
#include "metrics/period.h"

#include <QStringList>

#include <vector>

namespace revalign {

// Slicers by name, as a user or a script writes them. Several names in one list match any of them;
// "(none)" matches records without a value (e.g. contacts outside every persona).
struct MetricFilters {
    QStringList personas;
    QStringList channels; // original source
    QStringList campaigns;
    QStringList owners;
    QStringList teams; // the owner's team: marketing / sales
    QStringList segments;
    // The owner's manager: a manager's whole team, i.e. the manager and everyone who reports to them
    // directly or through other managers (a CRO's roll-up is the whole sales organisation); "(none)":
    // owners without a manager.
    QStringList managers;
    QStringList regions; // the owner's region (office, territory)

    friend bool operator==(const MetricFilters&, const MetricFilters&) = default;
    bool isEmpty() const { return *this == MetricFilters{}; }
};

struct MetricQuery {
    DateRange range; // invalid (default) = the whole data range
    PeriodKind period = PeriodKind::Month;
    MetricFilters filters;

    friend bool operator==(const MetricQuery&, const MetricQuery&) = default;
};

// Filters resolved against one snapshot's dictionaries: one allowed-flag per code, so a check is one
// array read. An empty vector means "no filter on that dimension".
class ResolvedFilter final {
public:
    // Throws Error naming the dimension and the unknown name (with the known names) when a name is not
    // in the data: a typo should not silently give zeros.
    ResolvedFilter(const FactTable& facts, const MetricFilters& filters);

    bool contact(const FactTable& f, qsizetype row) const {
        const ContactColumns& c = f.contacts;
        return pass(m_persona, c.persona[row]) && pass(m_channel, c.channel[row]) &&
               pass(m_campaign, c.campaign[row]) && pass(m_owner, c.owner[row]) &&
               pass(m_segment, c.segment[row]);
    }
    bool opportunity(const FactTable& f, qsizetype row) const {
        const OpportunityColumns& o = f.opportunities;
        return pass(m_persona, o.persona[row]) && pass(m_channel, o.channel[row]) &&
               pass(m_campaign, o.campaign[row]) && pass(m_owner, o.owner[row]) &&
               pass(m_segment, o.segment[row]);
    }
    bool campaign(const FactTable& f, qsizetype row) const {
        return pass(m_campaign, qint32(row)) && pass(m_channel, f.campaigns.channel[size_t(row)]);
    }
    // Campaign cost can be split by channel and campaign only; a persona, owner, team, manager, region or
    // segment filter makes cost (and cost per MQL) unknown.
    bool costIsAttributable() const { return m_persona.empty() && m_owner.empty() && m_segment.empty(); }
    // Per owner code, whether the owner, team, manager and region filters allow it (empty: no such filter).
    const std::vector<char>& owners() const { return m_owner; }

private:
    static bool pass(const std::vector<char>& allowed, qint32 code) {
        return allowed.empty() || allowed[size_t(code)] != 0;
    }

    std::vector<char> m_persona, m_channel, m_campaign, m_owner, m_segment;
};

// The owners in the teams of `managers` (owner codes): each manager and everyone below them, following
// `parent` (owner code -> its manager's code, 0 = none). Cycles in the data end the walk.
std::vector<char> ownersUnder(const std::vector<qint32>& parent, const std::vector<char>& managers);

} // namespace revalign
