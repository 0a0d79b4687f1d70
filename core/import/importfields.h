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
    StageUpdates
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

} // namespace revalign
