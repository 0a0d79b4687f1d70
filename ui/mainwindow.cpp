#include "mainwindow.h"

#include "credentials/credentialstore.h"
#include "credentials/qtkeychainbackend.h"
#include "dialogs/drilldowndialog.h"
#include "dialogs/meetingpackdialog.h"
#include "import/importwizard.h"
#include "metrics/ownerfilter.h"
#include "pages/attributionpage.h"
#include "pages/breakdownpage.h"
#include "pages/dashboardpage.h"
#include "pages/dataqualitypage.h"
#include "pages/definitionspage.h"
#include "pages/funnelpage.h"
#include "pages/importpage.h"
#include "pages/personaspage.h"
#include "pages/scoringpage.h"
#include "pages/summarypage.h"
#include "pages/syncpage.h"
#include "pages/welcomepage.h"
#include "report/meetingpackjob.h"
#include "services/meetingservice.h"
#include "services/metricsservice.h"
#include "store/workspace.h"
#include "teamaddress.h"
#include "uitext.h"
#include "widgets/filterbar.h"
#include "widgets/undefinedstagesbanner.h"
#include "workspaceloader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
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
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace revalign::ui {

namespace {
const QString kFileFilter = QStringLiteral("RevAlign workspace (*.revalign)");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_loader(new WorkspaceLoader(this))
    , m_metrics(new MetricsService(this))
    , m_filterBar(new FilterBar(this))
    , m_stagesBanner(new UndefinedStagesBanner(this))
    , m_dashboard(new DashboardPage(this))
    , m_funnel(new FunnelPage(this))
    , m_meetings(new MeetingService(this))
    , m_sync(new SyncPage(m_meetings, this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_welcome(new WelcomePage(this))
    , m_summary(new SummaryPage(this))
    , m_personas(new PersonasPage(this))
    , m_definitions(new DefinitionsPage(this))
    , m_attribution(new AttributionPage(this))
    , m_scoring(new ScoringPage(this))
    , m_import(new ImportPage(this))
    , m_breakdowns(new BreakdownPage(this))
    , m_quality(new DataQualityPage(this))
    , m_packJob(new report::MeetingPackJob(this))
    , m_packProgress(new QProgressBar(this))
    , m_credentials(new credentials::CredentialStore(credentials::makeQtKeychainBackend(), this))
    , m_serverLabel(new QLabel(this))
    , m_importsLabel(new QLabel(this)) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/revalign.svg")));
    setAcceptDrops(true);
    resize(1280, 800);

    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setFixedWidth(180);
    m_nav->setSpacing(2);
    m_stack->addWidget(m_welcome);
    addPage(QStringLiteral("dashboard"), tr("Dashboard"), m_dashboard);
    addPage(QStringLiteral("funnel"), tr("Funnel"), m_funnel);
    addPage(QStringLiteral("breakdowns"), tr("Breakdowns"), m_breakdowns);
    addPage(QStringLiteral("sync"), tr("Weekly sync"), m_sync);
    addPage(QStringLiteral("attribution"), tr("Attribution"), m_attribution);
    addPage(QStringLiteral("scoring"), tr("Lead scoring"), m_scoring);
    addPage(QStringLiteral("personas"), tr("Personas"), m_personas);
    addPage(QStringLiteral("definitions"), tr("Definitions"), m_definitions);
    addPage(QStringLiteral("quality"), tr("Data quality"), m_quality);
    addPage(QStringLiteral("summary"), tr("Summary"), m_summary);
    addPage(QStringLiteral("import"), tr("Import"), m_import);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    // Issue 10.2: a workspace another import is writing to, on a full disk or on read-only media opens for
    // reading, and says so here rather than failing at the first change.
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(12, 6, 12, 6);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; }"));
    m_readOnlyBanner->hide();
    right->addWidget(m_readOnlyBanner);
    right->addWidget(m_stagesBanner);
    right->addWidget(m_filterBar);
    right->addWidget(m_stack, 1);
    m_filterBar->hide();
    layout->addWidget(m_nav);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    buildMenus();
    m_packProgress->setRange(0, 100);
    m_packProgress->setMaximumWidth(220);
    m_packProgress->setAccessibleName(tr("Writing the meeting pack"));
    m_packProgress->setFormat(tr("Meeting pack %p%"));
    m_packProgress->hide();
    statusBar()->addPermanentWidget(m_packProgress);
    m_importsLabel->setObjectName(QStringLiteral("importsToday"));
    m_serverLabel->setObjectName(QStringLiteral("serverLine"));
    m_importsLabel->hide();
    m_serverLabel->hide();
    statusBar()->addPermanentWidget(m_importsLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    setUpTeamStatus();
    setCredentialStore(m_credentials);
    connect(m_packJob, &report::MeetingPackJob::progress, m_packProgress, &QProgressBar::setValue);
    connect(m_packJob, &report::MeetingPackJob::finished, this, &MainWindow::onMeetingPackFinished);
    m_welcome->setRecentFiles(recentFiles());
    m_nav->setEnabled(false);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !m_path.isEmpty())
            m_stack->setCurrentIndex(row + 1);
    });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseWorkspace);
    connect(m_welcome, &WelcomePage::openPathRequested, this, &MainWindow::openWorkspace);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::openConnectDialog);
    connect(m_loader, &WorkspaceLoader::loaded, this, &MainWindow::onLoaded);
    // A persona edit re-classifies contacts: every figure sliced by persona must be read again.
    connect(m_personas, &PersonasPage::personasChanged, this, [this] {
        if (!m_path.isEmpty())
            openWorkspace(m_path);
    });
    connect(m_loader, &WorkspaceLoader::failed, this, &MainWindow::onLoadFailed);
    connect(m_meetings, &MeetingService::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_stagesBanner, &UndefinedStagesBanner::defineRequested, this,
            [this] { showPage(QStringLiteral("definitions/deal-stages")); });
    // A deal stage defined moves its deals (closed, won, probability): every figure must be read again.
    connect(m_definitions, &DefinitionsPage::dealStagesChanged, this, [this] {
        if (!m_path.isEmpty())
            openWorkspace(m_path);
    });
    connect(m_import, &ImportPage::importRequested, this, [this] { openImportWizard(); });
    connect(m_import, &ImportPage::workspaceChanged, this, [this] { openWorkspace(m_path); });
    connect(m_metrics, &MetricsService::snapshotLoaded, this, &MainWindow::onSnapshotLoaded);
    connect(m_metrics, &MetricsService::snapshotFailed, this,
            [this](const QString& message) { onFailed(m_path, message); });
    connect(m_metrics, &MetricsService::dashboardReady, this, &MainWindow::onDashboardReady);
    connect(m_filterBar, &FilterBar::queryChanged, this, &MainWindow::requestDashboard);
    connect(m_dashboard, &DashboardPage::funnelModeChanged, this, &MainWindow::requestDashboard);
    connect(m_dashboard, &DashboardPage::drillRequested, this, &MainWindow::openDrillDown);
    connect(m_dashboard, &DashboardPage::dataQualityRequested, this,
            [this] { showPage(QStringLiteral("quality")); });
    connect(m_quality, &DataQualityPage::checked, m_dashboard, &DashboardPage::setDataQuality);
    connect(m_quality, &DataQualityPage::drillRequested, this, &MainWindow::openDrillDown);
    connect(m_funnel, &FunnelPage::stageClicked, this,
            [this](const MetricQuery& query, FunnelMode mode, int stage) {
                DrillRequest r;
                r.title = tr("Funnel stage %1").arg(stage + 1);
                r.query = query;
                r.funnelMode = mode;
                r.funnelStage = stage;
                openDrillDown(r);
            });

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
    file->addAction(tr("Connect to &team workspace…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::openConnectDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_closeAction =
        file->addAction(tr("&Close workspace"), QKeySequence::Close, this, &MainWindow::closeWorkspace);
    file->addSeparator();
    file->addAction(tr("&Import files…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                    [this] { openImportWizard(); });
    file->addAction(tr("Export &meeting pack…"), QKeySequence(Qt::CTRL | Qt::Key_P), this,
                    &MainWindow::exportMeetingPack);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* sync = view->addAction(tr("&Weekly sync mode"), QKeySequence(Qt::Key_F11), this,
                                    [this] { setSyncMode(!m_syncMode); });
    sync->setToolTip(
        tr("Full screen; Page Up / Page Down move through dashboard, funnel and sync; Esc leaves"));
    auto* next = new QAction(this);
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(next, &QAction::triggered, this, [this] { stepSyncPage(+1); });
    auto* previous = new QAction(this);
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this, [this] { stepSyncPage(-1); });
    auto* leave = new QAction(this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] { setSyncMode(false); });
    addActions({next, previous, leave});
    // Language: follows the system unless chosen here; applies at the next start (every string, number
    // and date format is set up once, before any window exists).
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    for (const auto& [code, label] : {std::pair{QString(), tr("Follow the system")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                      std::pair{QStringLiteral("th"), QStringLiteral("ไทย (Thai)")}}) {
        QAction* action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("language"), code);
            statusBar()->showMessage(tr("The language changes the next time RevAlign starts."), 8000);
        });
    }
    auto* focusFilters = new QAction(tr("Focus the filters"), this);
    focusFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focusFilters, &QAction::triggered, this,
            [this] { m_filterBar->setFocus(Qt::ShortcutFocusReason); });
    view->addAction(focusFilters);
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
    const QString page = key.section(u'/', 0, 0);
    const QString part = key.section(u'/', 1);
    const qsizetype index = m_pageKeys.indexOf(page);
    if (index < 0 || (!part.isEmpty() && !(page == u"definitions" && part == u"deal-stages")))
        return false;
    if (!m_path.isEmpty()) {
        m_nav->setCurrentRow(static_cast<int>(index));
        m_stack->setCurrentIndex(static_cast<int>(index) + 1);
        if (!part.isEmpty())
            m_definitions->showDealStages();
    }
    return true;
}

