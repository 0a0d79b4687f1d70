// Issue 11 point 8: unknown deal stages are named, not swallowed. Won/lost vocabularies map by themselves,
// is_won/is_closed columns win, any other new stage is an open stage "not yet defined" until someone
// defines it; defining it moves its deals along and is logged like every definition change.
#include "../import/importtesthelpers.h"

#include "domain/dealstage.h"
#include "store/definitionstore.h"
#include "store/factstore.h"
#include "store/importstore.h"

#include <QFile>

using namespace revalign;
using namespace revalign::test;

namespace {
using Fresh = FreshWorkspace;

ImportOptions pipelineProfile() {
    ImportOptions o;
    o.profile = testData(QStringLiteral("import/profiles/sales-pipeline.json"));
    return o;
}

const DealStage* stageNamed(const std::vector<DealStage>& stages, const char* name) {
    for (const DealStage& s : stages)
        if (s.name == QLatin1String(name))
            return &s;
    return nullptr;
}
} // namespace

TEST_CASE("deal stages: the CRMs' won and lost words read as won and lost") {
    struct Case {
        const char* name;
        std::optional<DealStageOutcome> outcome;
    };
    const Case c = GENERATE(values<Case>({{"Won", DealStageOutcome::Won},
                                          {"Closed Won", DealStageOutcome::Won},
                                          {"closedwon", DealStageOutcome::Won},
                                          {"CLOSED_WON", DealStageOutcome::Won},
                                          {"Closed - Won", DealStageOutcome::Won},
                                          {"Lost", DealStageOutcome::Lost},
                                          {"Closed Lost", DealStageOutcome::Lost},
                                          {"closedlost", DealStageOutcome::Lost},
                                          {"Engaging", std::nullopt},
                                          {"Won't buy", std::nullopt},
                                          {"Open", std::nullopt}}));
    INFO(c.name);
    CHECK(commonStageOutcome(QString::fromLatin1(c.name)) == c.outcome);
}

TEST_CASE("deal stages: a deals-only export's own stages are named, counted and kept open until defined") {
    Fresh f;
    const ImportResult r = importOne(f.ws, importFixture("sales-pipeline.csv"), pipelineProfile());
    CHECK(r.counts.added == 13);
    // Won x5 -> the workspace's Closed Won, Lost x2 -> Closed Lost, Prospecting x2 is known;
    // Engaging x3 and Negotiating x1 are new: named in the findings, sorted by name
    REQUIRE(r.findings.undefinedStages.size() == 2);
    CHECK(r.findings.undefinedStages[0] == UndefinedStage{QStringLiteral("Engaging"), 3, true});
    CHECK(r.findings.undefinedStages[1] == UndefinedStage{QStringLiteral("Negotiating"), 1, true});
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE stage = 'Closed Won' AND is_won = 1") == 5);
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE stage = 'Closed Lost' AND is_closed = 1 AND "
                       "is_won = 0") == 2);
    // 13 deals - 5 won - 2 lost = 6 open (their stage says nothing else)
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE is_closed = 0") == 6);
    // The 10 default stages plus the 2 new ones, which belong to this import until defined.
    const std::vector<DealStage> stages = DefinitionStore(f.ws.db()).dealStages();
    CHECK(stages.size() == 12);
    const DealStage* engaging = stageNamed(stages, "Engaging");
    REQUIRE(engaging);
    CHECK(!engaging->defined);
    CHECK(engaging->outcome == DealStageOutcome::Open);
    CHECK(engaging->deals == 3);
    CHECK(scalar(f.ws, "SELECT count(*) FROM deal_stage WHERE batch_id IS NOT NULL") == 2);
    const FactSnapshot facts = FactStore(f.ws).load();
    const qint32 code = facts->dealStages.codeOf(QStringLiteral("Engaging"));
    REQUIRE(code > 0);
    CHECK(facts->dealStageDefined[size_t(code)] == 0);
    CHECK(facts->dealStageDefined[size_t(facts->dealStages.codeOf(QStringLiteral("Prospecting")))] == 1);
    // Importing again names them again (still undefined) and adds nothing.
    const ImportResult again = importOne(f.ws, importFixture("sales-pipeline.csv"), pipelineProfile());
    REQUIRE(again.findings.undefinedStages.size() == 2);
    CHECK(!again.findings.undefinedStages[0].added);
    CHECK(DefinitionStore(f.ws.db()).dealStages().size() == 12);
    // Undo of the first import takes its stages away with its deals.
    ImportStore(f.ws.db()).undoLastBatch();
    CHECK(DefinitionStore(f.ws.db()).dealStages().size() == 10);
}

