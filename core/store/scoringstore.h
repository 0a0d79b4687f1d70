#pragma once

#include "metrics/scoring.h"

namespace revalign {

class Database;

// The workspace's lead-scoring model. Until someone saves one, the built-in default applies.
class ScoringStore final {
public:
    explicit ScoringStore(Database& db)
        : m_db(db) {}

    ScoringModel load();
    bool hasStoredModel();
    // Saves the model and writes each changed part (threshold, half-life, fit, engagement, caps) to the
    // definition change log under entity "scoring".
    void save(const ScoringModel& model, const QString& who, const QString& note);

private:
    Database& m_db;
};

} // namespace revalign
