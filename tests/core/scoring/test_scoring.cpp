#include "domain/enums.h"
#include "metrics/scoring.h"
#include "metrics/scoringevaluation.h"

#include "testsupport.h"

using namespace revalign;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kT = 1'709'251'200;

ScoringModel smallModel() {
    ScoringModel m;
    m.fit = {{QStringLiteral("persona"), FitField::Persona, {}, {}, {}, 20},
             {QStringLiteral("senior"),
              FitField::TitleKeyword,
              {QStringLiteral("VP"), QStringLiteral("head of")},
              {},
              {},
              15},
             {QStringLiteral("size"), FitField::CompanySize, {}, 200, 5000, 10},
             {QStringLiteral("industry"), FitField::Industry, {QStringLiteral("Software")}, {}, {}, 10},
             {QStringLiteral("country"), FitField::Country, {QStringLiteral("TH")}, {}, {}, 5}};
    m.engagement = {{QStringLiteral("demo"), QStringLiteral("demo"), {}, QStringLiteral("intent"), 30},
                    {QStringLiteral("form"), QStringLiteral("form"), {}, QStringLiteral("intent"), 15},
                    {QStringLiteral("web"), QStringLiteral("web_visit"), {}, QStringLiteral("web"), 2}};
    m.caps = {{QStringLiteral("intent"), 40}, {QStringLiteral("web"), 5}};
    m.halfLifeDays = 10;
    m.threshold = 50;
    return m;
}

void setProfile(JourneyTable& t, qint32 row, const QString& title, qint64 employees, const QString& industry,
                const QString& country) {
    t.title[size_t(row)] = title;
    t.employees[size_t(row)] = employees;
    t.industry[size_t(row)] = t.industries.intern(industry);
    t.country[size_t(row)] = t.countries.intern(country);
}
} // namespace

TEST_CASE("scoring: fit and engagement rules, decay and caps, explained per rule") {
    JourneyBuilder b;
    const qint32 a = b.addContact(1, kT - 30 * kDay, QStringLiteral("CMO"));
    setProfile(b.table(), a, QStringLiteral("VP, Marketing"), 500, QStringLiteral("software"),
               QStringLiteral("TH"));
    b.addTouch(a, kT - 10 * kDay, {}, {}, QStringLiteral("form"));
    for (int i = 0; i < 4; ++i)
        b.addTouch(a, kT, {}, {}, QStringLiteral("web_visit"));
    b.addTouch(a, kT, {}, {}, QStringLiteral("demo"));
    const qint32 c = b.addContact(2, kT - 30 * kDay);
    setProfile(b.table(), c, QStringLiteral("MVP Engineer"), 100, QStringLiteral("Retail"),
               QStringLiteral("US"));
    b.addTouch(c, kT - 20 * kDay, {}, {}, QStringLiteral("demo"));
    b.addTouch(c, kT - 20 * kDay, {}, {}, QStringLiteral("form"));
    b.addTouch(c, kT + kDay, {}, {}, QStringLiteral("demo")); // after the moment: not counted
    const JourneySnapshot t = b.finish();
    const ContactScorer scorer(smallModel(), *t);

    // A: fit 20 + 15 + 10 + 10 + 5 = 60. Engagement (h = 10 days): demo today 30; form 10 days ago
    // 15 × 2^-1 = 7.5 → intent 37.5 (under its cap of 40); web 4 × 2 = 8, capped at 5 (−3).
    // 60 + 37.5 + 5 = 102.5 → 103 (half away from zero).
    const ScoreBreakdown sa = scorer.explain(a, kT);
    CHECK(sa.fitPoints == Approx(60));
    CHECK(sa.engagementPoints == Approx(42.5));
    CHECK(sa.score == 103);
    REQUIRE(sa.lines.size() == 9);
    CHECK(sa.lines[1].rule == u"senior");
    CHECK(sa.lines[5].rule == u"demo");
    CHECK(sa.lines[5].points == Approx(30));
    CHECK(sa.lines[6].rule == u"form");
    CHECK(sa.lines[6].points == Approx(7.5));
    CHECK(sa.lines[7].touches == 4);
    CHECK(sa.lines[7].points == Approx(8));
    CHECK(sa.lines[8].kind == ScoreLine::Kind::Cap);
    CHECK(sa.lines[8].points == Approx(-3));
    // B: no persona, "MVP" is not the word "VP", 100 employees, Retail, US: fit 0. Demo and form 20 days
    // (two half-lives) ago: (30 + 15) / 4 = 11.25 → 11. The demo tomorrow does not count yet.
    CHECK(scorer.explain(c, kT).fitPoints == 0);
    CHECK(scorer.score(c, kT) == 11);
    // Tomorrow: 30 + 45 × 2^(-2.1) = 30 + 10.50 = 40.50 → capped at 40.
    CHECK(scorer.score(c, kT + kDay) == 40);
}

