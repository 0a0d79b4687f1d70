#include "domain/account.h"

namespace revalign {

QString segmentForEmployees(std::optional<int> employees) {
    if (!employees)
        return {};
    if (*employees < 200)
        return QStringLiteral("SMB");
    if (*employees < 2000)
        return QStringLiteral("Mid-market");
    return QStringLiteral("Enterprise");
}

} // namespace revalign
