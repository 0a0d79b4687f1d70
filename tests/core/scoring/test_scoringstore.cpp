#include "store/definitionstore.h"
#include "store/scoringstore.h"
#include "store/workspace.h"

#include "testsupport.h"

using namespace revalign;

TEST_CASE("scoring store: the default until saved, then the saved model with its changes logged") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("s.revalign")));
    ScoringStore store(ws.db());
    CHECK_FALSE(store.hasStoredModel());
    CHECK(store.load() == defaultScoringModel());

    ScoringModel m = defaultScoringModel();
    m.threshold = 65;
    m.fit.pop_back();
    store.save(m, QStringLiteral("Dana"), QStringLiteral("agreed in the weekly sync"));
    CHECK(store.hasStoredModel());
    CHECK(store.load() == m);

    const std::vector<DefinitionChange> log = DefinitionStore(ws.db()).changeLog();
    std::vector<QString> fields;
    for (const DefinitionChange& c : log)
        if (c.entity == u"scoring")
            fields.push_back(c.field);
    std::sort(fields.begin(), fields.end());
    CHECK(fields == std::vector<QString>{QStringLiteral("fit"), QStringLiteral("threshold")});

    // Saving the same model again logs nothing new.
    const size_t before = DefinitionStore(ws.db()).changeLog().size();
    store.save(m, QStringLiteral("Dana"), {});
    CHECK(DefinitionStore(ws.db()).changeLog().size() == before);
}

TEST_CASE("scoring store: a model with problems is refused with every problem named, and nothing is saved") {
    CHECK(scoringModelProblems(defaultScoringModel()).isEmpty());

    ScoringModel m = defaultScoringModel();
    m.fit[0].label = QStringLiteral("  ");   // fit rule 1: no label
    m.fit[1].values = {QStringLiteral(" ")}; // title rule without keywords
    m.fit[2].minEmployees = 900;             // above its maximum
    m.fit[2].maxEmployees = 100;
    m.fit[3].minEmployees.reset(); // company size without bounds
    m.fit[3].maxEmployees.reset();
    m.engagement.push_back({QStringLiteral("Podcast"), QStringLiteral("podcast"), {}, {}, 3}); // unknown kind
    m.caps.push_back({QStringLiteral("no such group"), 10});
    m.caps.push_back({m.caps.front().group, -1}); // the same group capped twice, negatively
    m.halfLifeDays = 0;
    const QStringList problems = scoringModelProblems(m);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.size() == 9); // the twice-capped group with a negative cap is two problems
    CHECK(problems.contains(QStringLiteral("fit rule 1: give it a label")));
    CHECK(
        problems.contains(QStringLiteral("fit rule 2 (%1): list the values it matches").arg(m.fit[1].label)));
    CHECK(problems.contains(
        QStringLiteral("fit rule 3 (%1): the minimum is above the maximum").arg(m.fit[2].label)));
    CHECK(problems.contains(QStringLiteral("fit rule 4 (%1): give a minimum or a maximum number of employees")
                                .arg(m.fit[3].label)));
    CHECK(problems.contains(QStringLiteral("engagement rule %1 (Podcast): 'podcast' is not an activity kind")
                                .arg(m.engagement.size())));
    CHECK(problems.contains(QStringLiteral("cap for 'no such group': no engagement rule is in that group")));
    CHECK(problems.contains(QStringLiteral("the engagement half-life must be a positive number of days")));

    test::TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("s.revalign")));
    ScoringStore store(ws.db());
    const size_t logged = DefinitionStore(ws.db()).changeLog().size();
    CHECK_THROWS_WITH(
        store.save(m, QStringLiteral("Dana"), {}),
        Catch::Contains("the scoring model cannot be saved: the engagement half-life must be") &&
            Catch::Contains("; fit rule 1: give it a label"));
    CHECK_FALSE(store.hasStoredModel());
    CHECK(DefinitionStore(ws.db()).changeLog().size() == logged);
}
