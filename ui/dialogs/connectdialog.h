#pragma once

#include "services/connectionprobe.h"
#include "teamaddress.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace revalign::credentials {
class CredentialStore;
}

namespace revalign::ui {

// File › Connect to team workspace…: where the server is, how to reach it, the password (to the keychain
// when "Remember" is on), and "Test connection", which connects on a worker thread (Cancel stops a
// hanging connect) and says what the database holds. Builds the URL; never puts the password in it.
class ConnectDialog final : public QDialog {
    Q_OBJECT
public:
    // `credentials` may be null (no keychain at all); when it is known to be unavailable, "Remember
    // password" is off and says why.
    explicit ConnectDialog(credentials::CredentialStore* credentials, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    void setAddress(const TeamAddress& address);
    TeamAddress address() const;
    // The URL to remember and show: never with the password.
    QString url() const { return address().url(); }
    QString password() const;
    bool rememberPassword() const;
    // The URL with the typed password, for opening (in memory only).
    QString connectAddress() const;

    ConnectionProbe* probe() const { return m_probe; }
    // The last test's outcome as shown under the buttons.
    QString resultText() const;
    bool canCreate() const;

    void testConnection();
    void createWorkspace();

Q_SIGNALS:
    void tested(const revalign::ui::ProbeResult& result);

private:
    void onFinished(const ProbeResult& result);
    void updateState();
    void chooseCaFile();
    void setRunning(bool running, const QString& message);

    std::unique_ptr<::Ui::ConnectDialog> m_ui;
    credentials::CredentialStore* m_credentials;
    ConnectionProbe* m_probe;
    bool m_empty = false; // the last test found an empty database
};

// The sentence "Test connection" shows for `result`.
QString describeProbe(const ProbeResult& result);

} // namespace revalign::ui
