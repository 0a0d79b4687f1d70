#pragma once

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace revalign {

// Where a team workspace lives, as the user wrote it: a `postgresql://user@host:5432/db?sslmode=...` URL
// or a libpq conninfo string (`host=... dbname=...`). Parsed by libpq itself (PQconninfoParse), so every
// keyword libpq knows works and nothing is re-implemented; what libpq takes from the environment
// (PGHOST, PGPASSFILE, ~/.pgpass, ~/.postgresql/root.crt) it still takes at connect time.
//
// The password, when the address carries one, is kept only to hand to libpq: redacted() and scrub()
// are how anything derived from the address reaches a message or a log line.
class PgConnInfo final {
public:
    // Throws PgError(InvalidAddress) with libpq's reason (scrubbed of any password in `address`).
    static PgConnInfo parse(const QString& address);
    // True for a server address: the URL schemes libpq accepts, or its "key=value ..." form starting
    // with one of libpq's keywords ("host=db dbname=team"). Lets callers tell a workspace path from one.
    static bool isUrl(const QString& address);

    // The value libpq would be given for `keyword` ("host", "dbname", "sslmode"...), empty when unset.
    QString value(const std::string& keyword) const;
    void set(const std::string& keyword, const QString& value);
    bool has(const std::string& keyword) const;

    // The address as a URL without the password (and without any other secret keyword), for titles,
    // recent-connection lists and logs.
    QString redacted() const;
    // `text` with every occurrence of the password replaced by "***": for messages that may quote input.
    QString scrub(QString text) const;

    const std::vector<std::pair<std::string, std::string>>& options() const { return m_options; }

private:
    std::vector<std::pair<std::string, std::string>> m_options; // keyword -> value, in libpq's order
};

// Removes what looks like a password from `text`, for the one case where no parsed address exists
// (the address itself did not parse): `password=...` pairs and the password of a URL's user info.
QString scrubUnparsedAddress(const QString& address, QString text);

} // namespace revalign
