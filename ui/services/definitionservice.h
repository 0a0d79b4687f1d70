#pragma once

#include "domain/dealstage.h"
#include "domain/definitionchange.h"
#include "domain/funnelstage.h"
#include "domain/kpidefinition.h"
#include "domain/persona.h"
#include "metrics/scoring.h"
#include "store/personastore.h"

#include <QFutureWatcher>
#include <QObject>

#include <map>
#include <optional>
#include <vector>

namespace revalign::ui {

// The agreed definitions as one page shows them.
struct DefinitionsSnapshot {
    std::vector<FunnelStage> stages;
    std::vector<KpiDefinition> kpis;
    std::vector<DefinitionChange> changes; // newest first
    std::vector<DealStage> dealStages;
};

// Personas with how many contacts are stored as belonging to each (invalid id = outside every persona).
struct PersonasSnapshot {
    std::vector<Persona> personas;
    std::map<PersonaId, qint64> counts;
};

// Who edits: the "user/name" setting, else the operating system's user name.
QString currentUserName();
// "The change log will show this change as made by …" for the edit dialogs.
QString changedByText();

// Every write the definitions and personas pages make, run off the UI thread on its own connection (a
// persona save re-classifies every contact, which takes seconds on a big workspace, and holds the write
// lock meanwhile). One write at a time; writeFinished reports how it went. Widgets never see SQL.
class DefinitionService final : public QObject {
    Q_OBJECT
public:
    explicit DefinitionService(QObject* parent = nullptr);
    ~DefinitionService() override;

    void setWorkspace(const QString& path);
    const QString& workspace() const { return m_path; }
    bool isWriting() const;

    // Small, bounded reads (stages, KPIs, the last 1000 changes): synchronous. Throws Error.
    static DefinitionsSnapshot readDefinitions(const QString& path);
    // Counts contacts per persona (a GROUP BY over every contact): call off the UI thread. Throws Error.
    static PersonasSnapshot readPersonas(const QString& path);

    // Starts a write; returns false (and does nothing) if one is running or no workspace is set.
    bool updateStage(const FunnelStage& stage, const QString& note);
    bool updateKpi(const KpiDefinition& kpi, const QString& note);
    // Defines a deal stage; the deals in it follow (DefinitionStore::saveDealStage).
    bool updateDealStage(const DealStage& stage, const QString& note);
    bool savePersona(const Persona& persona, const QString& note);
    bool removePersona(PersonaId id, const QString& note);
    bool saveScoringModel(const ScoringModel& model, const QString& note);
    // Re-reads personas and their counts off the UI thread; personasLoaded() when done.
    void reloadPersonas();
    const std::optional<PersonasSnapshot>& personas() const { return m_personas; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void writeFinished(bool ok, const QString& message);
    void personasLoaded();

private:
    struct WriteOutcome {
        QString error;
    };
    struct ReadOutcome {
        std::optional<PersonasSnapshot> snapshot;
        QString path;
    };
    template <typename Job> bool startWrite(Job job);
    void reportProgress(qint64 done, qint64 total);

    QString m_path;
    QFutureWatcher<WriteOutcome> m_write;
    QFutureWatcher<ReadOutcome> m_read;
    std::optional<PersonasSnapshot> m_personas;
};

} // namespace revalign::ui
