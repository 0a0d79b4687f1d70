#pragma once

#include "services/teamwatcher.h"
#include "teamstatus.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QListWidget;
class QStackedWidget;
class QLabel;
class QMimeData;
class QProgressBar;
class QTimer;

namespace revalign::credentials {
class CredentialStore;
}

namespace revalign::ui {

class ConnectDialog;
class DashboardPage;
class FilterBar;
class FunnelPage;
class ImportPage;
class ImportWizard;
class MeetingService;
class SyncPage;
class MetricsService;
class DefinitionsPage;
class PersonasPage;
class AttributionPage;
class BreakdownPage;
class DataQualityPage;
class ScoringPage;
class SummaryPage;
class UndefinedStagesBanner;
class WelcomePage;
class WorkspaceLoader;
struct WorkspaceOverview;
struct DashboardData;
struct DrillRequest;
namespace report {
class MeetingPackJob;
struct PackRequest;
struct PackResult;
} // namespace report

// The application window: a page list on the left, the current page on the right, and the workspace
// it shows in the title. Pages never talk to SQL; they get data from loaders/services.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace asynchronously; workspaceLoaded/workspaceFailed tell how it went. `path` is a
    // file or a postgresql:// URL (a team workspace): without a password in it, the keychain's (under
    // user@host:port/db) is used, else libpq's PGPASSFILE/~/.pgpass, else the window asks.
    void openWorkspace(const QString& path);
    void closeWorkspace();
    // The address the pages open: for a team workspace it may carry the password (memory only); show
    // workspaceLocation() instead.
    QString workspacePath() const { return m_path; }
    // What a person may see of it: the file's path, or the URL without the password.
    QString workspaceLocation() const;
    QString workspaceName() const { return m_name; }
    QWidget* currentPageWidget() const;
    // True while any page is still computing for the current filters.
    bool isComputing() const;
    // True once the open workspace's dashboard has been computed at least once.
    bool hasData() const { return m_hasData; }
    // Full screen, no page list, paging with Page Up/Down through dashboard, funnel and sync; Esc leaves.
    void setSyncMode(bool on);
    bool isSyncMode() const { return m_syncMode; }
    bool isBusy() const;
    // The banner that says why the open workspace can only be read; empty when it is hidden.
    QString readOnlyBanner() const;

    MetricsService* metrics() const { return m_metrics; }
    FilterBar* filterBar() const { return m_filterBar; }
    UndefinedStagesBanner* undefinedStagesBanner() const { return m_stagesBanner; }
    DashboardPage* dashboard() const { return m_dashboard; }
    DataQualityPage* dataQuality() const { return m_quality; }
    BreakdownPage* breakdowns() const { return m_breakdowns; }

    // Page keys: "dashboard", "summary", ... (more pages register as they are built);
    // "definitions/deal-stages" opens the Definitions page on its deal stages. Returns false for an unknown
    // key.
    bool showPage(const QString& key);
    QStringList pageKeys() const;

    // Opens the first .revalign file among dropped URLs, else the import wizard with the dropped CSV
    // files; false if there is neither. (Drag and drop calls this; tests call it directly because
    // synthetic drop events bypass the platform drag manager.)
    bool handleDrop(const QMimeData* mime);
    static QString droppedWorkspace(const QMimeData* mime);
    static QStringList droppedImportFiles(const QMimeData* mime); // .csv, .tsv, .txt

    // Opens the import wizard for the open workspace (pre-filled with `files`); null when none is open.
    ImportWizard* openImportWizard(const QStringList& files = {});
    ImportWizard* importWizard() const;

    // Writes a meeting pack of the open workspace on a worker thread, a progress bar in the status bar;
    // meetingPackFinished follows. False when no workspace is open or a pack is still being written.
    // (File › Export meeting pack… asks for the request, then calls this.)
    bool startMeetingPack(const report::PackRequest& request);