QStringList MainWindow::pageKeys() const {
    return m_pageKeys;
}

void MainWindow::setSyncMode(bool on) {
    if (on == m_syncMode || (on && m_path.isEmpty()))
        return;
    m_syncMode = on;
    m_nav->setVisible(!on);
    menuBar()->setVisible(!on);
    if (on) {
        m_filterBar->setPreset(FilterBar::Preset::ThisWeek);
        m_filterBar->setPeriod(PeriodKind::Week);
        showPage(QStringLiteral("dashboard"));
        if (!m_headless)
            showFullScreen();
        statusBar()->showMessage(tr("Weekly sync: Page Down for the next page, Esc to leave"));
    } else if (!m_headless) {
        showNormal();
    }
}

void MainWindow::stepSyncPage(int delta) {
    if (!m_syncMode)
        return;
    const QStringList order{QStringLiteral("dashboard"), QStringLiteral("funnel"), QStringLiteral("sync")};
    const QString current = m_stack->currentWidget()->objectName();
    const qsizetype at = std::max<qsizetype>(0, order.indexOf(current));
    showPage(order[(at + delta + order.size()) % order.size()]);
}

void MainWindow::exportMeetingPack() {
    if (m_path.isEmpty() || !m_metrics->hasSnapshot())
        return;
    if (m_packJob->isRunning()) {
        statusBar()->showMessage(tr("A meeting pack is still being written."), 5000);
        return;
    }
    const MetricQuery query = m_filterBar->query();
    MeetingPackDialog dialog(m_metrics->snapshot(), query.range, report::describeFilters(query.filters),
                             this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir::home().filePath(
        tr("meeting-pack-%1.%2").arg(dialog.period().from.toString(Qt::ISODate), dialog.suffix()));
    QString file =
        QFileDialog::getSaveFileName(this, tr("Export meeting pack"), suggested, dialog.fileFilter());
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += u'.' + dialog.suffix();
    report::PackRequest request;
    request.workspacePath = m_path;
    request.output = file;
    request.format = dialog.format();
    request.paper = dialog.paper();
    request.query.period = dialog.period();
    request.query.filters = query.filters;
    startMeetingPack(request);
}

bool MainWindow::startMeetingPack(const report::PackRequest& request) {
    if (m_path.isEmpty() || !m_metrics->hasSnapshot() || !m_packJob->start(request, m_metrics->snapshot()))
        return false;
    m_packProgress->setValue(0);
    m_packProgress->show();
    statusBar()->showMessage(
        tr("Writing the meeting pack to %1…").arg(QDir::toNativeSeparators(request.output)));
    return true;
}

void MainWindow::onMeetingPackFinished(const report::PackResult& result) {
    m_packProgress->hide();
    if (!result.error.isEmpty()) {
        statusBar()->showMessage(result.error);
        if (!m_headless)
            QMessageBox::warning(this, tr("Meeting pack"), result.error);
    } else if (result.files.size() > 1) {
        statusBar()->showMessage(tr("Wrote the meeting pack for %1: %2 page images, %3 …")
                                     .arg(result.period)
                                     .arg(result.files.size())
                                     .arg(QDir::toNativeSeparators(result.files.front())),
                                 10000);
    } else {
        statusBar()->showMessage(tr("Wrote the meeting pack for %1: %2")
                                     .arg(result.period, QDir::toNativeSeparators(result.files.value(0))),
                                 10000);
    }
    Q_EMIT meetingPackFinished(result);
}

QWidget* MainWindow::currentPageWidget() const {
    return m_stack->currentWidget();
}

bool MainWindow::isComputing() const {
    return m_loader->isLoading() || m_metrics->isBusy() || m_funnel->isComputing() || m_sync->isComputing() ||
           m_breakdowns->isComputing() || m_quality->isComputing();
}

bool MainWindow::isBusy() const {
    return m_loader->isLoading();
}

void MainWindow::onSnapshotLoaded() {
    const FactTable& f = *m_metrics->snapshot();
    m_filterBar->setChoices(f.personas.names(), f.channels.names(), f.owners.names(), f.teams.names(),
                            f.settings);
    m_filterBar->setOwnerHierarchy(f.managers.names(), f.regions.names());
    m_stagesBanner->setStages(UndefinedStagesBanner::undefinedStages(f));
    m_filterBar->setAnchor(QDate::currentDate(), f.dataTo);
    m_filterBar->show();
    m_funnel->setSnapshot(m_metrics->snapshot());
    m_breakdowns->setSnapshot(m_metrics->snapshot());
    m_definitions->setSnapshot(m_metrics->snapshot());
    m_quality->setWorkspace(m_path, m_metrics->snapshot());
    m_sync->setSnapshot(m_metrics->snapshot());
    m_sync->setMeetingDay(m_filterBar->anchor());
    requestDashboard();
}

void MainWindow::requestDashboard() {
    if (!m_metrics->hasSnapshot())
        return;
    m_metrics->request(m_filterBar->query(), m_dashboard->funnelMode());
    m_funnel->setQuery(m_filterBar->query());
    m_breakdowns->setQuery(m_filterBar->query());
    m_sync->setFilters(m_filterBar->query().filters);
    // Attribution filters deals by owner name: a manager or region filter is the names of the owners in it.
    MetricQuery attribution = m_filterBar->query();
    MetricFilters& f = attribution.filters;
    if (!f.managers.isEmpty() || !f.regions.isEmpty()) {
        try {
            const std::optional<QStringList> names = allowedOwnerNames(*m_metrics->snapshot(), f);
            // No owner there: a name no deal has, so nothing matches (an empty list would mean "all").
            f.owners = names && names->isEmpty() ? QStringList{QStringLiteral("\u0001no owner")}
                                                 : names.value_or(f.owners);
        } catch (const Error&) {
            f.owners = {QStringLiteral("\u0001no owner")};
        }
        f.managers.clear();
        f.regions.clear();
    }
    m_attribution->setFilters(attribution);
}

void MainWindow::onDashboardReady(const DashboardData& dashboard) {
    QStringList stageNames;
    for (const StageFacts& s : m_metrics->snapshot()->stages)
        stageNames << builtinText("FunnelStage", s.name);
    m_dashboard->setData(dashboard, stageNames);
    if (!dashboard.complete && dashboard.error.isEmpty())
        return; // the breakdowns follow in a moment
    m_hasData = true;
    statusBar()->showMessage(dashboard.error.isEmpty() ? m_filterBar->describe() : dashboard.error);
    Q_EMIT dataReady();
}

void MainWindow::openDrillDown(const DrillRequest& request) {
    if (!m_metrics->hasSnapshot())
        return;
    auto* dialog = new DrillDownDialog(m_metrics->snapshot(), m_path, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_headless)
        dialog->show();
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
    if (isTeamAddress(path)) {
        openTeamWorkspace(path);
        return;
    }
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_loader->load(QFileInfo(path).absoluteFilePath());
}

void MainWindow::closeWorkspace() {
    m_hasData = false;
    setSyncMode(false);
    m_metrics->clear();
    m_meetings->close();
    m_filterBar->hide();
    m_stagesBanner->setStages({});
    m_attribution->setWorkspace({});
    m_scoring->setWorkspace({});
    m_path.clear();
    m_name.clear();
    m_personas->clearWorkspace();
    m_definitions->setWorkspace({});
    m_definitions->setSnapshot(nullptr);
    m_quality->setWorkspace({}, nullptr);
    m_dashboard->setDataQuality(0, 0);
    m_import->setWorkspace({});
    if (m_importWizard)
        m_importWizard->close(); // it imports into the workspace being closed
    m_readOnlyBanner->hide();
    showTeamStatus(nullptr);
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
    m_personas->setWorkspace(overview);
    m_definitions->setWorkspace(path);
    m_attribution->setWorkspace(path);
    m_scoring->setWorkspace(path);
    m_import->setWorkspace(path);
    m_nav->setEnabled(true);
    if (m_stack->currentWidget() == m_welcome)
        showPage(QStringLiteral("dashboard"));
    m_hasData = false;
    m_metrics->loadWorkspace(path);
    m_meetings->open(path);
    if (overview.readOnlyReason.isEmpty()) {
        m_readOnlyBanner->hide();
    } else {
        m_readOnlyBanner->setText(tr("Read-only: %1. You can look at everything; to change anything, close "
                                     "the workspace and open it again once that is resolved.")
                                      .arg(overview.readOnlyReason));
        m_readOnlyBanner->show();
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Opened %1").arg(displayAddress(path)), 5000);
    showTeamStatus(&overview);
    updateTitle();
    Q_EMIT workspaceLoaded(path);
}

QString MainWindow::readOnlyBanner() const {
    return m_readOnlyBanner->isHidden() ? QString() : m_readOnlyBanner->text();
}

void MainWindow::onFailed(const QString& path, const QString& message) {
    statusBar()->showMessage(message);
    if (!m_headless)
        QMessageBox::warning(this, tr("Cannot open workspace"), message);
    Q_EMIT workspaceFailed(path, message);
}

void MainWindow::updateTitle() {
    // Never the address itself: a team workspace's may carry the password (locationTitle() names the
    // database and server only).
    setWindowFilePath(isTeamAddress(m_path) ? QString() : m_path);
    setWindowTitle(m_path.isEmpty() ? tr("RevAlign")
                                    : tr("%1 — %2 — RevAlign").arg(m_name, locationTitle(m_path)));
    if (m_closeAction)
        m_closeAction->setEnabled(!m_path.isEmpty());
    m_serverLabel->setText(serverStatusLine(m_path));
    m_serverLabel->setVisible(!m_serverLabel->text().isEmpty());
}

QString MainWindow::droppedWorkspace(const QMimeData* mime) {
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".revalign")))
            return url.toLocalFile();
    return {};
}

