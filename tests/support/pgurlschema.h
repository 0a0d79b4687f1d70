#pragma once

#include "pgtestserver.h"

#include "store/pg/pgconnection.h"

#include <QUrl>

#include <string>

#include <unistd.h>

namespace revalign::test {

// A schema of its own on the test server for a test that talks to it through a URL (the CLI tests):
// created on construction, dropped with everything in it afterwards; url() reaches it through libpq's
// options=-csearch_path=... (what a user writes to pick a schema).
class PgUrlSchema final {
public:
    explicit PgUrlSchema(const PgTestServer& server, const QString& prefix = QStringLiteral("cli"))
        : m_server(server)
        , m_name(QStringLiteral("%1_%2_%3").arg(prefix).arg(::getpid()).arg(++counter())) {
        PgConnection conn(server.url);
        conn.exec("CREATE SCHEMA " + m_name.toStdString());
    }
    ~PgUrlSchema() {
        try {
            PgConnection conn(m_server.url);
            conn.exec("DROP SCHEMA IF EXISTS " + m_name.toStdString() + " CASCADE");
        } catch (const Error&) {
            // The cluster goes at the end of the run anyway.
        }
    }
    PgUrlSchema(const PgUrlSchema&) = delete;
    PgUrlSchema& operator=(const PgUrlSchema&) = delete;

    const QString& name() const { return m_name; }
    QString url() const { return m_server.urlWith(QStringLiteral("options=-csearch_path%3D") + m_name); }
    // The same URL with a password in it, as a user might type it (the server's own by default).
    QString urlWithPassword(const QString& password = {}) const {
        QUrl u(url());
        u.setPassword(password.isEmpty() ? m_server.password : password);
        return u.toString(QUrl::FullyEncoded);
    }
    void exec(const std::string& sql) const {
        PgConnection conn(url());
        conn.exec(sql);
    }

private:
    static int& counter() {
        static int n = 0;
        return n;
    }
    PgTestServer m_server;
    QString m_name;
};

} // namespace revalign::test
