#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace revalign::credentials {

// The key a team workspace's password is kept under: "user@host:port/db", the account and the place.
// Never the password, so it may appear in the keychain's own listing.
QString credentialKey(const QString& user, const QString& host, int port, const QString& database);

struct CredentialResult {
    enum class Status {
        Found,       // `password` holds it
        NotFound,    // the keychain works, but holds nothing under the key
        Unavailable, // no keychain on this machine (no Secret Service on the bus, a headless session)
        Failed,      // the keychain refused (locked, access denied): `error` says why
    };
    Status status = Status::NotFound;
    QString password;
    QString error; // the keychain's words, for Unavailable and Failed
};

// Where passwords go: the platform's keychain in the app, a fake in tests. Calls complete later, on the
// thread that made them, through `done`.
class CredentialBackend {
public:
    virtual ~CredentialBackend() = default;
    using Done = std::function<void(const CredentialResult&)>;
    virtual void read(const QString& key, Done done) = 0;
    virtual void write(const QString& key, const QString& password, Done done) = 0;
    virtual void remove(const QString& key, Done done) = 0;
};

// Passwords of team workspaces for the GUI. When the keychain turns out to be unavailable, it stops
// asking it (every later read is Unavailable at once, so the app asks the person each time) and says so
// once through unavailable(). The password is never logged, never part of a key or a message.
class CredentialStore final : public QObject {
    Q_OBJECT
public:
    explicit CredentialStore(std::unique_ptr<CredentialBackend> backend, QObject* parent = nullptr);
    ~CredentialStore() override;

    void read(const QString& key, CredentialBackend::Done done);
    void write(const QString& key, const QString& password, CredentialBackend::Done done = {});
    void remove(const QString& key, CredentialBackend::Done done = {});

    // False once the keychain was found unavailable in this session.
    bool isAvailable() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

Q_SIGNALS:
    // Emitted once, the first time the keychain is found unavailable: the sentence to show the person.
    void unavailable(const QString& message);

private:
    CredentialBackend::Done watch(CredentialBackend::Done done);

    std::unique_ptr<CredentialBackend> m_backend;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    bool m_available = true;
    QString m_reason;
};

} // namespace revalign::credentials
