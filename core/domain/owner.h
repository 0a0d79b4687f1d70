#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QString>

#include <optional>

namespace revalign {

// A person on either team who owns contacts, campaigns or deals.
struct Owner {
    OwnerId id;
    QString sourceId; // the CRM's user id (e.g. Salesforce OwnerId), may be empty
    QString name;
    QString email;
    Role role = Role::Sdr;
    // Stored per owner since migration 6 (an owners file may say it); teamOf(role) otherwise.
    std::optional<Team> storedTeam;
    OwnerId manager; // invalid: none
    QString region;  // office or territory
    QString title;   // the CRM's role or job title as written ("VP, North American Sales")
    Team team() const { return storedTeam.value_or(teamOf(role)); }

    friend bool operator==(const Owner&, const Owner&) = default;
};

} // namespace revalign
