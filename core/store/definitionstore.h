#pragma once

#include "domain/dealstage.h"
#include "domain/definitionchange.h"
#include "domain/funnelstage.h"
#include "domain/kpidefinition.h"
#include "domain/owner.h"
#include "domain/persona.h"

#include <vector>

namespace revalign {

class Database;

// Reads and writes the agreed definitions: funnel stages, personas, owners, KPIs with targets. Every
// change to a definition both teams signed is written to the change log (who, when, old → new, note).
class DefinitionStore final {
public:
    explicit DefinitionStore(Database& db)
        : m_db(db) {}

    std::vector<FunnelStage> funnelStages();
    void insertFunnelStage(const FunnelStage& stage);
    // Updates name, definition, team and SLA of the stage with the same key; logs each changed field.
    void updateFunnelStage(const FunnelStage& stage, const QString& who, const QString& note);

    std::vector<Persona> personas();
    // Inserts (id invalid) or updates; returns the id. Logs the change.
    PersonaId savePersona(const Persona& persona, const QString& who, const QString& note);
    void removePersona(PersonaId id, const QString& who, const QString& note);

    std::vector<Owner> owners();
    OwnerId saveOwner(const Owner& owner);

    // The workspace's deal stages in order, each with the number of deals in it.
    std::vector<DealStage> dealStages();
    // Defines the stage of that name (probability, forecast, outcome, position; marks it defined and no
    // longer an import's own), logs each changed field, and moves the deals in it along: a deal's value
    // that equals the stage's old definition (it came from the stage, or agreed with it) takes the new
    // one; values a deal's file gave that differ stay. Returns how many deals changed. Runs in its own
    // transaction.
    qint64 saveDealStage(const DealStage& stage, const QString& who, const QString& note);

    std::vector<KpiDefinition> kpiDefinitions();
    void insertKpiDefinition(const KpiDefinition& kpi, bool builtin);
    void updateKpiDefinition(const KpiDefinition& kpi, const QString& who, const QString& note);

    std::vector<DefinitionChange> changeLog(int limit = 1000);
    void logChange(const QString& who, const QString& entity, const QString& key, const QString& field,
                   const QString& oldValue, const QString& newValue, const QString& note);

private:
    Database& m_db;
};

} // namespace revalign
