// Vendors' whole vocabularies (issue 11.2): every documented value of every built-in profile, one table
// row each. Sources: HubSpot's deal, forecast, lifecycle and lead-status properties (labels and internal
// values), Salesforce's OpportunityStage/ForecastCategoryName/ForecastCategory and Lead Status picklists,
// Pipedrive's deal status.
#include "importtesthelpers.h"

#include "import/recordmapper.h"

using namespace revalign;
using namespace revalign::test;

namespace {
CsvRecord record(const QStringList& fields, qint64 line) {
    CsvRecord r;
    for (const QString& f : fields) {
        r.data += f.toStdString();
        r.ends.push_back(static_cast<uint32_t>(r.data.size()));
    }
    r.line = line;
    return r;
}

// One row through a built-in profile's mapper, as an import reads it.
ImportRecord mapOne(const char* profileName, const QStringList& header, const QStringList& row,
                    std::vector<RowError>* errors = nullptr) {
    const ProfileCatalog catalog = ProfileCatalog::builtIn();
    const ImportProfile* profile = catalog.find(QString::fromLatin1(profileName));
    REQUIRE(profile);
    RecordMapper mapper(*profile, QStringLiteral("vocabulary.csv"), record(header, 1));
    const CsvRecord data = record(row, 2);
    mapper.sniff(data);
    REQUIRE(mapper.decideFormats().isEmpty());
    ImportRecord out;
    std::vector<RowError> local;
    const bool ok = mapper.map(data, out, errors ? *errors : local);
    INFO((local.empty() ? QString() : local.front().toString()).toStdString());
    if (!errors)
        REQUIRE(ok);
    return out;
}

QString text(const ImportRecord& r, Field f) {
    return r.has(f) ? r.qtext(f) : QStringLiteral("(unset)");
}
} // namespace

TEST_CASE("vocabulary: HubSpot forecast categories, labels and internal values") {
    const auto [value, category] = GENERATE(table<const char*, const char*>({
        {"Not forecasted", "omitted"}, // the value that made the whole file refused
        {"Pipeline", "pipeline"},
        {"Best case", "best_case"},
        {"Most likely", "best_case"}, // pipelines set up with it; see the profile's note
        {"Commit", "commit"},
        {"Closed won", "closed"},
        {"OMIT", "omitted"},
        {"PIPELINE", "pipeline"},
        {"BEST_CASE", "best_case"},
        {"MOST_LIKELY", "best_case"},
        {"COMMIT", "commit"},
        {"CLOSED", "closed"},
    }));
    INFO(value);
    const ImportRecord r = mapOne(
        "hubspot-deals",
        {QStringLiteral("Record ID"), QStringLiteral("Deal Name"), QStringLiteral("Forecast category")},
        {QStringLiteral("1"), QStringLiteral("A"), QString::fromUtf8(value)});
    CHECK(text(r, Field::ForecastCategory) == QString::fromLatin1(category));
}

TEST_CASE("vocabulary: HubSpot default deal stages by id and by label") {
    const auto [id, label, probability, closed, won] =
        GENERATE(table<const char*, const char*, double, int, int>({
            {"appointmentscheduled", "Appointment Scheduled", 0.2, -1, -1},
            {"qualifiedtobuy", "Qualified To Buy", 0.4, -1, -1},
            {"presentationscheduled", "Presentation Scheduled", 0.6, -1, -1},
            {"decisionmakerboughtin", "Decision Maker Bought-In", 0.8, -1, -1},
            {"contractsent", "Contract Sent", 0.9, -1, -1},
            {"closedwon", "Closed Won", -1, 1, 1},
            {"closedlost", "Closed Lost", -1, 1, 0},
        }));
    for (const char* written : {id, label}) {
        INFO(written);
        const ImportRecord r =
            mapOne("hubspot-deals",
                   {QStringLiteral("Record ID"), QStringLiteral("Deal Name"), QStringLiteral("Deal Stage")},
                   {QStringLiteral("1"), QStringLiteral("A"), QString::fromLatin1(written)});
        CHECK(text(r, Field::DealStage) == QString::fromLatin1(label));
        if (probability >= 0)
            CHECK(r.at(Field::Probability).real == probability);
        else
            CHECK_FALSE(r.has(Field::Probability)); // closed stages: the workspace's stage says 1 or 0
        if (closed >= 0) {
            CHECK(r.at(Field::IsClosed).number == closed);
            CHECK(r.at(Field::IsWon).number == won);
        }
    }
}

