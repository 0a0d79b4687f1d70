#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace revalign {

// What a file holds. One profile maps one file to one entity.
enum class ImportEntity {
    Contacts,
    Accounts,
    Opportunities,
    Touchpoints,
    Campaigns,
    CampaignMembers,
    StageUpdates,
    Owners,     // the people who own records: name, CRM user id, role, team, manager, region
    DealHistory // one row per change of a deal (Salesforce OpportunityHistory), or stage-entered columns
};
QString toKey(ImportEntity entity);
std::optional<ImportEntity> importEntityFromKey(const QString& key);

// How a field's text is normalized.
enum class FieldType { Text, Email, Integer, Money, Real, Date, DateTime, Bool, StageKey };

// The fields a profile can map columns to. Keys (see fieldKey) are what profiles write.
enum class Field : uint8_t {
    SourceId,
    Email,
    FirstName,
    LastName,
    FullName,
    Title,
    Company,
    AccountSourceId,
    Industry,
    Employees,
    Country,
    Domain,
    Segment,
    Channel,
    CampaignSourceId,
    Owner,
    Score,
    CreatedAt,
    LifecycleStage,
    StageLead,
    StageMql,
    StageSal,
    StageSql,
    StageOpportunity,
    StageCustomer,
    HandoffStatus,
    HandoffDecidedAt,
    RejectionReason,
    FirstSalesTouchAt,
    Name,
    Amount,
    Currency,
    DealStage,
    Probability,
    ForecastCategory,
    CloseDate,
    IsClosed,
    IsWon,
    SourcedBy,
    ContactSourceId,
    OccurredAt,
    Kind,
    Team,
    Cost,
    StartDate,
    EndDate,
    Ignore, // a column the profile names so auto-detection can use it, but which is not imported
    // Fields added after Ignore: a record's content hash mixes each set field's index, so existing fields
    // keep their index (and stored hashes keep matching) when new ones are appended here.
    Manager,     // owners: the manager's name or CRM user id
    Region,      // owners: office or territory
    Role,        // owners: a RevAlign role key (sdr, ae, ...) or the CRM's role name
    Department,  // owners: tells the team when no team column does ("Marketing", "Inside Sales")
    ReachedLead, // reached.<stage>: the record reached the stage (a flag such as Converted), dated by
    ReachedMql,  // stage.<stage> when the file has it, else kept as "reached, date unknown"
    ReachedSal,
    ReachedSql,
    ReachedOpportunity,
    ReachedCustomer,
    // Appended after the owners' and reached fields: a field's position is part of every stored row hash.
    DealSourceId, // the deal a history row belongs to (OpportunityId)
    ChangedAt,    // when a history row's change happened
    AsOf,         // the moment a deals row describes (a snapshot date column); default: the batch's as-of
    StageEntered, // a "Date entered STAGE" column (ImportProfile::stageEnteredColumns); never in `columns`
    Count
};
inline constexpr size_t kFieldCount = static_cast<size_t>(Field::Count);

struct FieldInfo {
    Field field;
    const char* key;
    FieldType type;
};
const FieldInfo& fieldInfo(Field field);
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(const QString& key);

// The fields the store reads for `entity` (what a profile of that entity may map a column to, besides
// `ignore`), in the enum's order.
const std::vector<Field>& entityFields(ImportEntity entity);
bool entityHasField(ImportEntity entity, Field field);

// What a row of `entity` cannot do without: each group needs at least one of its fields mapped (or set by
// a profile default). Mirrors RecordMapper::validateEntity, so the wizard can say so before a dry run.
std::vector<std::vector<Field>> requiredFieldGroups(ImportEntity entity);

// The six stage-date fields in funnel order with the default funnel's stage keys.
struct StageField {
    Field field;
    const char* stageKey;
};
inline constexpr std::array<StageField, 6> kStageFields{{{Field::StageLead, "lead"},
                                                         {Field::StageMql, "mql"},
                                                         {Field::StageSal, "sal"},
                                                         {Field::StageSql, "sql"},
                                                         {Field::StageOpportunity, "opportunity"},
                                                         {Field::StageCustomer, "customer"}}};
// The reached.* flag of each stage field above, same order.
inline constexpr std::array<Field, 6> kReachedFields{{Field::ReachedLead, Field::ReachedMql,
                                                      Field::ReachedSal, Field::ReachedSql,
                                                      Field::ReachedOpportunity, Field::ReachedCustomer}};

// The order files of one import are written in: a file's records may refer only to records of files
// written before it (owners before everything that has an owner; accounts and campaigns before the
// contacts and deals that name them; contacts before deals, touches and stage updates; deals before
// the deal-stage history that will refer to them). Lower goes first; equal ranks keep a stable order.
//   0 owners · 1 accounts, campaigns · 2 contacts (leads before contacts) · 3 opportunities ·
//   4 reserved for deal-stage history · 5 campaign members, touchpoints, stage updates
int dependencyRank(ImportEntity entity);

} // namespace revalign
