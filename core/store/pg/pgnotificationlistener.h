#pragma once

#include "store/pg/pgconnection.h"

#include <QObject>
#include <QSocketNotifier>

#include <memory>
#include <string>
#include <vector>

namespace revalign {

// Delivers LISTEN/NOTIFY notifications of a PgConnection through the thread's Qt event loop: a
// QSocketNotifier watches the connection's socket, so nothing polls and no thread waits. This is how an
// open app learns that someone else's import committed ("Updated by anna's import of contacts.csv").
//
// Give it a connection of its own: a statement run on the same connection reads pending notifications
// into libpq's buffer without the socket waking the notifier (call check() after such statements). The
// connection must outlive the listener and stay on this thread.
class PgNotificationListener final : public QObject {
    Q_OBJECT
public:
    explicit PgNotificationListener(PgConnection& conn, QObject* parent = nullptr);
    ~PgNotificationListener() override;

    // LISTENs on `channel` now and again after reconnect().
    void listen(const std::string& channel);
    // Reconnects the connection (after connectionLost) and listens again on every channel.
    void reconnect();
    // Delivers whatever is already buffered or waiting on the socket.
    void check();

Q_SIGNALS:
    void notified(const revalign::PgNotification& notification);
    // The connection dropped; nothing more arrives until reconnect(). `message` is a PgError's message.
    void connectionLost(const QString& message);

private:
    void watch();

    PgConnection& m_conn;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::vector<std::string> m_channels;
};

} // namespace revalign

Q_DECLARE_METATYPE(revalign::PgNotification)