TEST_CASE("vocabulary: Salesforce ForecastCategoryName labels and ForecastCategory API values") {
    const auto [column, value, category] = GENERATE(table<const char*, const char*, const char*>({
        {"ForecastCategoryName", "Omitted", "omitted"},
        {"ForecastCategoryName", "Pipeline", "pipeline"},
        {"ForecastCategoryName", "Best Case", "best_case"},
        {"ForecastCategoryName", "Most Likely", "best_case"},
        {"ForecastCategoryName", "Commit", "commit"},
        {"ForecastCategoryName", "Closed", "closed"},
        {"ForecastCategory", "Omitted", "omitted"},
        {"ForecastCategory", "Pipeline", "pipeline"},
        {"ForecastCategory", "BestCase", "best_case"},
        {"ForecastCategory", "MostLikely", "best_case"},
        {"ForecastCategory", "Forecast", "commit"}, // the API value behind the label Commit
        {"ForecastCategory", "Closed", "closed"},
        {"Forecast Category", "Best Case", "best_case"}, // a report: labels under the label column
        {"Forecast Category", "Most Likely", "best_case"},
    }));
    INFO(column << " = " << value);
    const ImportRecord r = mapOne("salesforce-opportunities",
                                  {QStringLiteral("Id"), QStringLiteral("StageName"),
                                   QStringLiteral("CloseDate"), QString::fromLatin1(column)},
                                  {QStringLiteral("006A"), QStringLiteral("Prospecting"),
                                   QStringLiteral("2024-06-30"), QString::fromLatin1(value)});
    CHECK(text(r, Field::ForecastCategory) == QString::fromLatin1(category));
}

TEST_CASE("vocabulary: Salesforce's Most Likely is read as best_case, and each import says how many") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    const ImportResult r = importOne(ws, importFixture("salesforce-opportunities-forecast.csv"));
    INFO((r.errors.empty() ? QString() : r.errors[0].toString()).toStdString());
    REQUIRE(r.written);
    // 7 opportunities: Omitted, Pipeline, Best Case, Most Likely (x2), Commit, Closed -> best_case holds
    // 1 Best Case + 2 Most Likely = 3; Commit stays 1.
    CHECK(scalar(ws, "SELECT count(*) FROM opportunity WHERE forecast_category = 'best_case'") == 3);
    CHECK(scalar(ws, "SELECT count(*) FROM opportunity WHERE forecast_category = 'commit'") == 1);
    const QString note = r.notes.filter(QStringLiteral("Most Likely")).value(0);
    CHECK(
        note.startsWith(QStringLiteral("forecast_category: 'Most Likely' read as 'best_case' in 2 rows: ")));
}

TEST_CASE("vocabulary: Salesforce default opportunity stages take the workspace's stage definitions") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    const ImportResult r = importOne(ws, importFixture("salesforce-opportunities-default-stages.csv"));
    REQUIRE(r.written);
    REQUIRE(r.counts.added == 10);
    const auto [stage, probability, closed, won] = GENERATE(table<const char*, double, int, int>({
        {"Prospecting", 0.10, 0, 0},
        {"Qualification", 0.10, 0, 0},
        {"Needs Analysis", 0.20, 0, 0},
        {"Value Proposition", 0.50, 0, 0},
        {"Id. Decision Makers", 0.60, 0, 0},
        {"Perception Analysis", 0.70, 0, 0},
        {"Proposal/Price Quote", 0.75, 0, 0},
        {"Negotiation/Review", 0.90, 0, 0},
        {"Closed Won", 1.0, 1, 1},
        {"Closed Lost", 0.0, 1, 0},
    }));
    INFO(stage);
    Statement st(ws.db(), "SELECT probability, is_closed, is_won FROM opportunity WHERE stage = ?1");
    st.bind(1, QString::fromLatin1(stage));
    REQUIRE(st.step());
    CHECK(st.real(0) == probability);
    CHECK(st.int64(1) == closed);
    CHECK(st.int64(2) == won);
}

TEST_CASE("vocabulary: Pipedrive deal status open, won, lost") {
    const auto [status, closed, won] = GENERATE(table<const char*, int, int>({
        {"open", 0, 0},
        {"won", 1, 1},
        {"lost", 1, 0},
        {"deleted", 1, 0},
    }));
    INFO(status);
    const ImportRecord r =
        mapOne("pipedrive-deals",
               {QStringLiteral("Deal - ID"), QStringLiteral("Deal - Title"), QStringLiteral("Deal - Status")},
               {QStringLiteral("1"), QStringLiteral("A"), QString::fromLatin1(status)});
    CHECK(r.at(Field::IsClosed).number == closed);
    CHECK(r.at(Field::IsWon).number == won);
}

