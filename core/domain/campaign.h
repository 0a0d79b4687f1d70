#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QDate>
#include <QString>

namespace revalign {

struct Campaign {
    CampaignId id;
    QString source;
    QString sourceId;
    QString name;
    QString channel; // "Paid Search", "Events", ... the same vocabulary as a contact's original source
    Money cost;
    QDate startDate;
    QDate endDate;

    friend bool operator==(const Campaign&, const Campaign&) = default;
};

} // namespace revalign
