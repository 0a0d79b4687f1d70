#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace revalign::ui {

// How the client protects the connection (libpq's sslmode). verify-full checks the server's certificate
// against `caFile` and its name against `host`.
enum class TlsMode { Disable, Prefer, Require, VerifyFull };

// The fields of File › Connect to team workspace…, and the URL they make. The password is never part of
// it: it goes to the keychain, and into an address only in memory (withPassword()).
struct TeamAddress {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    TlsMode tls = TlsMode::Prefer;
    QString caFile; // sslrootcert, used with verify-full

    // postgresql://user@host:port/db?sslmode=… with user and database percent-encoded (RFC 3986
    // unreserved characters stay), an IPv6 host in brackets, sslrootcert for verify-full.
    QString url() const;
    // "user@host:port/db": the keychain's key (credentials::credentialKey).
    QString credentialKey() const;
    // Reads the fields back from a URL this dialog (or a person) wrote; nullopt for anything else.
    static std::optional<TeamAddress> fromUrl(const QString& url);

    bool operator==(const TeamAddress&) const = default;
};

QString tlsModeName(TlsMode mode); // "disable", "prefer", "require", "verify-full"

// True for a postgresql:// (or postgres://) URL, false for a workspace file's path.
bool isTeamAddress(const QString& address);
// The address with `password` in its user info, for handing to Workspace::open in memory only: never
// store, show or log what this returns.
QString withPassword(const QString& url, const QString& password);
// True when the URL carries a password (typed by hand, or withPassword()).
bool hasPassword(const QString& url);
// What a person may see of a workspace's address: a file's native path; a URL without the password
// (PgConnInfo::redacted()); an unparseable URL scrubbed of anything that looks like one.
QString displayAddress(const QString& address);
// The keychain key of a URL's account ("user@host:port/db"; the user libpq would use when the URL has
// none is the login name, $PGUSER first).
QString credentialKeyOf(const QString& url);
// For the window title: "Team workspace — db on host:5432" or the file's name.
QString locationTitle(const QString& address);

// Open recent: the stored list with `address` in front (password stripped, no duplicates), at most `max`.
QStringList rememberRecent(QStringList recent, const QString& address, int max);
// The stored list as the menu shows it: files that still exist, every URL (a server may be down for a
// moment), passwords stripped in case an older build stored one.
QStringList visibleRecent(const QStringList& stored);

} // namespace revalign::ui
