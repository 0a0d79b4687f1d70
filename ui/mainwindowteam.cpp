// MainWindow's team workspace side (issue 15): File › Connect to team workspace…, the password from the
// keychain or a prompt, Open recent with URLs, and the status bar's server and "imported today" lines.
#include "mainwindow.h"

#include "credentials/credentialstore.h"
#include "dialogs/connectdialog.h"
#include "import/importwizard.h"
#include "pages/welcomepage.h"
#include "teamaddress.h"
#include "workspaceloader.h"

#include <QApplication>
#include <QTimer>

#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace revalign::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

QString MainWindow::workspaceLocation() const {
    return displayAddress(m_path);
}

void MainWindow::setCredentialStore(credentials::CredentialStore* store) {
    m_credentials = store;
    if (store)
        connect(store, &credentials::CredentialStore::unavailable, this,
                [this](const QString& message) { statusBar()->showMessage(message, 15000); });
}

ConnectDialog* MainWindow::openConnectDialog() {
    auto* dialog = new ConnectDialog(m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Start from the team workspace open now, if any (its fields, never its password).
    if (const auto open = TeamAddress::fromUrl(displayAddress(m_path)))
        dialog->setAddress(*open);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { acceptConnectDialog(dialog); });
    if (!m_headless)
        dialog->open();
    return dialog;
}

void MainWindow::acceptConnectDialog(ConnectDialog* dialog) {
    const QString password = dialog->password();
    if (m_credentials && dialog->rememberPassword() && !password.isEmpty())
        m_credentials->write(
            dialog->address().credentialKey(), password, [this](const credentials::CredentialResult& r) {
                if (r.status == credentials::CredentialResult::Status::Failed)
                    statusBar()->showMessage(
                        tr("The password was not saved in the keychain: %1").arg(r.error), 10000);
            });
    openWorkspace(dialog->connectAddress());
}

void MainWindow::openTeamWorkspace(const QString& address) {
    statusBar()->showMessage(tr("Connecting to %1…").arg(displayAddress(address)));
    if (hasPassword(address) || !m_credentials) {
        m_loader->load(address);
        return;
    }
    // Without a password in the URL: the keychain's, else none (libpq then reads PGPASSFILE/~/.pgpass).
    const QPointer<MainWindow> self(this);
    m_credentials->read(credentialKeyOf(address), [self, address](const credentials::CredentialResult& r) {
        MainWindow* const window = self.data(); // gcc's -Wnull-dereference cannot see through QPointer
        if (window == nullptr)
            return;
        const bool found = r.status == credentials::CredentialResult::Status::Found;
        window->m_loader->load(found ? withPassword(address, r.password) : address);
    });
}

void MainWindow::onLoadFailed(const QString& path, const QString& message) {
    if (isTeamAddress(path) && m_loader->lastFailureNeedsPassword() && !m_headless) {
        QString prompt = tr("%1\n\nPassword for %2:").arg(message, credentialKeyOf(path));
        if (m_credentials && !m_credentials->isAvailable())
            prompt += u'\n' + tr("(The system keychain is not available, so RevAlign asks each time.)");
        bool ok = false;
        const QString password =
            QInputDialog::getText(this, tr("Team workspace password"), prompt, QLineEdit::Password, {}, &ok);
        if (ok && !password.isEmpty()) {
            statusBar()->showMessage(tr("Connecting to %1…").arg(displayAddress(path)));
            m_loader->load(withPassword(displayAddress(path), password));
            return;
        }
    }
    onFailed(path, message);
}

void MainWindow::setUpTeamStatus() {
    m_teamWatcher = new TeamWatcher(this);
    m_teamChangeLabel = new QLabel(this);
    m_teamChangeLabel->setObjectName(QStringLiteral("teamChange"));
    m_teamChangeLabel->setContentsMargins(0, 0, 16, 0); // apart from "Also imported today: …" beside it
    m_teamChangeLabel->hide();
    statusBar()->insertPermanentWidget(0, m_teamChangeLabel);
    m_teamChangeClock = new QTimer(this);
    m_teamChangeClock->setInterval(30000);
    connect(m_teamChangeClock, &QTimer::timeout, this, &MainWindow::updateTeamChangeLine);
    connect(m_teamWatcher, &TeamWatcher::changed, this, &MainWindow::onTeamChange);
    connect(m_teamWatcher, &TeamWatcher::lost, this, [this](const QString& message) {
        statusBar()->showMessage(
            tr("Live updates from the team workspace stopped (%1); trying again in 30 seconds.").arg(message),
            30000);
    });
    // The reload that waited for the import wizard or a dialog happens once they are gone (checked each
    // second; a signal of the application's focus would also fire while the window is being destroyed).
    m_teamReloadTimer = new QTimer(this);
    m_teamReloadTimer->setInterval(1000);
    connect(m_teamReloadTimer, &QTimer::timeout, this, [this] {
        if (m_importWizard || QApplication::activeModalWidget())
            return;
        m_teamReloadTimer->stop();
        if (!m_path.isEmpty())
            openWorkspace(m_path);
    });
}

void MainWindow::showTeamStatus(const WorkspaceOverview* overview) {
    setImportsToday(overview ? overview->importsToday : QList<ImportToday>{});
    m_teamWatcher->watch(overview ? m_path : QString());
    if (!overview || !isTeamAddress(m_path)) {
        m_lastTeamChange.reset();
        m_teamChangeClock->stop();
        m_teamReloadTimer->stop();
    }
    updateTeamChangeLine();
}

void MainWindow::onTeamChange(const TeamChange& change) {
    m_lastTeamChange = change;
    m_teamChangeClock->start();
    updateTeamChangeLine();
    if (m_path.isEmpty())
        return;
    // The figures on every page follow the import. Not under an open import wizard (it imports into this
    // workspace) or a dialog the user is answering: then once they are closed.
    if (m_importWizard || QApplication::activeModalWidget()) {
        m_teamReloadTimer->start();
        return;
    }
    openWorkspace(m_path);
}

void MainWindow::updateTeamChangeLine() {
    m_teamChangeLabel->setText(m_lastTeamChange ? describeTeamChange(*m_lastTeamChange) : QString());
    m_teamChangeLabel->setVisible(m_lastTeamChange.has_value());
}

QString MainWindow::teamChangeLine() const {
    return m_teamChangeLabel->isHidden() ? QString() : m_teamChangeLabel->text();
}

void MainWindow::setImportsToday(const QList<ImportToday>& imports) {
    m_importsLabel->setText(describeImportsToday(imports));
    m_importsLabel->setVisible(!m_importsLabel->text().isEmpty());
}

QString MainWindow::serverLine() const {
    return m_serverLabel->isHidden() ? QString() : m_serverLabel->text();
}

QString MainWindow::importsTodayLine() const {
    return m_importsLabel->isHidden() ? QString() : m_importsLabel->text();
}

QStringList MainWindow::recentFiles() const {
    return visibleRecent(QSettings().value(kRecentKey).toStringList());
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings().setValue(kRecentKey, ui::rememberRecent(recentFiles(), path, kMaxRecent));
    refreshRecentMenu();
}

void MainWindow::refreshRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString& f : files)
        m_recentMenu->addAction(isTeamAddress(f) ? locationTitle(f) + QStringLiteral(" (") + f + u')'
                                                 : QDir::toNativeSeparators(f),
                                this, [this, f] { openWorkspace(f); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace revalign::ui
