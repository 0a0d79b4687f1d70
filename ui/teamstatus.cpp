#include "teamstatus.h"

#include "store/pg/pgconninfo.h"
#include "store/pg/pgerror.h"
#include "teamaddress.h"

#include <QCoreApplication>

namespace revalign::ui {

QString describeImportsToday(const QList<ImportToday>& imports) {
    if (imports.isEmpty())
        return {};
    QStringList parts;
    for (const ImportToday& i : imports)
        parts << QCoreApplication::translate("TeamStatus", "%1 (%2, %3)")
                     .arg(i.who, i.file, i.at.toString(QStringLiteral("HH:mm")));
    return QCoreApplication::translate("TeamStatus", "Also imported today: %1")
        .arg(parts.join(QStringLiteral(", ")));
}

QString serverStatusLine(const QString& address) {
    if (!isTeamAddress(address))
        return {};
    try {
        const PgConnInfo info = PgConnInfo::parse(address);
        const QString host = info.has("host") ? info.value("host") : QStringLiteral("localhost");
        const QString port = info.has("port") ? info.value("port") : QStringLiteral("5432");
        return QCoreApplication::translate("TeamStatus", "Team workspace on %1:%2/%3")
            .arg(host, port, info.value("dbname"));
    } catch (const PgError&) {
        return QCoreApplication::translate("TeamStatus", "Team workspace");
    }
}

} // namespace revalign::ui
