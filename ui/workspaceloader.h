#pragma once

#include "teamstatus.h"

#include "domain/funnelstage.h"
#include "domain/persona.h"
#include "store/workspace.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace revalign::ui {

// Everything the summary page shows, read in one go on a worker thread.
struct WorkspaceOverview {
    QString path;
    WorkspaceSettings settings;
    WorkspaceSummary summary;
    std::vector<FunnelStage> stages;
    std::vector<Persona> personas;
    // Why it could be opened only for reading (another import is writing, a full disk, ...); empty when not.
    QString readOnlyReason;
    // Imports others made today (ImportStore::importsTodayByOthers), for the status bar.
    QList<ImportToday> importsToday;
};

// Opens a workspace and reads its overview off the UI thread (a 1M-contact file takes a moment to
// count). Each load uses its own SQLite connection, so nothing is shared across threads.
class WorkspaceLoader final : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceLoader(QObject* parent = nullptr);
    ~WorkspaceLoader() override;

    void load(const QString& path);
    bool isLoading() const;
    // True when the last failure was the server asking for a password (none given, or a wrong one), so
    // the window can ask for it and try again.
    bool lastFailureNeedsPassword() const { return m_needsPassword; }
    const std::optional<WorkspaceOverview>& overview() const { return m_overview; }

    // Reads the overview synchronously (used by the worker and by tests).
    static WorkspaceOverview readOverview(const QString& path);

Q_SIGNALS:
    void loaded(const QString& path);
    void failed(const QString& path, const QString& message);

private:
    struct Outcome {
        std::optional<WorkspaceOverview> overview;
        QString error;
        bool needsPassword = false;
    };
    void finish();

    QFutureWatcher<Outcome> m_watcher;
    QString m_pendingPath;
    bool m_needsPassword = false;
    std::optional<WorkspaceOverview> m_overview;
};

} // namespace revalign::ui
