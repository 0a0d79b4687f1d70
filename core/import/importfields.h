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
    // Appended after Ignore: a field's position is part of every stored row hash.
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

} // namespace revalign
