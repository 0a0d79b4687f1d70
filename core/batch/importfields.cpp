#include "batch/importfields.h"

#include <algorithm>

namespace revalign {

namespace {
constexpr std::array<FieldInfo, kFieldCount> kFields{{
    {Field::SourceId, "source_id", FieldType::Text},
    {Field::Email, "email", FieldType::Email},
    {Field::FirstName, "first_name", FieldType::Text},
    {Field::LastName, "last_name", FieldType::Text},
    {Field::FullName, "full_name", FieldType::Text},
    {Field::Title, "title", FieldType::Text},
    {Field::Company, "company", FieldType::Text},
    {Field::AccountSourceId, "account_source_id", FieldType::Text},
    {Field::Industry, "industry", FieldType::Text},
    {Field::Employees, "employees", FieldType::Integer},
    {Field::Country, "country", FieldType::Text},
    {Field::Domain, "domain", FieldType::Text},
    {Field::Segment, "segment", FieldType::Text},
    {Field::Channel, "channel", FieldType::Text},
    {Field::CampaignSourceId, "campaign_source_id", FieldType::Text},
    {Field::Owner, "owner", FieldType::Text},
    {Field::Score, "score", FieldType::Integer},
    {Field::CreatedAt, "created_at", FieldType::DateTime},
    {Field::LifecycleStage, "lifecycle_stage", FieldType::StageKey},
    {Field::StageLead, "stage.lead", FieldType::DateTime},
    {Field::StageMql, "stage.mql", FieldType::DateTime},
    {Field::StageSal, "stage.sal", FieldType::DateTime},
    {Field::StageSql, "stage.sql", FieldType::DateTime},
    {Field::StageOpportunity, "stage.opportunity", FieldType::DateTime},
    {Field::StageCustomer, "stage.customer", FieldType::DateTime},
    {Field::HandoffStatus, "handoff_status", FieldType::Text},
    {Field::HandoffDecidedAt, "handoff_decided_at", FieldType::DateTime},
    {Field::RejectionReason, "rejection_reason", FieldType::Text},
    {Field::FirstSalesTouchAt, "first_sales_touch_at", FieldType::DateTime},
    {Field::Name, "name", FieldType::Text},
    {Field::Amount, "amount", FieldType::Money},
    {Field::Currency, "currency", FieldType::Text},
    {Field::DealStage, "deal_stage", FieldType::Text},
    {Field::Probability, "probability", FieldType::Real},
    {Field::ForecastCategory, "forecast_category", FieldType::Text},
    {Field::CloseDate, "close_date", FieldType::Date},
    {Field::IsClosed, "is_closed", FieldType::Bool},
    {Field::IsWon, "is_won", FieldType::Bool},
    {Field::SourcedBy, "sourced_by", FieldType::Text},
    {Field::ContactSourceId, "contact_source_id", FieldType::Text},
    {Field::OccurredAt, "occurred_at", FieldType::DateTime},
    {Field::Kind, "kind", FieldType::Text},
    {Field::Team, "team", FieldType::Text},
    {Field::Cost, "cost", FieldType::Money},
    {Field::StartDate, "start_date", FieldType::Date},
    {Field::EndDate, "end_date", FieldType::Date},
    {Field::Ignore, "ignore", FieldType::Text},
    {Field::Manager, "manager", FieldType::Text},
    {Field::Region, "region", FieldType::Text},
    {Field::Role, "role", FieldType::Text},
    {Field::Department, "department", FieldType::Text},
    {Field::ReachedLead, "reached.lead", FieldType::Bool},
    {Field::ReachedMql, "reached.mql", FieldType::Bool},
    {Field::ReachedSal, "reached.sal", FieldType::Bool},
    {Field::ReachedSql, "reached.sql", FieldType::Bool},
    {Field::ReachedOpportunity, "reached.opportunity", FieldType::Bool},
    {Field::ReachedCustomer, "reached.customer", FieldType::Bool},
    {Field::DealSourceId, "deal_source_id", FieldType::Text},
    {Field::ChangedAt, "changed_at", FieldType::DateTime},
    {Field::AsOf, "as_of", FieldType::DateTime},
    {Field::StageEntered, "stage_entered", FieldType::DateTime},
}};

constexpr std::array<std::pair<ImportEntity, const char*>, 9> kEntities{{
    {ImportEntity::Contacts, "contacts"},
    {ImportEntity::Accounts, "accounts"},
    {ImportEntity::Opportunities, "opportunities"},
    {ImportEntity::Touchpoints, "touchpoints"},
    {ImportEntity::Campaigns, "campaigns"},
    {ImportEntity::CampaignMembers, "campaign_members"},
    {ImportEntity::StageUpdates, "stage_updates"},
    {ImportEntity::Owners, "owners"},
    {ImportEntity::DealHistory, "deal_history"},
}};
} // namespace

QString toKey(ImportEntity entity) {
    for (const auto& [e, key] : kEntities)
        if (e == entity)
            return QString::fromLatin1(key);
    return {};
}

std::optional<ImportEntity> importEntityFromKey(const QString& key) {
    for (const auto& [e, k] : kEntities)
        if (key == QLatin1String(k))
            return e;
    // The words people use for the same things.
    if (key == u"deals")
        return ImportEntity::Opportunities;
    if (key == u"activities")
        return ImportEntity::Touchpoints;
    if (key == u"leads" || key == u"persons")
        return ImportEntity::Contacts;
    if (key == u"companies")
        return ImportEntity::Accounts;
    if (key == u"opportunity_history" || key == u"deal_stage_history")
        return ImportEntity::DealHistory;
    if (key == u"users" || key == u"sales_team")
        return ImportEntity::Owners;
    return std::nullopt;
}

const FieldInfo& fieldInfo(Field field) {
    return kFields[static_cast<size_t>(field)];
}

QString fieldKey(Field field) {
    return QString::fromLatin1(fieldInfo(field).key);
}

std::optional<Field> fieldFromKey(const QString& key) {
    for (const FieldInfo& info : kFields)
        if (key == QLatin1String(info.key))
            return info.field;
    return std::nullopt;
}

namespace {
std::vector<Field> sorted(std::vector<Field> fields) {
    std::sort(fields.begin(), fields.end());
    return fields;
}

std::vector<Field> fieldsOf(ImportEntity entity) {
    using F = Field;
    constexpr std::array stages{F::StageLead, F::StageMql,         F::StageSal,
                                F::StageSql,  F::StageOpportunity, F::StageCustomer};
    std::vector<Field> fields;
    switch (entity) {
    case ImportEntity::Contacts:
        fields = {F::SourceId,
                  F::Email,
                  F::FirstName,
                  F::LastName,
                  F::FullName,
                  F::Title,
                  F::Company,
                  F::AccountSourceId,
                  F::Industry,
                  F::Employees,
                  F::Country,
                  F::Domain,
                  F::Segment,
                  F::Channel,
                  F::CampaignSourceId,
                  F::Owner,
                  F::Score,
                  F::CreatedAt,
                  F::LifecycleStage,
                  F::HandoffStatus,
                  F::HandoffDecidedAt,
                  F::RejectionReason,
                  F::FirstSalesTouchAt};
        fields.insert(fields.end(), stages.begin(), stages.end());
        fields.insert(fields.end(), kReachedFields.begin(), kReachedFields.end());
        break;
    case ImportEntity::Accounts:
        fields = {F::SourceId, F::Name,   F::Company, F::Industry, F::Employees,
                  F::Country,  F::Domain, F::Segment, F::Owner,    F::CreatedAt};
        break;
    case ImportEntity::Opportunities:
        fields = {F::SourceId,
                  F::Name,
                  F::AccountSourceId,
                  F::ContactSourceId,
                  F::Email,
                  F::Owner,
                  F::Amount,
                  F::Currency,
                  F::DealStage,
                  F::Probability,
                  F::ForecastCategory,
                  F::CloseDate,
                  F::IsClosed,
                  F::IsWon,
                  F::SourcedBy,
                  F::CreatedAt,
                  F::Channel,
                  F::CampaignSourceId,
                  F::AsOf};
        break;
    case ImportEntity::DealHistory:
        fields = {F::SourceId,    F::DealSourceId,     F::ChangedAt, F::DealStage, F::Amount, F::CloseDate,
                  F::Probability, F::ForecastCategory, F::Owner,     F::IsClosed,  F::IsWon};
        break;
    case ImportEntity::Touchpoints:
        fields = {F::SourceId, F::ContactSourceId,  F::Email, F::OccurredAt, F::Kind,
                  F::Channel,  F::CampaignSourceId, F::Team,  F::Owner};
        break;
    case ImportEntity::Campaigns:
        fields = {F::SourceId, F::Name, F::Channel, F::Cost, F::Currency, F::StartDate, F::EndDate, F::Owner};
        break;
    case ImportEntity::CampaignMembers:
        fields = {F::SourceId,        F::CampaignSourceId,
                  F::ContactSourceId, F::Email,
                  F::OccurredAt,      F::Kind,
                  F::Channel,         F::Team};
        break;
    case ImportEntity::StageUpdates:
        fields = {
            F::SourceId,      F::ContactSourceId,  F::Email,           F::LifecycleStage,    F::OccurredAt,
            F::HandoffStatus, F::HandoffDecidedAt, F::RejectionReason, F::FirstSalesTouchAt, F::Owner};
        fields.insert(fields.end(), stages.begin(), stages.end());
        fields.insert(fields.end(), kReachedFields.begin(), kReachedFields.end());
        break;
    case ImportEntity::Owners:
        fields = {F::SourceId, F::Name,    F::FirstName, F::LastName,   F::Email, F::Role,
                  F::Team,     F::Manager, F::Region,    F::Department, F::Title};
        break;
    }
    return sorted(std::move(fields));
}
} // namespace

const std::vector<Field>& entityFields(ImportEntity entity) {
    static const std::array<std::vector<Field>, kEntities.size()> all = [] {
        std::array<std::vector<Field>, kEntities.size()> out;
        for (size_t i = 0; i < kEntities.size(); ++i)
            out[i] = fieldsOf(kEntities[i].first);
        return out;
    }();
    for (size_t i = 0; i < kEntities.size(); ++i)
        if (kEntities[i].first == entity)
            return all[i];
    static const std::vector<Field> none;
    return none;
}

bool entityHasField(ImportEntity entity, Field field) {
    const std::vector<Field>& fields = entityFields(entity);
    return field == Field::Ignore || std::binary_search(fields.begin(), fields.end(), field);
}

std::vector<std::vector<Field>> requiredFieldGroups(ImportEntity entity) {
    switch (entity) {
    case ImportEntity::Contacts:
        return {{Field::SourceId, Field::Email}};
    case ImportEntity::Accounts:
    case ImportEntity::Opportunities:
    case ImportEntity::Campaigns:
        return {{Field::SourceId}};
    case ImportEntity::CampaignMembers:
        return {{Field::CampaignSourceId}, {Field::ContactSourceId, Field::Email}, {Field::OccurredAt}};
    case ImportEntity::Touchpoints:
        return {{Field::ContactSourceId, Field::Email}, {Field::OccurredAt}};
    case ImportEntity::StageUpdates:
        return {{Field::ContactSourceId, Field::Email}};
    case ImportEntity::DealHistory:
        return {{Field::DealSourceId}};
    case ImportEntity::Owners:
        return {{Field::Name, Field::SourceId}};
    }
    return {};
}

int dependencyRank(ImportEntity entity) {
    switch (entity) {
    case ImportEntity::Owners:
        return 0;
    case ImportEntity::Accounts:
    case ImportEntity::Campaigns:
        return 1;
    case ImportEntity::Contacts:
        return 2;
    case ImportEntity::Opportunities:
        return 3;
    case ImportEntity::DealHistory: // stage history of deals: after the deals it belongs to
        return 4;
    case ImportEntity::CampaignMembers:
    case ImportEntity::Touchpoints:
    case ImportEntity::StageUpdates:
        return 5;
    }
    return 5;
}

} // namespace revalign
