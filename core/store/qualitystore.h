#pragma once

#include "metrics/dataquality.h"

namespace revalign {

class Database;

// The data-quality facts that need SQL over columns the metrics snapshot does not load (emails, …).
// Runs only for `check` and the Data quality page, never per filter change.
class QualityStore final {
public:
    explicit QualityStore(Database& db)
        : m_db(db) {}

    QualityInputs read();

private:
    Database& m_db;
};

} // namespace revalign
