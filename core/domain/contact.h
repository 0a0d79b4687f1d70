#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>

namespace revalign {

// A person in the funnel. Both a lead and a contact in CRM terms: RevAlign follows the person, not
// the CRM object. Identity is source system + source id; email is the fallback match key.
struct Contact {
    ContactId id;
    QString source;
    QString sourceId;
    QString email;
    QString firstName;
    QString lastName;
    QString title;
    AccountId account;
    PersonaId persona;
    QString channel; // original source, e.g. "Paid Search"
    CampaignId campaign;
    OwnerId owner;
    std::optional<int> score;
    QDateTime createdAt; // UTC
    // When the contact entered each funnel stage, keyed by stage key ("mql"). Stages may be skipped.
    std::map<QString, QDateTime> stageEntered;
    HandoffStatus handoff = HandoffStatus::None;
    QDateTime handoffDecidedAt; // when sales accepted or rejected
    QString rejectionReason;
    QDateTime firstSalesTouchAt;

    friend bool operator==(const Contact&, const Contact&) = default;

    // When the contact entered the stage, or an invalid QDateTime if it has not (yet) been recorded.
    QDateTime enteredAt(const QString& stageKey) const;
};

} // namespace revalign
