#include "connectdialog.h"

#include "credentials/credentialstore.h"
#include "ui_connectdialog.h"

#include <QFileDialog>
#include <QPushButton>

namespace revalign::ui {

QString describeProbe(const ProbeResult& r) {
    if (r.cancelled)
        return ConnectDialog::tr("Test cancelled.");
    if (!r.connected)
        return r.needsPassword
                   ? ConnectDialog::tr("%1 Enter the password above, or keep it in ~/.pgpass.").arg(r.error)
                   : r.error;
    const QString server =
        r.tls ? ConnectDialog::tr("Connected to PostgreSQL %1 over TLS.").arg(r.serverVersion)
              : ConnectDialog::tr("Connected to PostgreSQL %1 without TLS: the password "
                                  "and data travel unencrypted.")
                    .arg(r.serverVersion);
    switch (r.workspace) {
    case ProbeResult::Workspace::Ours:
        return server + u' ' +
               ConnectDialog::tr("The database holds a RevAlign team workspace (workspace version %1).")
                   .arg(r.schemaVersion);
    case ProbeResult::Workspace::Empty:
        return server + u' ' +
               ConnectDialog::tr("The database is empty: you can create a team workspace here.");
    case ProbeResult::Workspace::Foreign:
        return server + u' ' +
               ConnectDialog::tr("This is not a RevAlign database (%1).").arg(r.foreignReason);
    case ProbeResult::Workspace::Unknown:
        break;
    }
    return server;
}

ConnectDialog::ConnectDialog(credentials::CredentialStore* credentials, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ConnectDialog>())
    , m_credentials(credentials)
    , m_probe(new ConnectionProbe(this)) {
    m_ui->setupUi(this);
    m_ui->tlsCombo->addItem(tr("Disable: no encryption"), static_cast<int>(TlsMode::Disable));
    m_ui->tlsCombo->addItem(tr("Prefer: encrypt when the server offers it"),
                            static_cast<int>(TlsMode::Prefer));
    m_ui->tlsCombo->addItem(tr("Require: always encrypt"), static_cast<int>(TlsMode::Require));
    m_ui->tlsCombo->addItem(tr("Verify full: encrypt and check the server's certificate"),
                            static_cast<int>(TlsMode::VerifyFull));
    m_ui->tlsCombo->setCurrentIndex(static_cast<int>(TlsMode::Prefer));
    m_ui->userEdit->setPlaceholderText(qEnvironmentVariable("USER"));
    m_ui->createButton->hide();
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Connect"));
    if (m_credentials && !m_credentials->isAvailable()) {
        m_ui->rememberCheck->setChecked(false);
        m_ui->rememberCheck->setEnabled(false);
        m_ui->rememberCheck->setToolTip(
            tr("The system keychain is not available: RevAlign asks for the password each time."));
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        if (m_probe->isRunning())
            m_probe->cancel();
        else
            testConnection();
    });
    connect(m_ui->createButton, &QPushButton::clicked, this, &ConnectDialog::createWorkspace);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ConnectDialog::chooseCaFile);
    connect(m_probe, &ConnectionProbe::finished, this, &ConnectDialog::onFinished);
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->caFileEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectDialog::updateState);
    connect(m_ui->tlsCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    updateState();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setAddress(const TeamAddress& a) {
    m_ui->hostEdit->setText(a.host);
    m_ui->portSpin->setValue(a.port);
    m_ui->databaseEdit->setText(a.database);
    m_ui->userEdit->setText(a.user);
    m_ui->tlsCombo->setCurrentIndex(m_ui->tlsCombo->findData(static_cast<int>(a.tls)));
    m_ui->caFileEdit->setText(a.caFile);
}

TeamAddress ConnectDialog::address() const {
    TeamAddress a;
    a.host = m_ui->hostEdit->text().trimmed();
    a.port = m_ui->portSpin->value();
    a.database = m_ui->databaseEdit->text().trimmed();
    a.user = m_ui->userEdit->text().trimmed();
    a.tls = static_cast<TlsMode>(m_ui->tlsCombo->currentData().toInt());
    if (a.tls == TlsMode::VerifyFull)
        a.caFile = m_ui->caFileEdit->text().trimmed();
    return a;
}

QString ConnectDialog::password() const {
    return m_ui->passwordEdit->text();
}

bool ConnectDialog::rememberPassword() const {
    return m_ui->rememberCheck->isEnabled() && m_ui->rememberCheck->isChecked();
}

QString ConnectDialog::connectAddress() const {
    return withPassword(url(), password());
}

QString ConnectDialog::resultText() const {
    return m_ui->resultLabel->text();
}

bool ConnectDialog::canCreate() const {
    return m_ui->createButton->isVisible() && m_ui->createButton->isEnabled();
}

void ConnectDialog::updateState() {
    const TeamAddress a = address();
    const bool complete = !a.host.isEmpty() && !a.database.isEmpty();
    const bool verify = a.tls == TlsMode::VerifyFull;
    m_ui->caFileEdit->setEnabled(verify);
    m_ui->caBrowseButton->setEnabled(verify);
    m_ui->caFileEditLabel->setEnabled(verify);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_probe->isRunning());
    m_ui->testButton->setEnabled(complete || m_probe->isRunning());
    // What a test found holds for the address it tested only.
    if (!m_probe->isRunning() && sender() && sender() != m_probe) {
        m_empty = false;
        m_ui->createButton->hide();
    }
}

void ConnectDialog::setRunning(bool running, const QString& message) {
    m_ui->testButton->setText(running ? tr("&Cancel test") : tr("&Test connection"));
    m_ui->createButton->setEnabled(!running);
    m_ui->resultLabel->setText(message);
    updateState();
}

void ConnectDialog::testConnection() {
    m_probe->test(connectAddress());
    setRunning(true, tr("Connecting to %1…").arg(url()));
}

void ConnectDialog::createWorkspace() {
    m_probe->create(connectAddress());
    setRunning(true, tr("Creating the team workspace in %1…").arg(url()));
}

void ConnectDialog::onFinished(const ProbeResult& result) {
    m_empty = result.connected && result.workspace == ProbeResult::Workspace::Empty;
    m_ui->createButton->setVisible(m_empty);
    setRunning(false, describeProbe(result));
    if (result.needsPassword)
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
    Q_EMIT tested(result);
}

void ConnectDialog::chooseCaFile() {
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_ui->caFileEdit->text(),
                                                      tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

} // namespace revalign::ui
