#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

namespace revalign {

// A row id that cannot be mixed up with another entity's id. 0 means "not stored yet".
template <typename Tag> class Id final {
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value)
        : m_value(value) {}
    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }
    friend constexpr auto operator<=>(Id, Id) = default;
    friend constexpr bool operator==(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

using PersonaId = Id<struct PersonaTag>;
using StageId = Id<struct StageTag>;
using OwnerId = Id<struct OwnerTag>;
using AccountId = Id<struct AccountTag>;
using ContactId = Id<struct ContactTag>;
using OpportunityId = Id<struct OpportunityTag>;
using CampaignId = Id<struct CampaignTag>;
using TouchpointId = Id<struct TouchpointTag>;
using ImportBatchId = Id<struct ImportBatchTag>;

} // namespace revalign
