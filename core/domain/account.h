#pragma once

#include "domain/ids.h"

#include <QString>

#include <optional>

namespace revalign {

struct Account {
    AccountId id;
    QString source; // "hubspot", "salesforce", "demo", ...
    QString sourceId;
    QString name;
    QString domain;
    QString industry;
    std::optional<int> employees;
    QString country;
    QString segment; // "SMB", "Mid-market", "Enterprise", or the CRM's own value

    friend bool operator==(const Account&, const Account&) = default;
};

// The segment we derive from company size when the CRM does not give one.
QString segmentForEmployees(std::optional<int> employees);

} // namespace revalign
