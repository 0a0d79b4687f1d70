#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QString>

namespace revalign {

// One interaction of a contact with either team: a web visit, a form, an SDR call, a demo...
struct Touchpoint {
    TouchpointId id;
    QString source;
    QString sourceId;
    ContactId contact;
    QDateTime occurredAt;
    QString channel;
    CampaignId campaign;
    TouchpointKind kind = TouchpointKind::WebVisit;
    Team team = Team::Marketing;

    friend bool operator==(const Touchpoint&, const Touchpoint&) = default;
};

} // namespace revalign