TEST_CASE("deal stages: is_won and is_closed columns win over the stage") {
    Fresh f;
    TempDir dir;
    const QString csv = dir.path(QStringLiteral("deals.csv"));
    // a custom closed-won stage, and a "Closed Won" deal the CRM marks lost (its flags are the record)
    writeFile(csv, "Id,StageName,CloseDate,IsClosed,IsWon,Amount\n"
                   "006S1,Signed,2024-03-01,1,1,100\n"
                   "006S2,Closed Won,2024-03-02,1,0,200\n"
                   "006S3,Signed,2024-03-03,,,300\n");
    const ImportResult r = importOne(f.ws, csv);
    CHECK(r.profile == u"salesforce-opportunities");
    CHECK(scalar(f.ws, "SELECT is_closed * 10 + is_won FROM opportunity WHERE source_id = '006S1'") == 11);
    CHECK(scalar(f.ws, "SELECT is_closed * 10 + is_won FROM opportunity WHERE source_id = '006S2'") == 10);
    // "Signed" is new: named, and an open stage until someone defines it; a deal in it without flags of
    // its own is open
    REQUIRE(r.findings.undefinedStages.size() == 1);
    CHECK(r.findings.undefinedStages[0].stage == u"Signed");
    CHECK(r.findings.undefinedStages[0].count == 2);
    CHECK(scalar(f.ws, "SELECT is_closed FROM deal_stage WHERE name = 'Signed'") == 0);
    CHECK(scalar(f.ws, "SELECT is_closed * 10 + is_won FROM opportunity WHERE source_id = '006S3'") == 0);
}

TEST_CASE("deal stages: defining a stage is logged and moves its deals along") {
    Fresh f;
    importOne(f.ws, importFixture("sales-pipeline.csv"), pipelineProfile());
    DefinitionStore defs(f.ws.db());
    DealStage engaging = *stageNamed(defs.dealStages(), "Engaging");
    engaging.probability = 0.4;
    engaging.forecast = ForecastCategory::BestCase;
    engaging.position = 2; // right after Prospecting
    // The 3 Engaging deals came with no probability or forecast of their own (NULL: "the stage's"), so
    // they follow through the fact table; nothing stored changes for them.
    CHECK(defs.saveDealStage(engaging, QStringLiteral("ann"), QStringLiteral("agreed in the sync")) == 0);
    std::vector<DealStage> stages = defs.dealStages();
    CHECK(stages[1].name == u"Engaging");
    CHECK(stages[1].defined);
    CHECK(stages[1].probability == 0.4);
    CHECK(scalar(f.ws, "SELECT count(*) FROM deal_stage WHERE name = 'Engaging' AND batch_id IS NULL") == 1);
    CHECK(scalar(f.ws, "SELECT count(*) FROM definition_change WHERE entity = 'deal_stage' AND entity_key = "
                       "'Engaging'") == 4); // position, probability, forecast_category, defined
    const FactSnapshot facts = FactStore(f.ws).load();
    const qint32 code = facts->dealStages.codeOf(QStringLiteral("Engaging"));
    CHECK(facts->dealStageDefined[size_t(code)] == 1);
    for (qsizetype j = 0; j < facts->opportunities.size(); ++j)
        if (facts->opportunities.dealStage[size_t(j)] == code)
            CHECK(facts->opportunities.probability[size_t(j)] == 0.4);

    // Negotiating turns out to mean lost: its one open deal closes, lost.
    DealStage negotiating = *stageNamed(defs.dealStages(), "Negotiating");
    negotiating.outcome = DealStageOutcome::Lost;
    negotiating.forecast = ForecastCategory::Omitted;
    CHECK(defs.saveDealStage(negotiating, QStringLiteral("ann"), QString()) == 1);
    CHECK(scalar(f.ws, "SELECT is_closed * 10 + is_won FROM opportunity WHERE source_id = 'NL3JZH1Z'") == 10);
    // A defined stage is the workspace's: undoing the import keeps it.
    ImportStore(f.ws.db()).undoLastBatch();
    CHECK(stageNamed(defs.dealStages(), "Negotiating"));
    CHECK(stageNamed(defs.dealStages(), "Engaging"));
}
