#include "workspaceloader.h"

#include "store/definitionstore.h"
#include "store/importstore.h"
#include "store/pg/pgerror.h"
#include "util/useridentity.h"

#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

WorkspaceLoader::WorkspaceLoader(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &WorkspaceLoader::finish);
}

WorkspaceLoader::~WorkspaceLoader() {
    m_watcher.waitForFinished();
}

WorkspaceOverview WorkspaceLoader::readOverview(const QString& path) {
    Workspace ws = Workspace::open(path);
    DefinitionStore defs(ws.db());
    WorkspaceOverview out{
        ws.path(), ws.settings(), ws.summary(), defs.funnelStages(), defs.personas(), ws.readOnlyReason(),
        {}};
    for (const OtherImport& other : ImportStore(ws.db()).importsTodayByOthers(currentUserIdentity()))
        out.importsToday.append({other.user, other.fileName, other.at.toLocalTime().time()});
    return out;
}

void WorkspaceLoader::load(const QString& path) {
    m_watcher.waitForFinished();
    m_pendingPath = path;
    m_watcher.setFuture(QtConcurrent::run([path]() -> Outcome {
        try {
            return Outcome{readOverview(path), QString()};
        } catch (const PgError& e) {
            return Outcome{std::nullopt, e.message(),
                           e.kind() == PgError::Kind::PasswordMissing ||
                               e.kind() == PgError::Kind::AuthenticationFailed};
        } catch (const Error& e) {
            return Outcome{std::nullopt, e.message()};
        }
    }));
}

bool WorkspaceLoader::isLoading() const {
    return m_watcher.isRunning();
}

void WorkspaceLoader::finish() {
    Outcome outcome = m_watcher.result();
    m_needsPassword = outcome.needsPassword;
    if (!outcome.overview) {
        Q_EMIT failed(m_pendingPath, outcome.error);
        return;
    }
    m_overview = std::move(outcome.overview);
    Q_EMIT loaded(m_pendingPath);
}

} // namespace revalign::ui
