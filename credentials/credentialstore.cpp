#include "credentials/credentialstore.h"

#include <QCoreApplication>

namespace revalign::credentials {

QString credentialKey(const QString& user, const QString& host, int port, const QString& database) {
    return QStringLiteral("%1@%2:%3/%4").arg(user, host, QString::number(port), database);
}

CredentialStore::CredentialStore(std::unique_ptr<CredentialBackend> backend, QObject* parent)
    : QObject(parent)
    , m_backend(std::move(backend)) {}

CredentialStore::~CredentialStore() {
    *m_alive = false; // a job finishing after us must not touch this object
}

CredentialBackend::Done CredentialStore::watch(CredentialBackend::Done done) {
    return [this, alive = m_alive, done = std::move(done)](const CredentialResult& result) {
        if (*alive && result.status == CredentialResult::Status::Unavailable && m_available) {
            m_available = false;
            m_reason = result.error;
            Q_EMIT unavailable(QCoreApplication::translate(
                                   "CredentialStore",
                                   "The system keychain is not available (%1): RevAlign cannot remember "
                                   "passwords and will ask for them each time.")
                                   .arg(result.error));
        }
        if (done)
            done(result);
    };
}

void CredentialStore::read(const QString& key, CredentialBackend::Done done) {
    if (!m_available) {
        done(CredentialResult{CredentialResult::Status::Unavailable, {}, m_reason});
        return;
    }
    m_backend->read(key, watch(std::move(done)));
}

void CredentialStore::write(const QString& key, const QString& password, CredentialBackend::Done done) {
    if (!m_available) {
        if (done)
            done(CredentialResult{CredentialResult::Status::Unavailable, {}, m_reason});
        return;
    }
    m_backend->write(key, password, watch(std::move(done)));
}

void CredentialStore::remove(const QString& key, CredentialBackend::Done done) {
    if (!m_available) {
        if (done)
            done(CredentialResult{CredentialResult::Status::Unavailable, {}, m_reason});
        return;
    }
    m_backend->remove(key, watch(std::move(done)));
}

} // namespace revalign::credentials
