#include "util/useridentity.h"

#include <QSysInfo>

namespace revalign {

QString currentUserIdentity() {
    const QString overridden = qEnvironmentVariable("REVALIGN_USER").trimmed();
    if (!overridden.isEmpty())
        return overridden;
    QString user = qEnvironmentVariable("USER").trimmed();
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME").trimmed(); // Windows
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return user + u'@' + host;
}

} // namespace revalign
