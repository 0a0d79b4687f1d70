#pragma once

#include "domain/persona.h"
#include "store/personastore.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace revalign::ui {

// Answers "how many contacts would each persona get with these rules?" while a persona is being edited.
// The contacts' classification subjects are read once per workspace on a worker and kept in memory;
// every request after that only classifies in memory (a million contacts in well under a second), on
// the same single worker thread. Requests are debounced and a newer request cancels the running one.
class PersonaPreview final : public QObject {
    Q_OBJECT
public:
    explicit PersonaPreview(QObject* parent = nullptr);
    ~PersonaPreview() override;

    // Drops the cached subjects: the workspace changed (another file, or the same one reloaded).
    void setWorkspace(const QString& path);
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

    // Asks for counts with this persona list (in priority order). countsReady() follows unless a newer
    // request overtakes it.
    void request(std::vector<Persona> personas);
    bool isPending() const;
    const PersonaMatchCounts& counts() const { return m_counts; }
    qint64 contactCount() const { return m_contactCount; }

Q_SIGNALS:
    void started();
    void countsReady();
    void failed(const QString& message);

private:
    struct Cache;
    struct Result {
        PersonaMatchCounts counts;
        qint64 contacts = 0;
        QString error;
    };
    void start();

    QThreadPool m_pool;
    QTimer m_debounce;
    std::shared_ptr<Cache> m_cache;
    std::shared_ptr<std::atomic_bool> m_cancelRunning;
    std::vector<Persona> m_pending;
    quint64 m_generation = 0;
    quint64 m_delivered = 0;
    PersonaMatchCounts m_counts;
    qint64 m_contactCount = 0;
};

} // namespace revalign::ui
