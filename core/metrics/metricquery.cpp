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

ResolvedFilter::ResolvedFilter(const FactTable& f, const MetricFilters& filters)
    : m_persona(allowedCodes(f.personas, filters.personas, "persona"))
    , m_channel(allowedCodes(f.channels, filters.channels, "channel"))
    , m_campaign(allowedCampaigns(f, filters.campaigns))
    , m_owner(allowedCodes(f.owners, filters.owners, "owner"))
    , m_segment(allowedCodes(f.segments, filters.segments, "segment")) {
    if (filters.teams.isEmpty())
        return;
    // A team filter is an owner filter: the owners of that team (intersected with any owner filter).
    const std::vector<char> teams = allowedCodes(f.teams, filters.teams, "team");
    std::vector<char> owners(size_t(f.owners.size()), 0);
    for (size_t code = 0; code < owners.size(); ++code)
        owners[code] = teams[size_t(f.ownerTeam[code])] && (m_owner.empty() || m_owner[code]);
    m_owner = std::move(owners);
}

} // namespace revalign
