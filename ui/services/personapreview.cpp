#include "services/personapreview.h"

#include "store/workspace.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

// Owned jointly by the preview and the jobs it queued, so a job that outlives a workspace switch fills
// a cache nobody reads any more instead of the new workspace's.
struct PersonaPreview::Cache {
    QString path;
    QMutex mutex;
    // Set when the workspace is left. Newer edits do not stop the load: restarting it on every keystroke
    // would never let it finish.
    std::atomic_bool dropped{false};
    std::shared_ptr<const ClassificationSubjects> subjects;
};

PersonaPreview::PersonaPreview(QObject* parent)
    : QObject(parent)
    , m_cancelRunning(std::make_shared<std::atomic_bool>(false)) {
    // One worker: requests queue behind each other, and only one copy of the subjects is ever loaded.
    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &PersonaPreview::start);
}

PersonaPreview::~PersonaPreview() {
    m_cancelRunning->store(true);
    if (m_cache)
        m_cache->dropped = true;
    m_pool.clear();
    m_pool.waitForDone();
}

void PersonaPreview::setWorkspace(const QString& path) {
    m_cancelRunning->store(true);
    m_debounce.stop();
    ++m_generation;
    if (m_cache)
        m_cache->dropped = true;
    m_cache = path.isEmpty() ? nullptr : std::make_shared<Cache>();
    if (m_cache)
        m_cache->path = path;
    m_counts = {};
    m_contactCount = 0;
}

void PersonaPreview::request(std::vector<Persona> personas) {
    m_pending = std::move(personas);
    ++m_generation;
    // A running count is for rules already out of date.
    m_cancelRunning->store(true);
    m_debounce.start();
}

bool PersonaPreview::isPending() const {
    return m_delivered != m_generation;
}

void PersonaPreview::start() {
    if (!m_cache)
        return;
    m_cancelRunning = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // overtaken by a newer request or another workspace
        const Result result = watcher->result();
        m_delivered = generation;
        if (!result.error.isEmpty()) {
            Q_EMIT failed(result.error);
            return;
        }
        m_counts = result.counts;
        m_contactCount = result.contacts;
        Q_EMIT countsReady();
    });
    Q_EMIT started();
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [cache = m_cache, cancel = m_cancelRunning, personas = m_pending]() -> Result {
            try {
                std::shared_ptr<const ClassificationSubjects> subjects;
                {
                    const QMutexLocker lock(&cache->mutex);
                    if (!cache->subjects) {
                        Workspace ws = Workspace::open(cache->path);
                        auto loaded = std::make_shared<ClassificationSubjects>(
                            PersonaStore(ws.db()).loadSubjects(&cache->dropped));
                        if (cache->dropped)
                            return {};
                        cache->subjects = std::move(loaded);
                    }
                    subjects = cache->subjects;
                }
                return Result{PersonaStore::countMatches(personas, *subjects, cancel.get()),
                              static_cast<qint64>(subjects->size()), QString()};
            } catch (const Error& e) {
                return Result{{}, 0, e.message()};
            }
        }));
}

} // namespace revalign::ui
