#pragma once

#include "domain/settings.h"
#include "store/database.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace revalign {

struct WorkspaceSummary {
    int schemaVersion = 0;
    std::map<QString, qint64> counts; // table name -> rows: "contact", "opportunity", ...
    // The data range (store/dataspan.h): every dated fact, as local days in the workspace's time zone —
    // the same range the metrics snapshot and the filter bar's anchor use. Invalid when empty.
    QDate dataFrom, dataTo;
    QDateTime firstActivity; // the earliest and latest timed fact (UTC), within that range
    QDateTime lastActivity;
    std::map<QString, qint64> contactsByPersona; // persona name -> contacts ("" = outside every persona)
    std::vector<std::pair<QString, qint64>>
        contactsByStage; // stage key -> contacts that entered it, in funnel order
};

// One RevAlign workspace file (.revalign): an SQLite database with our application_id, WAL journal and
// foreign keys on. Move-only; owns its connection.
class Workspace final {
public:
    // Creates a new workspace with the default funnel, deal stages, KPI registry and settings.
    // Fails (and touches nothing) if the file already exists.
    static Workspace create(const QString& path);
    // Opens an existing workspace. A missing file, a file that is not a workspace, a damaged file or one
    // written by a newer RevAlign is refused with a message naming the file, and is left untouched.
    // An older schema is migrated after a copy of the file is kept beside it (`NAME.before-vN`).
    static Workspace open(const QString& path);

    Workspace(Workspace&&) noexcept = default;
    Workspace& operator=(Workspace&&) noexcept = default;

    Database& db() { return m_db; }
    const QString& path() const { return m_db.path(); }
    int schemaVersion();

    WorkspaceSettings settings();
    void saveSettings(const WorkspaceSettings& settings, const QString& who);

    WorkspaceSummary summary();

private:
    explicit Workspace(Database db);
    void configureConnection();
    void seedDefaults();

    Database m_db;
};

// Reads the first 100 bytes of a file and tells whether it is a RevAlign workspace this build can open,
// without letting SQLite touch it. Throws Error with the reason otherwise.
void checkWorkspaceHeader(const QString& path);

} // namespace revalign
