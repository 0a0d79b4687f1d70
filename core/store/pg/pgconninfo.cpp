#include "store/pg/pgconninfo.h"

#include "store/pg/pgerror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

namespace revalign {

namespace {
// Keywords whose values are secrets or point at key material: never shown, never logged.
bool isSecret(std::string_view keyword) {
    return keyword == "password" || keyword == "sslpassword";
}

// Keywords the URL form carries in its authority and path rather than as query parameters.
bool inAuthority(std::string_view keyword) {
    return keyword == "user" || keyword == "host" || keyword == "port" || keyword == "dbname" ||
           keyword == "hostaddr";
}

QString replaceSecret(QString text, const QString& secret) {
    if (secret.isEmpty())
        return text;
    // A short password also occurs inside ordinary words: replace it only where it stands alone, which
    // is how libpq quotes fragments ("...after \"abc\"..."). Longer ones are replaced wherever they are.
    if (secret.size() >= 4) {
        text.replace(secret, QStringLiteral("***"));
    } else {
        const QRegularExpression alone(QStringLiteral("(?<![\\w])") + QRegularExpression::escape(secret) +
                                       QStringLiteral("(?![\\w])"));
        text.replace(alone, QStringLiteral("***"));
    }
    return text;
}
} // namespace

bool PgConnInfo::isUrl(const QString& address) {
    if (address.startsWith(u"postgresql://") || address.startsWith(u"postgres://"))
        return true;
    // libpq's other spelling, "host=db.example.com dbname=team user=anna": a first word that is one of
    // libpq's own keywords followed by '='. A workspace file is never named like that ("host=x" with no
    // directory and no .revalign), and a path with a '/' before the '=' is a path.
    static const QRegularExpression keyword(QStringLiteral("^\\s*([a-z_]+)\\s*="));
    const QRegularExpressionMatch m = keyword.match(address);
    if (!m.hasMatch() || address.endsWith(QStringLiteral(".revalign")))
        return false;
    static const std::vector<QString> known = [] {
        std::vector<QString> out;
        std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> defaults(PQconndefaults(),
                                                                              &PQconninfoFree);
        for (const PQconninfoOption* o = defaults.get(); o && o->keyword; ++o)
            out.push_back(QString::fromLatin1(o->keyword));
        return out;
    }();
    return std::find(known.begin(), known.end(), m.captured(1)) != known.end();
}

PgConnInfo PgConnInfo::parse(const QString& address) {
    const QByteArray utf8 = address.toUtf8();
    char* err = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> opts(PQconninfoParse(utf8.constData(), &err),
                                                                      &PQconninfoFree);
    if (!opts) {
        QString reason = err ? QString::fromUtf8(err).trimmed() : QStringLiteral("out of memory");
        PQfreemem(err);
        throw PgError(
            PgError::Kind::InvalidAddress,
            QCoreApplication::translate("PgConnection", "Not a PostgreSQL address (%1): %2")
                .arg(scrubUnparsedAddress(address, address), scrubUnparsedAddress(address, reason)));
    }
    PgConnInfo info;
    for (const PQconninfoOption* o = opts.get(); o->keyword; ++o)
        if (o->val)
            info.m_options.emplace_back(o->keyword, o->val);
    return info;
}

QString PgConnInfo::value(const std::string& keyword) const {
    for (const auto& [k, v] : m_options)
        if (k == keyword)
            return QString::fromStdString(v);
    return {};
}

bool PgConnInfo::has(const std::string& keyword) const {
    for (const auto& [k, v] : m_options)
        if (k == keyword)
            return true;
    return false;
}

void PgConnInfo::set(const std::string& keyword, const QString& value) {
    for (auto& [k, v] : m_options)
        if (k == keyword) {
            v = value.toStdString();
            return;
        }
    m_options.emplace_back(keyword, value.toStdString());
}

QString PgConnInfo::redacted() const {
    const auto enc = [](const QString& s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    QString url = QStringLiteral("postgresql://");
    if (has("user"))
        url += enc(value("user")) + u'@';
    // Several hosts (failover lists) stay comma-separated, each percent-encoded (socket paths have '/').
    const QStringList hosts = value("host").split(u',', Qt::SkipEmptyParts);
    QStringList encoded;
    for (const QString& h : hosts)
        encoded << enc(h);
    url += encoded.join(u',');
    if (has("port"))
        url += u':' + value("port");
    url += u'/';
    if (has("dbname"))
        url += enc(value("dbname"));
    QStringList query;
    for (const auto& [k, v] : m_options) {
        if (isSecret(k) || (inAuthority(k) && k != "hostaddr"))
            continue;
        query << QString::fromStdString(k) + u'=' + enc(QString::fromStdString(v));
    }
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

QString PgConnInfo::scrub(QString text) const {
    for (const auto& [k, v] : m_options)
        if (isSecret(k)) {
            const QString secret = QString::fromStdString(v);
            text = replaceSecret(std::move(text), secret);
            text = replaceSecret(std::move(text), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        }
    return text;
}

QString scrubUnparsedAddress(const QString& address, QString text) {
    // password=secret, password = 'sec ret' (conninfo), and scheme://user:secret@host (URL).
    static const QRegularExpression pair(
        QStringLiteral("(?:ssl)?password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'?|[^\\s&]*)"));
    static const QRegularExpression userInfo(QStringLiteral("^[a-z]+://[^/@:]*:([^/]*)@"));
    QStringList secrets;
    for (auto it = pair.globalMatch(address); it.hasNext();) {
        QString s = it.next().captured(1);
        secrets << s;
        if (s.startsWith(u'\'')) {
            s = s.mid(1);
            if (s.endsWith(u'\''))
                s.chop(1);
            secrets << s << s.split(u' ', Qt::SkipEmptyParts);
        }
    }
    const QRegularExpressionMatch url = userInfo.match(address);
    if (url.hasMatch())
        secrets << url.captured(1) << QUrl::fromPercentEncoding(url.captured(1).toUtf8());
    // Longest first, so a secret's pieces do not leave the rest of it behind.
    std::sort(secrets.begin(), secrets.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& s : secrets)
        text = replaceSecret(std::move(text), s);
    return text;
}

} // namespace revalign
