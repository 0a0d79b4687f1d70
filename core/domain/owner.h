#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QString>

namespace revalign {

// A person on either team who owns contacts, campaigns or deals.
struct Owner {
    OwnerId id;
    QString sourceId; // the CRM's user id (e.g. Salesforce OwnerId), may be empty
    QString name;
    QString email;
    Role role = Role::Sdr;
    Team team() const { return teamOf(role); }

    friend bool operator==(const Owner&, const Owner&) = default;
};

} // namespace revalign
