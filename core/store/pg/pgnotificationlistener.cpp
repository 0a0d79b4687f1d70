#include "store/pg/pgnotificationlistener.h"

namespace revalign {

PgNotificationListener::PgNotificationListener(PgConnection& conn, QObject* parent)
    : QObject(parent)
    , m_conn(conn) {
    watch();
}

PgNotificationListener::~PgNotificationListener() = default;

void PgNotificationListener::watch() {
    m_notifier.reset();
    if (m_conn.socket() < 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(m_conn.socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PgNotificationListener::check);
}

void PgNotificationListener::listen(const std::string& channel) {
    m_conn.listen(channel);
    m_channels.push_back(channel);
}

void PgNotificationListener::reconnect() {
    m_notifier.reset();
    m_conn.reconnect();
    for (const std::string& channel : m_channels)
        m_conn.listen(channel);
    watch();
}

void PgNotificationListener::check() {
    std::vector<PgNotification> notes;
    try {
        notes = m_conn.takeNotifications();
    } catch (const Error& e) {
        // An event handler must not throw: the loss is a signal the app shows ("Reconnect").
        if (m_notifier)
            m_notifier->setEnabled(false);
        Q_EMIT connectionLost(e.message());
        return;
    }
    for (const PgNotification& n : notes)
        Q_EMIT notified(n);
}

} // namespace revalign
