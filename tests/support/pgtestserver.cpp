#include "pgtestserver.h"

#include <QUrl>

namespace revalign::test {

QString PgTestServer::urlWith(const QString& query) const {
    return url + (url.contains(u'?') ? u'&' : u'?') + query;
}

std::optional<PgTestServer> pgTestServer() {
    const QString url = qEnvironmentVariable("REVALIGN_TEST_PG");
    if (url.isEmpty())
        return std::nullopt;
    PgTestServer s;
    s.url = url;
    s.password = qEnvironmentVariable("REVALIGN_TEST_PG_PASSWORD");
    s.caFile = qEnvironmentVariable("REVALIGN_TEST_PG_CA");
    s.socketDir = qEnvironmentVariable("REVALIGN_TEST_PG_SOCKET");
    s.tlsOnlyUser = qEnvironmentVariable("REVALIGN_TEST_PG_TLS_USER");
    s.binDir = qEnvironmentVariable("REVALIGN_TEST_PG_BINDIR");
    const QUrl parsed(url);
    s.port = parsed.port(5432);
    s.database = parsed.path().mid(1);
    return s;
}

} // namespace revalign::test
