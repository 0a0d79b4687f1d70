#pragma once

#include "metrics/facttable.h"

namespace revalign {

class Workspace;

// Loads the fact columns the metrics engine computes from: one sequential scan per table, no joins, no
// aggregation in SQL (the engine does that in memory, per filter change). Touchpoints are not loaded:
// the KPIs read the first sales touch already kept on each contact.
class FactStore final {
public:
    explicit FactStore(Workspace& workspace)
        : m_ws(workspace) {}

    // Reads the whole workspace into an immutable snapshot. Call again after an import.
    FactSnapshot load();

private:
    Workspace& m_ws;
};

} // namespace revalign
