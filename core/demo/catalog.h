#pragma once

#include "domain/enums.h"
#include "domain/persona.h"

#include <span>
#include <string_view>
#include <vector>

namespace revalign::demo {

// The fixed vocabulary of the demo company "Northwind Analytics", a software vendor selling an analytics
// platform to mid-market and enterprise buyers in South-East Asia, Australia, Japan, Europe and the US.

enum class Channel {
    OrganicSearch,
    PaidSearch,
    PaidSocial,
    Email,
    Events,
    PartnerReferral,
    Outbound,
    Direct
};
constexpr int kChannelCount = 8;
std::string_view channelName(Channel channel);

// How well a job title fits what we sell, independent of the persona rules (those are applied by
// classify() on the stored personas). Junk titles are what cheap lead forms attract.
enum class TitleFit { Target, Adjacent, Junk };
struct TitleEntry {
    std::string_view title;
    TitleFit fit;
    double weight;
};
std::span<const TitleEntry> titles();

struct IndustryEntry {
    std::string_view name;
    double weight;
    std::string_view nouns[3]; // words for company names in this industry
};
std::span<const IndustryEntry> industries();

struct CountryEntry {
    std::string_view code; // ISO 3166 alpha-2, as stored in account.country
    double weight;
    bool thaiNames;
    std::string_view companySuffix;
};
std::span<const CountryEntry> countries();

std::span<const std::string_view> companyPrefixes();
std::span<const std::string_view> englishFirstNames();
std::span<const std::string_view> englishLastNames();
std::span<const std::string_view> thaiFirstNames(); // romanised, as they appear in CRM exports
std::span<const std::string_view> thaiLastNames();
std::span<const std::string_view> products();

// The agreed rejection reasons, in the order the handoff logic refers to them.
enum class Rejection { NotAFit, NoBudget, StudentOrJobSeeker, Competitor, Duplicate, BadContactData, InDeal };
constexpr int kRejectionCount = 7;
std::string_view rejectionName(Rejection reason);

struct OwnerEntry {
    std::string_view name;
    std::string_view email;
    Role role;
};
std::span<const OwnerEntry> owners();

// Four overlapping buyer personas with real rules (title keywords, industries, size, countries).
std::vector<Persona> personas();

} // namespace revalign::demo