    // File › Connect to team workspace…: the dialog (shown modeless; null when headless callers build
    // their own). Accepting it remembers the password when asked to and opens the workspace.
    ConnectDialog* openConnectDialog();
    // The keychain the window uses (tests swap in a fake backend).
    credentials::CredentialStore* credentialStore() const { return m_credentials; }
    void setCredentialStore(credentials::CredentialStore* store);
    // Who else imported into the open team workspace today, for the status bar; empty hides the line.
    void setImportsToday(const QList<revalign::ui::ImportToday>& imports);
    // The status bar's permanent lines: the server (team workspaces) and today's imports.
    QString serverLine() const;
    QString importsTodayLine() const;
    // The status bar's "Updated by anna's import of contacts.csv, 2 minutes ago" (empty: hidden).
    QString teamChangeLine() const;
    // What the window does when someone else's import or undo in the open team workspace commits (the
    // TeamWatcher's signal; public for tests): says so, and reloads the workspace unless the import wizard
    // or a dialog is open, in which case it reloads when that closes.
    void onTeamChange(const revalign::ui::TeamChange& change);
    QStringList recentWorkspaces() const { return recentFiles(); }

    // When true, errors are reported by signal only (screenshots/automation have no one to click OK).
    void setHeadless(bool headless) { m_headless = headless; }

Q_SIGNALS:
    void workspaceLoaded(const QString& path);
    void workspaceFailed(const QString& path, const QString& message);
    // The open workspace's pages all show data for the current filters (after opening, after a change).
    void dataReady();
    void meetingPackFinished(const revalign::ui::report::PackResult& result);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void addPage(const QString& key, const QString& title, QWidget* page);
    void newWorkspace();
    void chooseWorkspace();
    void onLoaded(const QString& path);
    void onFailed(const QString& path, const QString& message);
    void onLoadFailed(const QString& path, const QString& message);
    void openTeamWorkspace(const QString& address);
    void setUpTeamStatus();
    // The team side of opening (overview set) or closing (null) a workspace: imports today, the watcher.
    void showTeamStatus(const WorkspaceOverview* overview);
    void updateTeamChangeLine();
    void acceptConnectDialog(ConnectDialog* dialog);
    void rememberRecent(const QString& path);
    QStringList recentFiles() const;
    void refreshRecentMenu();
    void updateTitle();
    void requestDashboard();
    void onSnapshotLoaded();
    void onDashboardReady(const DashboardData& dashboard);
    void openDrillDown(const DrillRequest& request);
    void exportMeetingPack();
    void onMeetingPackFinished(const report::PackResult& result);
    void stepSyncPage(int delta);

    WorkspaceLoader* m_loader;
    MetricsService* m_metrics;
    FilterBar* m_filterBar;
    UndefinedStagesBanner* m_stagesBanner;
    DashboardPage* m_dashboard;
    FunnelPage* m_funnel;
    MeetingService* m_meetings;
    SyncPage* m_sync;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QLabel* m_readOnlyBanner;
    WelcomePage* m_welcome;
    SummaryPage* m_summary;
    PersonasPage* m_personas;
    DefinitionsPage* m_definitions;
    AttributionPage* m_attribution;
    ScoringPage* m_scoring;
    ImportPage* m_import;
    BreakdownPage* m_breakdowns;
    DataQualityPage* m_quality;
    QPointer<ImportWizard> m_importWizard;
    report::MeetingPackJob* m_packJob;
    QProgressBar* m_packProgress;
    credentials::CredentialStore* m_credentials;
    QLabel* m_serverLabel;
    QLabel* m_importsLabel;
    TeamWatcher* m_teamWatcher = nullptr;
    QLabel* m_teamChangeLabel = nullptr;
    QTimer* m_teamChangeClock = nullptr; // keeps "2 minutes ago" true
    std::optional<TeamChange> m_lastTeamChange;
    QTimer* m_teamReloadTimer = nullptr; // a reload waiting for the wizard or a dialog to close
    QMenu* m_recentMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QStringList m_pageKeys;
    QString m_path;
    QString m_name;
    bool m_headless = false;
    bool m_hasData = false;
    bool m_syncMode = false;
};

} // namespace revalign::ui