TEST_CASE("scoring: the model round-trips through JSON and bad JSON is refused") {
    const ScoringModel m = defaultScoringModel();
    CHECK(scoringModelFromJson(toJson(m), QStringLiteral("x")) == m);
    CHECK(scoringModelFromJson(toJson(smallModel()), QStringLiteral("x")) == smallModel());
    CHECK_THROWS_WITH(scoringModelFromJson("{", QStringLiteral("model.json")),
                      Catch::StartsWith("model.json: "));
    CHECK_THROWS_WITH(scoringModelFromJson(R"({"fit":[{"field":"shoe size"}]})", QStringLiteral("m")),
                      Catch::Contains("unknown field 'shoe size'"));
    CHECK_THROWS_WITH(scoringModelFromJson(R"({"half_life_days":0})", QStringLiteral("m")),
                      Catch::Contains("half-life"));
}

TEST_CASE("scoring: AUC is Mann–Whitney U over won vs lost, ties counting half") {
    // Positives {3, 5}, negatives {3, 1}: pairs 3>3 ½, 3>1 1, 5>3 1, 5>1 1 → 3.5 / 4 = 0.875.
    CHECK(*rocAuc(std::vector<int>{3, 5}, std::vector<int>{3, 1}) == Approx(0.875));
    CHECK(*rocAuc(std::vector<int>{9}, std::vector<int>{1, 2}) == Approx(1.0));
    CHECK(*rocAuc(std::vector<int>{1}, std::vector<int>{1}) == Approx(0.5));
    CHECK_FALSE(rocAuc(std::vector<int>{1}, std::vector<int>{}).has_value());
}

// Six contacts with scores 10, 25, 40, 55, 70, 85:
//   handoff  rejected rejected accepted rejected accepted accepted
//   deal     lost     —        lost     won      lost     won
//   SQL      no       no       yes      yes      yes      yes
TEST_CASE("scoring: bands, what-if and the suggested threshold on a small fixture") {
    JourneyBuilder b;
    const HandoffStatus handoff[] = {HandoffStatus::Rejected, HandoffStatus::Rejected,
                                     HandoffStatus::Accepted, HandoffStatus::Rejected,
                                     HandoffStatus::Accepted, HandoffStatus::Accepted};
    const DealOutcome deal[] = {DealOutcome::Lost, DealOutcome::Open, DealOutcome::Lost,
                                DealOutcome::Won,  DealOutcome::Lost, DealOutcome::Won};
    for (qint32 i = 0; i < 6; ++i) {
        const qint32 row = b.addContact(i + 1, kT);
        b.table().handoff[size_t(row)] = quint8(handoff[i]);
        b.table().reachedSql[size_t(row)] = i >= 2 ? 1 : 0;
        if (i != 1)
            b.addOpportunity(i + 1, row, kT, 1000, deal[i], utcDayOf(kT));
    }
    const JourneySnapshot t = b.finish();
    const std::vector<int> scores{10, 25, 40, 55, 70, 85};
    const ScoringEvaluation e = evaluateScoring(*t, scores, 50, 20);

    // Won {55, 85} vs lost {10, 40, 70}: 55 beats 10 and 40 (2), 85 beats all three (3) → 5 / 6.
    CHECK(*e.auc == Approx(5.0 / 6.0));
    CHECK(e.wonContacts == 2);
    CHECK(e.lostContacts == 3);
    REQUIRE(e.bands.size() == 5); // [0,20) [20,40) [40,60) [60,80) [80,100)
    CHECK(e.bands[0].from == 0);
    CHECK(e.bands[4].to == 100);
    // [40,60): contacts 40 and 55: accepted 1 of 2 decided, both SQL, won 1 of 2 closed.
    CHECK(e.bands[2].contacts == 2);
    CHECK(*e.bands[2].acceptedRate == Approx(0.5));
    CHECK(*e.bands[2].sqlRate == Approx(1.0));
    CHECK(*e.bands[2].winRate == Approx(0.5));
    // [20,40): contact 25 has no closed deal: win rate n/a.
    CHECK_FALSE(e.bands[1].winRate.has_value());
    CHECK(*e.bands[1].acceptedRate == Approx(0.0));
    // Threshold 50: MQLs 55, 70, 85 → accepted 2 of 3; both customers (55, 85) are MQLs.
    CHECK(e.whatIf == ScoringWhatIf{50, 3, 3, 2, 2.0 / 3.0, 2, 0});
    // Threshold 60: MQLs 70, 85 → accepted 2 of 2; the customer at 55 is missed.
    CHECK(whatIf(*t, scores, 60) == ScoringWhatIf{60, 2, 2, 2, 1.0, 2, 1});
    // Youden's J (accepted {40,70,85} vs rejected {10,25,55}): at 85: 1/3 − 0; at 70: 2/3 − 0; at 55:
    // 2/3 − 1/3; at 40: 3/3 − 1/3 = 2/3 (ties 70: the lower threshold wins); at 25: 1 − 2/3; at 10: 0.
    CHECK(e.suggestedThreshold == 40);
    CHECK(*e.suggestedYoudenJ == Approx(2.0 / 3.0));
}
