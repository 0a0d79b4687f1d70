#pragma once

#include "store/pg/pgconnection.h"

#include "pgtestserver.h"

#include <QCoreApplication>
#include <QMutex>
#include <QStringList>

#include <atomic>
#include <string>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace revalign::test {

// A schema of its own for one test case: ctest runs test cases as parallel processes against the run's
// one database. Created on construction, made the connection's search_path, dropped with everything in
// it afterwards (over a fresh connection if the test killed its own).
class PgScratchSchema final {
public:
    PgScratchSchema(const PgTestServer& server, PgConnection& conn)
        : m_url(server.url)
        , m_name("t_" + std::to_string(::getpid()) + "_" + std::to_string(++counter())) {
        conn.exec("CREATE SCHEMA " + m_name);
        use(conn);
    }
    ~PgScratchSchema() {
        try {
            PgConnection conn(m_url);
            conn.exec("DROP SCHEMA IF EXISTS " + m_name + " CASCADE");
        } catch (const Error&) {
            // The cluster goes at the end of the run anyway.
        }
    }
    PgScratchSchema(const PgScratchSchema&) = delete;
    PgScratchSchema& operator=(const PgScratchSchema&) = delete;

    void use(PgConnection& conn) const { conn.exec("SET search_path TO " + m_name); }
    const std::string& name() const { return m_name; }

private:
    static std::atomic<int>& counter() {
        static std::atomic<int> n{0};
        return n;
    }
    QString m_url;
    std::string m_name;
};

// Every message logged while it lives (all categories, debug included), to check what a log could leak.
class LogCapture final {
public:
    LogCapture() {
        instance() = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
        // A filter, not rules: QT_LOGGING_RULES in the environment would override rules set here.
        previousFilter() = QLoggingCategory::installFilter(&LogCapture::enableAll);
    }
    ~LogCapture() {
        QLoggingCategory::installFilter(previousFilter());
        qInstallMessageHandler(m_previous);
        instance() = nullptr;
    }
    QStringList lines() const {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }

private:
    static LogCapture*& instance() {
        static LogCapture* self = nullptr;
        return self;
    }
    static QLoggingCategory::CategoryFilter& previousFilter() {
        static QLoggingCategory::CategoryFilter f = nullptr;
        return f;
    }
    static void enableAll(QLoggingCategory* category) {
        if (previousFilter())
            previousFilter()(category);
        if (QByteArrayView(category->categoryName()).startsWith("revalign")) {
            category->setEnabled(QtDebugMsg, true);
            category->setEnabled(QtInfoMsg, true);
        }
    }
    static void handler(QtMsgType, const QMessageLogContext& context, const QString& message) {
        if (LogCapture* self = instance()) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines << QString::fromUtf8(context.category ? context.category : "") + u' ' + message;
        }
    }
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

// A TCP port on 127.0.0.1 where nothing listens (bound, then released without listen()).
inline int closedPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace revalign::test
