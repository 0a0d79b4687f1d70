#include "teamaddress.h"

#include "credentials/credentialstore.h"
#include "store/pg/pgconninfo.h"
#include "store/pg/pgerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace revalign::ui {

namespace {
QString encode(const QString& s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

// Where the user info of a URL ends and the authority begins: [start of user info, '@') or nothing.
struct UserInfo {
    qsizetype begin = -1; // after "://"
    qsizetype at = -1;    // the '@', -1 when the URL has no user info
};

UserInfo userInfoOf(const QString& url) {
    UserInfo u;
    const qsizetype scheme = url.indexOf(QStringLiteral("://"));
    if (scheme < 0)
        return u;
    u.begin = scheme + 3;
    qsizetype end = url.size();
    for (const QChar stop : {u'/', u'?'}) {
        const qsizetype i = url.indexOf(stop, u.begin);
        if (i >= 0)
            end = std::min(end, i);
    }
    u.at = url.lastIndexOf(u'@', end - 1);
    if (u.at < u.begin)
        u.at = -1;
    return u;
}

QString loginName() {
    for (const char* name : {"PGUSER", "USER", "USERNAME"})
        if (const QString v = qEnvironmentVariable(name); !v.isEmpty())
            return v;
    return {};
}
} // namespace

QString tlsModeName(TlsMode mode) {
    switch (mode) {
    case TlsMode::Disable:
        return QStringLiteral("disable");
    case TlsMode::Prefer:
        return QStringLiteral("prefer");
    case TlsMode::Require:
        return QStringLiteral("require");
    case TlsMode::VerifyFull:
        return QStringLiteral("verify-full");
    }
    return QStringLiteral("prefer");
}

QString TeamAddress::url() const {
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += encode(user) + u'@';
    // An IPv6 address goes in brackets (RFC 3986), which libpq reads; a name is encoded like the rest.
    out += host.contains(u':') ? u'[' + host + u']' : encode(host);
    out += u':' + QString::number(port) + u'/' + encode(database);
    out += QStringLiteral("?sslmode=") + tlsModeName(tls);
    if (tls == TlsMode::VerifyFull && !caFile.isEmpty())
        out += QStringLiteral("&sslrootcert=") + encode(caFile);
    return out;
}

QString TeamAddress::credentialKey() const {
    return credentials::credentialKey(user, host, port, database);
}

std::optional<TeamAddress> TeamAddress::fromUrl(const QString& url) {
    if (!isTeamAddress(url))
        return std::nullopt;
    try {
        const PgConnInfo info = PgConnInfo::parse(url);
        TeamAddress a;
        a.host = info.value("host");
        bool ok = true;
        if (info.has("port"))
            a.port = info.value("port").toInt(&ok);
        a.database = info.value("dbname");
        a.user = info.value("user");
        a.caFile = info.value("sslrootcert");
        const QString mode = info.value("sslmode");
        for (TlsMode m : {TlsMode::Disable, TlsMode::Prefer, TlsMode::Require, TlsMode::VerifyFull})
            if (mode == tlsModeName(m))
                a.tls = m;
        if (!ok || a.host.contains(u','))
            return std::nullopt; // failover lists and odd ports are for hand-written URLs
        return a;
    } catch (const PgError&) {
        return std::nullopt;
    }
}

bool isTeamAddress(const QString& address) {
    return PgConnInfo::isUrl(address);
}

QString withPassword(const QString& url, const QString& password) {
    const UserInfo u = userInfoOf(url);
    if (u.begin < 0 || password.isEmpty())
        return url;
    if (u.at < 0)
        return url.left(u.begin) + u':' + encode(password) + u'@' + url.mid(u.begin);
    const QString info = url.mid(u.begin, u.at - u.begin);
    const QString user = info.section(u':', 0, 0);
    return url.left(u.begin) + user + u':' + encode(password) + url.mid(u.at);
}

bool hasPassword(const QString& url) {
    if (!isTeamAddress(url))
        return false;
    try {
        return PgConnInfo::parse(url).has("password");
    } catch (const PgError&) {
        const UserInfo u = userInfoOf(url);
        return u.at >= 0 && url.mid(u.begin, u.at - u.begin).contains(u':');
    }
}

QString displayAddress(const QString& address) {
    if (!isTeamAddress(address))
        return QDir::toNativeSeparators(address);
    try {
        return PgConnInfo::parse(address).redacted();
    } catch (const PgError&) {
        return scrubUnparsedAddress(address, address);
    }
}

QString credentialKeyOf(const QString& url) {
    try {
        const PgConnInfo info = PgConnInfo::parse(url);
        const QString user = info.has("user") ? info.value("user") : loginName();
        const int port = info.has("port") ? info.value("port").toInt() : 5432;
        return credentials::credentialKey(user,
                                          info.has("host") ? info.value("host") : QStringLiteral("localhost"),
                                          port, info.has("dbname") ? info.value("dbname") : user);
    } catch (const PgError&) {
        return {};
    }
}

QString locationTitle(const QString& address) {
    if (!isTeamAddress(address))
        return QFileInfo(address).fileName();
    try {
        const PgConnInfo info = PgConnInfo::parse(address);
        const QString host = info.has("host") ? info.value("host") : QStringLiteral("localhost");
        const QString port = info.has("port") ? info.value("port") : QStringLiteral("5432");
        return QCoreApplication::translate("TeamAddress", "Team workspace — %1 on %2:%3")
            .arg(info.value("dbname"), host, port);
    } catch (const PgError&) {
        return QCoreApplication::translate("TeamAddress", "Team workspace");
    }
}

QStringList rememberRecent(QStringList recent, const QString& address, int max) {
    const QString stored = isTeamAddress(address) ? displayAddress(address) : address;
    for (QString& r : recent)
        r = isTeamAddress(r) ? displayAddress(r) : r;
    recent.removeAll(stored);
    recent.prepend(stored);
    recent.removeDuplicates();
    while (recent.size() > max)
        recent.removeLast();
    return recent;
}

QStringList visibleRecent(const QStringList& stored) {
    QStringList out;
    for (const QString& r : stored) {
        if (isTeamAddress(r))
            out << displayAddress(r);
        else if (QFileInfo::exists(r))
            out << r;
    }
    out.removeDuplicates();
    return out;
}

} // namespace revalign::ui
