#pragma once

#include "metrics/journeys.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace revalign {

// Lead scoring: fit points (who the contact is) plus engagement points (what the contact did, decaying
// with age and capped per group). A contact at or above the threshold is an MQL.
enum class FitField { Persona, TitleKeyword, CompanySize, Industry, Country };

QString toKey(FitField field); // persona, title, company_size, industry, country
std::optional<FitField> fitFieldFromKey(const QString& key);

struct FitRule {
    QString label;
    FitField field = FitField::Persona;
    // Persona: persona names (empty: any persona); title: keywords or phrases matched as whole words,
    // case-insensitive; industry, country: names, case-insensitive. Unused for company size.
    QStringList values;
    std::optional<qint64> minEmployees, maxEmployees; // company size, inclusive
    double points = 0;

    friend bool operator==(const FitRule&, const FitRule&) = default;
};

struct EngagementRule {
    QString label;
    QString kind;    // touchpoint kind key (web_visit, form, ...); empty: any kind
    QString channel; // empty: any channel
    QString group;   // rules of one group share its cap
    double points = 0;

    friend bool operator==(const EngagementRule&, const EngagementRule&) = default;
};

struct EngagementCap {
    QString group;
    double cap = 0;

    friend bool operator==(const EngagementCap&, const EngagementCap&) = default;
};

struct ScoringModel {
    std::vector<FitRule> fit;
    // A touch earns the points of the first rule that matches it (and none when no rule does).
    std::vector<EngagementRule> engagement;
    std::vector<EngagementCap> caps; // groups without a cap are unlimited
    double halfLifeDays = 30;        // engagement points halve every half-life
    int threshold = 50;

    friend bool operator==(const ScoringModel&, const ScoringModel&) = default;
};

ScoringModel defaultScoringModel();
// What stops the model from being saved, one sentence per problem naming the rule (empty: fine): a rule
// without a label, a title/industry/country rule without values, a company-size rule without bounds or
// with min above max, an unknown activity kind, a cap for a group no rule has or a negative cap, a
// half-life that is not a positive number of days, points that are not finite numbers.
QStringList scoringModelProblems(const ScoringModel& model);
QByteArray toJson(const ScoringModel& model);
// Throws Error starting with `origin` when the JSON is not a valid model.
ScoringModel scoringModelFromJson(const QByteArray& json, const QString& origin);

// One line of a score's explanation: a fit rule that matched, an engagement rule with the touches it
// counted (after decay), or a cap that cut a group (negative points).
struct ScoreLine {
    enum class Kind { Fit, Engagement, Cap };
    Kind kind = Kind::Fit;
    QString rule;
    QString group;
    int touches = 0;
    double points = 0;

    friend bool operator==(const ScoreLine&, const ScoreLine&) = default;
};

struct ScoreBreakdown {
    double fitPoints = 0;
    double engagementPoints = 0; // after caps
    int score = 0;               // fit + engagement, rounded half away from zero
    std::vector<ScoreLine> lines;
};

// A model compiled against one JourneyTable's dictionaries, so scoring a million contacts does no
// string work beyond the title match.
class ContactScorer final {
public:
    ContactScorer(const ScoringModel& model, const JourneyTable& journeys);

    // The contact's score from its profile and its touches at or before `asOf`.
    int score(qint32 row, qint64 asOf) const { return compute(row, asOf, nullptr).score; }
    ScoreBreakdown explain(qint32 row, qint64 asOf) const;

private:
    ScoreBreakdown compute(qint32 row, qint64 asOf, std::vector<ScoreLine>* lines) const;
    bool fits(size_t rule, qint32 row) const;

    ScoringModel m_model; // a copy: the scorer may outlive the caller's model
    const JourneyTable& m_t;
    std::vector<std::vector<char>> m_fitCodes; // per fit rule: allowed dictionary codes
    std::vector<QStringList> m_titleWords;     // per fit rule: normalised " keyword " forms
    std::vector<qint32> m_ruleFor;             // kind code × channel code -> engagement rule, -1 none
    std::vector<qint32> m_groupOf;             // engagement rule -> group index
    std::vector<QString> m_groups;
    std::vector<double> m_groupCap; // < 0: unlimited
};

} // namespace revalign
