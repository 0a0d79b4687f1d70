#pragma once

#include "store/database.h"

#include <memory>
#include <string_view>
#include <vector>

namespace revalign {

// Rows the demo generator writes, as plain values: text as UTF-8 views (a null view binds NULL), ids and
// times as integers (0 binds NULL). They carry their own ids so children can refer to them without a
// round trip per row.
struct DemoAccountRow {
    qint64 id;
    std::string_view sourceId, name, domain, industry, country, segment;
    qint64 employees;
};

struct DemoCampaignRow {
    qint64 id;
    std::string_view sourceId, name, channel;
    qint64 costCents;
    std::string_view startDate, endDate;
};

struct DemoContactRow {
    qint64 id;
    std::string_view sourceId, email, firstName, lastName, title;
    qint64 accountId, personaId;
    std::string_view channel;
    qint64 campaignId, ownerId, score, createdAt;
    std::string_view handoffStatus;
    qint64 handoffDecidedAt;
    std::string_view rejectionReason;
    qint64 firstSalesTouchAt;
};

struct DemoOpportunityRow {
    qint64 id;
    std::string_view sourceId;
    qint64 accountId, contactId, ownerId, campaignId;
    std::string_view name;
    qint64 amountCents;
    std::string_view stage;
    double probability;
    std::string_view forecastCategory;
    qint64 createdAt;
    std::string_view closeDate;
    bool isClosed, isWon;
    std::string_view sourcedBy, channel;
};

struct DemoTouchpointRow {
    qint64 id;
    std::string_view sourceId;
    qint64 contactId, occurredAt;
    std::string_view channel;
    qint64 campaignId;
    std::string_view kind, team;
};

// One state of a deal's history (deal_state, origin 'snapshot'); validTo 0 = the current state.
struct DemoDealStateRow {
    qint64 opportunityId, validFrom, validTo;
    std::string_view stage;
    qint64 amountCents;
    std::string_view closeDate;
    double probability;
    std::string_view forecastCategory;
    qint64 ownerId;
    std::string_view status;
};

struct DemoDealStage {
    std::string name;
    double probability;
    std::string forecastCategory;
    bool isClosed;
    bool isWon;
};

// The SQL of the demo generator: one bulk load into a fresh workspace with prepared statements reused
// for every row. During the load the connection trades safety for speed (no fsync, in-memory journal,
// foreign keys off, the randomly ordered email index dropped); a failure leaves a file the caller
// deletes. finish() puts WAL, fsync, foreign keys and the index back.
class DemoStore final {
public:
    explicit DemoStore(Database& db);
    ~DemoStore();
    DemoStore(const DemoStore&) = delete;
    DemoStore& operator=(const DemoStore&) = delete;

    std::vector<DemoDealStage> dealStages();
    void begin();
    void insertAccount(const DemoAccountRow& row);
    void insertCampaign(const DemoCampaignRow& row);
    void insertContact(const DemoContactRow& row);
    void insertStage(qint64 contactId, qint64 stageId, qint64 enteredAt);
    void insertOpportunity(const DemoOpportunityRow& row);
    void insertTouchpoint(const DemoTouchpointRow& row);
    void insertDealState(const DemoDealStateRow& row);
    // Commits, rebuilds the dropped index and restores the normal connection settings.
    void finish();

    // Gives the definition log entries written while seeding fixed times, so the whole file depends only
    // on the generator's inputs (definitions at `definitionsAt`, KPI targets at `targetsAt`).
    void stampDefinitionLog(qint64 definitionsAt, qint64 targetsAt);

private:
    struct Statements;
    Database& m_db;
    std::unique_ptr<Statements> m_st;
};

} // namespace revalign
