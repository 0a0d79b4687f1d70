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