QStringList MainWindow::droppedImportFiles(const QMimeData* mime) {
    QStringList files;
    for (const QUrl& url : mime->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() &&
            (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt" || suffix == u"xlsx" ||
             suffix == u"xlsm" || suffix == u"xls")) // .xls: to be told to save it as .xlsx
            files << url.toLocalFile();
    }
    return files;
}

bool MainWindow::handleDrop(const QMimeData* mime) {
    const QString path = droppedWorkspace(mime);
    if (!path.isEmpty()) {
        openWorkspace(path);
        return true;
    }
    const QStringList files = droppedImportFiles(mime);
    if (files.isEmpty())
        return false;
    if (m_path.isEmpty()) {
        statusBar()->showMessage(tr("Open or create a workspace first, then drop the files again."), 8000);
        return false;
    }
    return openImportWizard(files) != nullptr;
}

ImportWizard* MainWindow::importWizard() const {
    return m_importWizard;
}

ImportWizard* MainWindow::openImportWizard(const QStringList& files) {
    if (m_path.isEmpty())
        return nullptr;
    if (m_importWizard) {
        // One import at a time: a second drop adds its files to the wizard while it is on its first page.
        if (m_importWizard->currentId() <= ImportWizard::Files)
            m_importWizard->addFiles(files);
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return m_importWizard;
    }
    auto* wizard = new ImportWizard(m_path, files, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setHeadless(m_headless);
    connect(wizard, &ImportWizard::workspaceChanged, this, [this] { openWorkspace(m_path); });
    if (!m_headless)
        wizard->show();
    m_importWizard = wizard;
    return wizard;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    // CSV files are taken even with no workspace open, so the drop can say to open one first.
    if (!droppedWorkspace(event->mimeData()).isEmpty() || !droppedImportFiles(event->mimeData()).isEmpty())
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
