#pragma once

#include "metrics/journeys.h"

namespace revalign {

class Workspace;

// Loads the columns attribution and lead scoring compute from: contacts (with the profile fields the
// fit rules read), every touchpoint in (contact, time, id) order, and opportunities. One sequential scan
// per table; all grouping happens in memory.
class JourneyStore final {
public:
    explicit JourneyStore(Workspace& workspace)
        : m_ws(workspace) {}

    JourneySnapshot load();

private:
    Workspace& m_ws;
};

} // namespace revalign
