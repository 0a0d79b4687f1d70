#include "metrics/metricquery.h"

#include "util/error.h"
#include "util/suggest.h"

#include <QCoreApplication>

namespace revalign {

namespace {
std::vector<char> allowedCodes(const Dictionary& dict, const QStringList& names, const char* dimension) {
    std::vector<char> allowed;
    if (names.isEmpty())
        return allowed;
    allowed.assign(size_t(dict.size()), 0);
    for (const QString& name : names) {
        const qint32 code = dict.codeOf(name);
        if (code < 0) // a big workspace knows thousands of owners: a count and examples, one line
            throw Error(unknownName(QString::fromLatin1(dimension), name, dict.names().mid(1)));
        allowed[size_t(code)] = 1;
    }
    return allowed;
}

// Campaign names need not be unique: a name allows every campaign row carrying it.
std::vector<char> allowedCampaigns(const FactTable& f, const QStringList& names) {
    const std::vector<char> byName = allowedCodes(f.campaignNames, names, "campaign");
    if (byName.empty())
        return byName;
    std::vector<char> allowed(f.campaignName.size(), 0);
    for (size_t row = 0; row < f.campaignName.size(); ++row)
        allowed[row] = byName[size_t(f.campaignName[row])];
    return allowed;
}
} // namespace

std::vector<char> ownersUnder(const std::vector<qint32>& parent, const std::vector<char>& managers) {
    std::vector<char> out(parent.size(), 0);
    for (size_t code = 0; code < parent.size(); ++code) {
        // Up the chain until a chosen manager or the top; at most one step per owner (a cycle stops).
        size_t at = code;
        for (size_t steps = 0; steps <= parent.size(); ++steps) {
            if (at < managers.size() && managers[at]) {
                out[code] = 1;
                break;
            }
            if (at >= parent.size() || parent[at] <= 0)
                break;
            at = size_t(parent[at]);
        }
    }
    return out;
}

ResolvedFilter::ResolvedFilter(const FactTable& f, const MetricFilters& filters)
    : m_persona(allowedCodes(f.personas, filters.personas, "persona"))
    , m_channel(allowedCodes(f.channels, filters.channels, "channel"))
    , m_campaign(allowedCampaigns(f, filters.campaigns))
    , m_owner(allowedCodes(f.owners, filters.owners, "owner"))
    , m_segment(allowedCodes(f.segments, filters.segments, "segment")) {
    // Team, manager and region filters are owner filters: the owners they allow, intersected with each
    // other and with any owner filter.
    const auto narrow = [&](const std::vector<char>& allowed) {
        std::vector<char> owners(size_t(f.owners.size()), 0);
        for (size_t code = 0; code < owners.size(); ++code)
            owners[code] = allowed[code] && (m_owner.empty() || m_owner[code]);
        m_owner = std::move(owners);
    };
    const size_t ownerCount = size_t(f.owners.size());
    if (!filters.teams.isEmpty()) {
        const std::vector<char> teams = allowedCodes(f.teams, filters.teams, "team");
        std::vector<char> allowed(ownerCount, 0);
        for (size_t code = 0; code < ownerCount; ++code)
            allowed[code] = teams[size_t(f.ownerTeam[code])];
        narrow(allowed);
    }
    if (!filters.regions.isEmpty()) {
        const std::vector<char> regions = allowedCodes(f.regions, filters.regions, "region");
        std::vector<char> allowed(ownerCount, 0);
        for (size_t code = 0; code < ownerCount; ++code)
            allowed[code] = regions[size_t(f.ownerRegion[code])];
        narrow(allowed);
    }
    if (!filters.managers.isEmpty()) {
        const std::vector<char> managers = allowedCodes(f.managers, filters.managers, "manager");
        // A manager's name is an owner's name: the roots of the subtrees, as owner codes.
        std::vector<char> roots(ownerCount, 0);
        for (size_t m = 1; m < managers.size(); ++m)
            if (managers[m])
                if (const qint32 owner = f.owners.codeOf(f.managers.name(qint32(m))); owner > 0)
                    roots[size_t(owner)] = 1;
        std::vector<char> allowed = ownersUnder(f.ownerParent, roots);
        if (managers[0]) // "(none)": owners without a manager (and records without an owner)
            for (size_t code = 0; code < ownerCount; ++code)
                allowed[code] = allowed[code] || f.ownerParent[code] <= 0;
        narrow(allowed);
    }
}

} // namespace revalign
