#include "domain/account.h"
#include "domain/enums.h"
#include "domain/money.h"
#include "domain/persona.h"

#include "testsupport.h"

using namespace revalign;

namespace {
Persona itLeader() {
    Persona p;
    p.name = QStringLiteral("IT leader");
    p.titleKeywords = {QStringLiteral("CIO"), QStringLiteral("CTO"), QStringLiteral("IT Director")};
    p.minEmployees = 200;
    return p;
}

Persona opsManager() {
    Persona p;
    p.name = QStringLiteral("Ops manager");
    p.titleKeywords = {QStringLiteral("Operations")};
    return p;
}
} // namespace

TEST_CASE("persona rules match whole words in the title, any case") {
    const Persona p = itLeader();
    CHECK(p.matchStrength({QStringLiteral("Group CTO"), {}, 500, {}}) == 2);
    CHECK(p.matchStrength({QStringLiteral("it director, EMEA"), {}, 200, {}}) == 2);
    // "CTO" inside "Director" must not count.
    CHECK_FALSE(p.matchStrength({QStringLiteral("Director of Sales"), {}, 500, {}}));
    // Company too small, or size unknown: ruled out.
    CHECK_FALSE(p.matchStrength({QStringLiteral("CTO"), {}, 199, {}}));
    CHECK_FALSE(p.matchStrength({QStringLiteral("CTO"), {}, std::nullopt, {}}));
}

TEST_CASE("a persona without rules matches nobody") {
    Persona p;
    p.name = QStringLiteral("Empty");
    CHECK_FALSE(p.hasRules());
    CHECK_FALSE(p.matchStrength({QStringLiteral("CEO"), QStringLiteral("Retail"), 10, QStringLiteral("TH")}));
}

TEST_CASE("industry and country lists are case-insensitive and trimmed") {
    Persona p;
    p.industries = {QStringLiteral("Retail"), QStringLiteral("Banking")};
    p.countries = {QStringLiteral("TH")};
    CHECK(p.matchStrength({{}, QStringLiteral(" banking "), {}, QStringLiteral("th")}) == 2);
    CHECK_FALSE(p.matchStrength({{}, QStringLiteral("Energy"), {}, QStringLiteral("TH")}));
}

TEST_CASE("classify picks the most specific persona, ties go to the first listed") {
    Persona broad = opsManager();
    Persona specific = opsManager();
    specific.name = QStringLiteral("Enterprise ops");
    specific.minEmployees = 1000;
    const std::vector<Persona> personas{broad, specific, itLeader()};

    CHECK(classify(personas, {QStringLiteral("VP Operations"), {}, 5000, {}}) == 1u);
    CHECK(classify(personas, {QStringLiteral("VP Operations"), {}, 50, {}}) == 0u);
    CHECK(classify(personas, {QStringLiteral("Head of Marketing"), {}, 50, {}}) == std::nullopt);

    const std::vector<Persona> twins{opsManager(), opsManager()};
    CHECK(classify(twins, {QStringLiteral("Operations lead"), {}, {}, {}}) == 0u);
}

TEST_CASE("enum keys round-trip and unknown keys are refused") {
    for (Role r : {Role::DemandGen, Role::Content, Role::MarketingOps, Role::ProductMarketing, Role::Bdr,
                   Role::Sdr, Role::Ae, Role::SalesOps})
        CHECK(roleFromKey(toKey(r)) == r);
    CHECK(teamOf(Role::Sdr) == Team::Sales);
    CHECK(teamOf(Role::Content) == Team::Marketing);
    CHECK(teamOf(TouchpointKind::Demo) == Team::Sales);
    CHECK(teamOf(TouchpointKind::Form) == Team::Marketing);
    CHECK_FALSE(roleFromKey(QStringLiteral("SDR")));
    CHECK(forecastCategoryFromKey(QStringLiteral("best_case")) == ForecastCategory::BestCase);
    CHECK_FALSE(handoffStatusFromKey(QString()));
}

TEST_CASE("money keeps whole cents") {
    CHECK(Money::fromUnits(1124741.15).cents == 112474115);
    CHECK(Money::fromUnits(0.1 + 0.2).cents == 30);
    CHECK(Money::fromUnits(-2.5).cents == -250);
}

TEST_CASE("segment follows company size") {
    CHECK(segmentForEmployees(std::nullopt).isEmpty());
    CHECK(segmentForEmployees(199) == QStringLiteral("SMB"));
    CHECK(segmentForEmployees(200) == QStringLiteral("Mid-market"));
    CHECK(segmentForEmployees(2000) == QStringLiteral("Enterprise"));
}
