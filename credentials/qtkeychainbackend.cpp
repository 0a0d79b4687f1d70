#include "credentials/qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

namespace revalign::credentials {

namespace {

CredentialResult resultOf(const QKeychain::Job& job, QString password = {}) {
    using S = CredentialResult::Status;
    switch (job.error()) {
    case QKeychain::NoError:
        return {S::Found, std::move(password), {}};
    case QKeychain::EntryNotFound:
        return {S::NotFound, {}, {}};
    // No Secret Service or KWallet on the session bus (or no bus at all) is reported as one of these,
    // depending on how far QtKeychain got: all mean "there is no keychain to use here".
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {S::Unavailable, {}, job.errorString()};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return {S::Failed, {}, job.errorString()};
}

class QtKeychainBackend final : public CredentialBackend {
public:
    explicit QtKeychainBackend(QString service)
        : m_service(std::move(service)) {}

    void read(const QString& key, Done done) override {
        auto* job = new QKeychain::ReadPasswordJob(m_service);
        prepare(*job, key);
        QObject::connect(job, &QKeychain::Job::finished,
                         [job, done = std::move(done)] { done(resultOf(*job, job->textData())); });
        job->start();
    }

    void write(const QString& key, const QString& password, Done done) override {
        auto* job = new QKeychain::WritePasswordJob(m_service);
        prepare(*job, key);
        job->setTextData(password);
        QObject::connect(job, &QKeychain::Job::finished, [job, done = std::move(done)] {
            if (done)
                done(resultOf(*job));
        });
        job->start();
    }

    void remove(const QString& key, Done done) override {
        auto* job = new QKeychain::DeletePasswordJob(m_service);
        prepare(*job, key);
        QObject::connect(job, &QKeychain::Job::finished, [job, done = std::move(done)] {
            if (done)
                done(resultOf(*job));
        });
        job->start();
    }

private:
    static void prepare(QKeychain::Job& job, const QString& key) {
        job.setKey(key);
        job.setAutoDelete(true);
        job.setInsecureFallback(false);
    }

    QString m_service;
};

} // namespace

std::unique_ptr<CredentialBackend> makeQtKeychainBackend(const QString& service) {
    return std::make_unique<QtKeychainBackend>(service);
}

} // namespace revalign::credentials
