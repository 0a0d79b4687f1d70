#include "mainwindow.h"

#include "pages/attributionpage.h"
#include "pages/scoringpage.h"
#include "pages/summarypage.h"
#include "pages/welcomepage.h"
#include "store/workspace.h"
#include "workspaceloader.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace revalign::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kFileFilter = QStringLiteral("RevAlign workspace (*.revalign)");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_loader(new WorkspaceLoader(this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_summary(new SummaryPage(this))
    , m_attribution(new AttributionPage(this))
    , m_scoring(new ScoringPage(this)) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/revalign.svg")));
    setAcceptDrops(true);
    resize(1280, 800);

    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setFixedWidth(180);
    m_nav->setSpacing(2);
    m_stack->addWidget(m_welcome);
    addPage(QStringLiteral("summary"), tr("Summary"), m_summary);
    addPage(QStringLiteral("attribution"), tr("Attribution"), m_attribution);
    addPage(QStringLiteral("scoring"), tr("Lead scoring"), m_scoring);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildMenus();
    m_welcome->setRecentFiles(recentFiles());
    m_nav->setEnabled(false);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !m_path.isEmpty())
            m_stack->setCurrentIndex(row + 1);
    });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseWorkspace);
    connect(m_welcome, &WelcomePage::openPathRequested, this, &MainWindow::openWorkspace);
    connect(m_loader, &WorkspaceLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &WorkspaceLoader::failed, this, &MainWindow::onFailed);

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString& key, const QString& title, QWidget* page) {
    page->setObjectName(key);
    m_pageKeys << key;
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, key);
    const int index = static_cast<int>(m_pageKeys.size());
    if (index <= 9) {
        auto* action = new QAction(title, this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + index)));
        connect(action, &QAction::triggered, this, [this, key] { showPage(key); });
        addAction(action);
        item->setToolTip(tr("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open workspace…"), QKeySequence::Open, this, &MainWindow::chooseWorkspace);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_closeAction =
        file->addAction(tr("&Close workspace"), QKeySequence::Close, this, &MainWindow::closeWorkspace);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    refreshRecentMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About RevAlign"), this, [this] {
        QMessageBox::about(
            this, tr("About RevAlign"),
            tr("<h3>RevAlign %1</h3><p>Marketing and sales looking at the same numbers: agreed "
               "personas, funnel stages and KPIs, with data from your CRM exports.</p>")
                .arg(QStringLiteral(REVALIGN_VERSION)));
    });
}

bool MainWindow::showPage(const QString& key) {
    const qsizetype index = m_pageKeys.indexOf(key);
    if (index < 0)
        return false;
    if (!m_path.isEmpty()) {
        m_nav->setCurrentRow(static_cast<int>(index));
        m_stack->setCurrentIndex(static_cast<int>(index) + 1);
    }
    return true;
}

QStringList MainWindow::pageKeys() const {
    return m_pageKeys;
}

bool MainWindow::isBusy() const {
    return m_loader->isLoading();
}

void MainWindow::newWorkspace() {
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath(), kFileFilter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".revalign")))
        path += QStringLiteral(".revalign");
    try {
        Workspace::create(path);
    } catch (const Error& e) {
        onFailed(path, e.message());
        return;
    }
    openWorkspace(path);
}

void MainWindow::chooseWorkspace() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open workspace"), QDir::homePath(), kFileFilter);
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::openWorkspace(const QString& path) {
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_loader->load(QFileInfo(path).absoluteFilePath());
}

void MainWindow::closeWorkspace() {
    m_attribution->setWorkspace({});
    m_scoring->setWorkspace({});
    m_path.clear();
    m_name.clear();
    m_nav->setEnabled(false);
    m_nav->clearSelection();
    m_stack->setCurrentWidget(m_welcome);
    m_welcome->setRecentFiles(recentFiles());
    updateTitle();
}

void MainWindow::onLoaded(const QString& path) {
    const WorkspaceOverview& overview = *m_loader->overview();
    m_path = path;
    m_name = overview.settings.name;
    m_summary->setOverview(overview);
    m_attribution->setWorkspace(path);
    m_scoring->setWorkspace(path);
    m_nav->setEnabled(true);
    if (m_stack->currentWidget() == m_welcome)
        showPage(QStringLiteral("summary"));
    rememberRecent(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    updateTitle();
    Q_EMIT workspaceLoaded(path);
}

void MainWindow::onFailed(const QString& path, const QString& message) {
    statusBar()->showMessage(message);
    if (!m_headless)
        QMessageBox::warning(this, tr("Cannot open workspace"), message);
    Q_EMIT workspaceFailed(path, message);
}

void MainWindow::updateTitle() {
    setWindowFilePath(m_path);
    setWindowTitle(m_path.isEmpty() ? tr("RevAlign")
                                    : tr("%1 — %2 — RevAlign").arg(m_name, QFileInfo(m_path).fileName()));
    if (m_closeAction)
        m_closeAction->setEnabled(!m_path.isEmpty());
}

QStringList MainWindow::recentFiles() const {
    QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    files.removeIf([](const QString& f) { return !QFileInfo::exists(f); });
    return files;
}

void MainWindow::rememberRecent(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    refreshRecentMenu();
}

void MainWindow::refreshRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString& f : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(f), this, [this, f] { openWorkspace(f); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString MainWindow::droppedWorkspace(const QMimeData* mime) {
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".revalign")))
            return url.toLocalFile();
    return {};
}

bool MainWindow::handleDrop(const QMimeData* mime) {
    const QString path = droppedWorkspace(mime);
    if (path.isEmpty())
        return false;
    openWorkspace(path);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedWorkspace(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    if (handleDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace revalign::ui
