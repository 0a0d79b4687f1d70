#pragma once

#include "domain/enums.h"
#include "domain/ids.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace revalign {

struct Opportunity {
    OpportunityId id;
    QString source;
    QString sourceId;
    AccountId account;
    ContactId primaryContact;
    OwnerId owner;
    CampaignId campaign;
    QString name;
    Money amount;
    QString stage;                     // the CRM's stage name ("Proposal/Quote")
    std::optional<double> probability; // 0..1
    ForecastCategory forecastCategory = ForecastCategory::Pipeline;
    QDateTime createdAt;
    QDate closeDate;
    bool isClosed = false;
    bool isWon = false;
    SourcedBy sourcedBy = SourcedBy::Unknown;
    QString channel; // lead source of the deal

    friend bool operator==(const Opportunity&, const Opportunity&) = default;
    bool isLost() const { return isClosed && !isWon; }
};

} // namespace revalign
