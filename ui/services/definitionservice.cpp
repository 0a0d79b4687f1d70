#include "services/definitionservice.h"

#include "store/definitionstore.h"
#include "store/scoringstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

QString currentUserName() {
    const QString configured = QSettings().value(QStringLiteral("user/name")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString os = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (!os.isEmpty())
        return os;
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

QString changedByText() {
    return QCoreApplication::translate("DefinitionService",
                                       "The change log will record this change as made by %1.")
        .arg(currentUserName());
}

DefinitionService::DefinitionService(QObject* parent)
    : QObject(parent) {
    connect(&m_write, &QFutureWatcher<WriteOutcome>::finished, this, [this] {
        const WriteOutcome outcome = m_write.result();
        Q_EMIT writeFinished(outcome.error.isEmpty(), outcome.error);
    });
    connect(&m_read, &QFutureWatcher<ReadOutcome>::finished, this, [this] {
        ReadOutcome outcome = m_read.result();
        // A result for a workspace we have since left is of no use.
        if (outcome.path != m_path || !outcome.snapshot)
            return;
        m_personas = std::move(outcome.snapshot);
        Q_EMIT personasLoaded();
    });
}

DefinitionService::~DefinitionService() {
    m_write.waitForFinished();
    m_read.waitForFinished();
}

void DefinitionService::setWorkspace(const QString& path) {
    m_path = path;
    m_personas.reset();
}

bool DefinitionService::isWriting() const {
    return m_write.isRunning();
}

DefinitionsSnapshot DefinitionService::readDefinitions(const QString& path) {
    Workspace ws = Workspace::open(path);
    DefinitionStore defs(ws.db());
    return DefinitionsSnapshot{defs.funnelStages(), defs.kpiDefinitions(), defs.changeLog(),
                               defs.dealStages()};
}

PersonasSnapshot DefinitionService::readPersonas(const QString& path) {
    Workspace ws = Workspace::open(path);
    return PersonasSnapshot{DefinitionStore(ws.db()).personas(), PersonaStore(ws.db()).storedCounts()};
}

void DefinitionService::reloadPersonas() {
    if (m_path.isEmpty())
        return;
    m_read.waitForFinished();
    m_read.setFuture(QtConcurrent::run([path = m_path]() -> ReadOutcome {
        try {
            return ReadOutcome{readPersonas(path), path};
        } catch (const Error&) {
            return ReadOutcome{std::nullopt, path};
        }
    }));
}

void DefinitionService::reportProgress(qint64 done, qint64 total) {
    // Called on the worker: hand over to the UI thread.
    QMetaObject::invokeMethod(
        this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
}

template <typename Job> bool DefinitionService::startWrite(Job job) {
    if (m_path.isEmpty() || isWriting())
        return false;
    m_write.setFuture(QtConcurrent::run([path = m_path, job = std::move(job)]() -> WriteOutcome {
        try {
            Workspace ws = Workspace::open(path);
            job(ws.db());
            return {};
        } catch (const Error& e) {
            return WriteOutcome{e.message()};
        }
    }));
    return true;
}

bool DefinitionService::updateStage(const FunnelStage& stage, const QString& note) {
    return startWrite([stage, note, who = currentUserName()](Database& db) {
        Transaction tx(db);
        DefinitionStore(db).updateFunnelStage(stage, who, note);
        tx.commit();
    });
}

bool DefinitionService::updateKpi(const KpiDefinition& kpi, const QString& note) {
    return startWrite([kpi, note, who = currentUserName()](Database& db) {
        Transaction tx(db);
        DefinitionStore(db).updateKpiDefinition(kpi, who, note);
        tx.commit();
    });
}

bool DefinitionService::updateDealStage(const DealStage& stage, const QString& note) {
    return startWrite([stage, note, who = currentUserName()](Database& db) {
        DefinitionStore(db).saveDealStage(stage, who, note); // its own transaction
    });
}

bool DefinitionService::savePersona(const Persona& persona, const QString& note) {
    return startWrite([this, persona, note, who = currentUserName()](Database& db) {
        PersonaStore(db).savePersonaAndReclassify(persona, who, note, [this](qint64 done, qint64 total) {
            reportProgress(done, total);
            return true;
        });
    });
}

bool DefinitionService::removePersona(PersonaId id, const QString& note) {
    return startWrite([this, id, note, who = currentUserName()](Database& db) {
        PersonaStore(db).removePersonaAndReclassify(id, who, note, [this](qint64 done, qint64 total) {
            reportProgress(done, total);
            return true;
        });
    });
}

bool DefinitionService::saveScoringModel(const ScoringModel& model, const QString& note) {
    return startWrite(
        [model, note, who = currentUserName()](Database& db) { ScoringStore(db).save(model, who, note); });
}

} // namespace revalign::ui