TEST_CASE("vocabulary: HubSpot lifecycle stages, internal values and labels") {
    const auto [value, stage] = GENERATE(table<const char*, const char*>({
        {"subscriber", "lead"},
        {"lead", "lead"},
        {"marketingqualifiedlead", "mql"},
        {"salesqualifiedlead", "sql"},
        {"opportunity", "opportunity"},
        {"customer", "customer"},
        {"evangelist", "customer"},
        {"other", "none"},
        {"Subscriber", "lead"},
        {"Lead", "lead"},
        {"Marketing Qualified Lead", "mql"},
        {"Sales Qualified Lead", "sql"},
        {"Opportunity", "opportunity"},
        {"Customer", "customer"},
        {"Evangelist", "customer"},
        {"Other", "none"},
    }));
    INFO(value);
    const ImportRecord r =
        mapOne("hubspot-contacts",
               {QStringLiteral("Record ID"), QStringLiteral("Email"), QStringLiteral("Lifecycle Stage")},
               {QStringLiteral("1"), QStringLiteral("a@example.com"), QString::fromLatin1(value)});
    CHECK(text(r, Field::LifecycleStage) == QString::fromLatin1(stage));
}

TEST_CASE("vocabulary: HubSpot lead statuses, labels and internal values") {
    const auto [value, status, reason] = GENERATE(table<const char*, const char*, const char*>({
        {"New", "pending", ""},
        {"Open", "pending", ""},
        {"In Progress", "accepted", ""},
        {"Open Deal", "accepted", ""},
        {"Attempted to Contact", "accepted", ""},
        {"Connected", "accepted", ""},
        {"Unqualified", "rejected", "Unqualified"},
        {"Bad Timing", "rejected", "Bad Timing"},
        {"NEW", "pending", ""},
        {"OPEN", "pending", ""},
        {"IN_PROGRESS", "accepted", ""},
        {"OPEN_DEAL", "accepted", ""},
        {"ATTEMPTED_TO_CONTACT", "accepted", ""},
        {"CONNECTED", "accepted", ""},
        {"UNQUALIFIED", "rejected", "Unqualified"},
        {"BAD_TIMING", "rejected", "Bad Timing"},
    }));
    INFO(value);
    const ImportRecord r =
        mapOne("hubspot-contacts",
               {QStringLiteral("Record ID"), QStringLiteral("Email"), QStringLiteral("Lead Status")},
               {QStringLiteral("1"), QStringLiteral("a@example.com"), QString::fromLatin1(value)});
    CHECK(text(r, Field::HandoffStatus) == QString::fromLatin1(status));
    CHECK(r.qtext(Field::RejectionReason) == QString::fromLatin1(reason));
}

TEST_CASE("vocabulary: Salesforce lead statuses, the default picklist and common edits") {
    const auto [value, status, stage, reason] =
        GENERATE(table<const char*, const char*, const char*, const char*>({
            {"Open - Not Contacted", "pending", "mql", ""},
            {"Working - Contacted", "accepted", "sal", ""},
            {"Closed - Converted", "accepted", "sql", ""},
            {"Closed - Not Converted", "rejected", "mql", "Closed - Not Converted"},
            {"New", "pending", "mql", ""},
            {"Working", "accepted", "sal", ""},
            {"Qualified", "accepted", "sql", ""},
            {"Unqualified", "rejected", "mql", "Unqualified"},
        }));
    INFO(value);
    const ImportRecord r = mapOne("salesforce-leads",
                                  {QStringLiteral("Id"), QStringLiteral("Status"),
                                   QStringLiteral("IsConverted"), QStringLiteral("Email")},
                                  {QStringLiteral("00Q1"), QString::fromLatin1(value),
                                   QStringLiteral("false"), QStringLiteral("a@example.com")});
    CHECK(text(r, Field::HandoffStatus) == QString::fromLatin1(status));
    CHECK(text(r, Field::LifecycleStage) == QString::fromLatin1(stage));
    CHECK(r.qtext(Field::RejectionReason) == QString::fromLatin1(reason));
}

TEST_CASE("vocabulary: Marketo lead statuses") {
    const auto [value, status] = GENERATE(table<const char*, const char*>({
        {"New", "pending"},
        {"Open", "pending"},
        {"Working", "accepted"},
        {"Contacted", "accepted"},
        {"Qualified", "accepted"},
        {"Disqualified", "rejected"},
        {"Recycled", "rejected"},
        {"Nurture", "none"}, // anything else: no handoff decision
    }));
    INFO(value);
    const ImportRecord r = mapOne("marketo-leads",
                                  {QStringLiteral("Id"), QStringLiteral("Email Address"),
                                   QStringLiteral("Lead Score"), QStringLiteral("Lead Status")},
                                  {QStringLiteral("1"), QStringLiteral("a@example.com"), QStringLiteral("10"),
                                   QString::fromLatin1(value)});
    CHECK(text(r, Field::HandoffStatus) == QString::fromLatin1(status));
}
