#pragma once

#include <QDate>
#include <QString>

namespace revalign {

struct DemoOptions {
    int contacts = 20000;
    quint64 seed = 1;
    QDate endDate; // the last day of the two years of history; required
    friend bool operator==(const DemoOptions&, const DemoOptions&) = default;
};

struct DemoSummary {
    qint64 accounts = 0;
    qint64 contacts = 0;
    qint64 campaigns = 0;
    qint64 owners = 0;
    qint64 touchpoints = 0;
    qint64 stageEntries = 0;
    qint64 mqls = 0;
    qint64 mqlsAccepted = 0;
    qint64 mqlsRejected = 0;
    qint64 mqlsPending = 0;
    qint64 opportunities = 0;
    qint64 won = 0;
    qint64 amountCents = 0; // all opportunities
    QDate firstDay;
    QDate lastDay;
    friend bool operator==(const DemoSummary&, const DemoSummary&) = default;
};

// Creates the demo workspace "Northwind Analytics (demo)" at `path`, which must not exist: two years of a
// B2B software vendor's marketing and sales data ending at options.endDate. The file's content is fully
// determined by (contacts, seed, endDate). On failure the half-written file is removed and Error thrown.
DemoSummary generateDemoWorkspace(const QString& path, const DemoOptions& options);

} // namespace revalign
