#include "metrics/ownerfilter.h"

namespace revalign {

std::optional<QStringList> allowedOwnerNames(const FactTable& f, const MetricFilters& filters) {
    if (filters.owners.isEmpty() && filters.managers.isEmpty() && filters.regions.isEmpty())
        return std::nullopt;
    MetricFilters ownerOnly;
    ownerOnly.owners = filters.owners;
    ownerOnly.managers = filters.managers;
    ownerOnly.regions = filters.regions;
    const ResolvedFilter filter(f, ownerOnly);
    QStringList names;
    const std::vector<char>& allowed = filter.owners();
    for (size_t code = 0; code < allowed.size(); ++code)
        if (allowed[code])
            names << (code == 0 ? QStringLiteral("(none)") : f.owners.name(qint32(code)));
    return names;
}

} // namespace revalign
