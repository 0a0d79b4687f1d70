#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;
class QMimeData;

namespace revalign::ui {

class AttributionPage;
class ScoringPage;
class SummaryPage;
class WelcomePage;
class WorkspaceLoader;

// The application window: a page list on the left, the current page on the right, and the workspace
// it shows in the title. Pages never talk to SQL; they get data from loaders/services.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace asynchronously; workspaceLoaded/workspaceFailed tell how it went.
    void openWorkspace(const QString& path);
    void closeWorkspace();
    QString workspacePath() const { return m_path; }
    bool isBusy() const;

    // Page keys: "summary" (more pages register as they are built). Returns false for an unknown key.
    bool showPage(const QString& key);
    QStringList pageKeys() const;

    // Opens the first .revalign file among dropped URLs; false if there is none. (Drag and drop calls this;
    // tests call it directly because synthetic drop events bypass the platform drag manager.)
    bool handleDrop(const QMimeData* mime);
    static QString droppedWorkspace(const QMimeData* mime);

    // When true, errors are reported by signal only (screenshots/automation have no one to click OK).
    void setHeadless(bool headless) { m_headless = headless; }

Q_SIGNALS:
    void workspaceLoaded(const QString& path);
    void workspaceFailed(const QString& path, const QString& message);

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
    void rememberRecent(const QString& path);
    QStringList recentFiles() const;
    void refreshRecentMenu();
    void updateTitle();

    WorkspaceLoader* m_loader;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    SummaryPage* m_summary;
    AttributionPage* m_attribution;
    ScoringPage* m_scoring;
    QMenu* m_recentMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QStringList m_pageKeys;
    QString m_path;
    QString m_name;
    bool m_headless = false;
};

} // namespace revalign::ui
