#include "batch/importsink.h"
#include "import/importsession.h"

#include "testsupport.h"

#include <set>

using namespace revalign;

namespace {

// An ImportSink with no database behind it: what the pipeline hands over, in order. That the session
// runs against it at all is the point of docs/postgresql.md §6 (the pipeline never calls the store).
struct RecordingSink final : ImportSink {
    std::vector<std::string> calls; // begin, mark, release, rollback, finish, close, discard
    ImportBatchInfo info;
    ImportRules rules;
    std::vector<std::pair<qint64, std::string>> written; // (line, email) of every record written
    std::set<qint64> refuse;                             // lines whose write() is refused
    std::optional<ImportCounts> closedWith;
    QString fileHash;
    Field lastFailed = Field::Ignore;
    int flushes = 0;

    void mark() override { calls.push_back("mark"); }
    void rollbackToMark() override { calls.push_back("rollback"); }
    void releaseMark() override { calls.push_back("release"); }
    ImportBatchId begin(const ImportBatchInfo& i, const ImportRules& r) override {
        calls.push_back("begin");
        info = i;
        rules = r;
        return ImportBatchId{7};
    }
    std::optional<QString> write(const ImportRecord& record) override {
        written.emplace_back(record.line, record.text(Field::Email));
        if (refuse.count(record.line)) {
            lastFailed = Field::Email;
            return QStringLiteral("the store refused it");
        }
        lastFailed = Field::Ignore;
        return std::nullopt;
    }
    Field failedField() const override { return lastFailed; }
    void flush() override { ++flushes; }
    ImportSinkResult finish() override {
        calls.push_back("finish");
        ImportSinkResult r;
        r.counts.added = static_cast<qint64>(written.size()) - static_cast<qint64>(refuse.size());
        return r;
    }
    void close(ImportBatchId batch, const ImportCounts& counts, const QString& hash) override {
        calls.push_back("close");
        CHECK(batch == ImportBatchId{7});
        closedWith = counts;
        fileHash = hash;
    }
    void discard(ImportBatchId) override { calls.push_back("discard"); }
};

QString fixture() {
    return test::testData(QStringLiteral("import/hubspot-contacts.csv"));
}

} // namespace

TEST_CASE("import sink: a session hands every valid record to the sink and never needs a database") {
    ImportSession session(fixture(), ProfileCatalog::builtIn(), {});
    RecordingSink sink;
    const ImportResult result = session.write(sink);
    // 6 lines = header + 5 people (lines 2..6), all valid; the first rows settle every format, so one
    // pass writes them between a mark and its release.
    CHECK(result.rows == 5);
    CHECK(sink.calls == std::vector<std::string>{"mark", "begin", "finish", "close", "release"});
    REQUIRE(sink.written.size() == 5);
    CHECK(sink.written.front() == std::pair<qint64, std::string>{2, "ana@example.com"});
    CHECK(sink.written[1].second == "ben@example.com"); // lower-cased by the pipeline, not the store
    CHECK(sink.written.back().first == 6);
    CHECK(sink.flushes >= 1);
    // What the store gets of the profile: the rules, not the profile.
    CHECK(sink.rules.entity == ImportEntity::Contacts);
    CHECK(sink.rules.source == QStringLiteral("hubspot"));
    CHECK(sink.rules.matchEmail);
    CHECK_FALSE(sink.rules.mapsAsOf);
    CHECK(sink.info.fileName == QStringLiteral("hubspot-contacts.csv"));
    CHECK(sink.info.profile == QStringLiteral("hubspot-contacts"));
    REQUIRE(sink.closedWith);
    CHECK(*sink.closedWith == ImportCounts{5, 0, 0, 0});
    CHECK(sink.fileHash.size() == 64); // BLAKE2b-256, hex
    CHECK(result.batch == ImportBatchId{7});
    CHECK(result.written);
}

TEST_CASE("import sink: a row the sink refuses is an error naming the column of the field it names") {
    ImportSession session(fixture(), ProfileCatalog::builtIn(), {});
    RecordingSink sink;
    sink.refuse = {3}; // Ben, line 3 (line 1 is the header)
    const ImportResult result = session.write(sink);
    // 5 rows: 4 added by the sink, 1 refused -> invalid 1; the import is not written (all or nothing).
    REQUIRE(sink.closedWith);
    CHECK(*sink.closedWith == ImportCounts{4, 0, 0, 1});
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 3);
    CHECK(result.errors[0].column == 4); // Email is the 4th column of the header
    CHECK(result.errors[0].columnName == QStringLiteral("Email"));
    CHECK(result.errors[0].value == QStringLiteral("ben@example.com")); // the value as normalized
    CHECK(result.errors[0].reason == QStringLiteral("the store refused it"));
    CHECK_FALSE(result.written);
}

TEST_CASE("import sink: a profile's rules carry what the store needs of it") {
    ImportProfile p;
    p.entity = ImportEntity::Opportunities;
    p.source = QStringLiteral("salesforce");
    p.columns = {{QStringLiteral("Id"), Field::SourceId}, {QStringLiteral("Snapshot"), Field::AsOf}};
    ImportRules r = p.rules();
    CHECK(r.entity == ImportEntity::Opportunities);
    CHECK(r.source == QStringLiteral("salesforce"));
    CHECK(r.mapsAsOf);
    CHECK_FALSE(r.matchEmail); // matchKeys defaults to source_id only
    CHECK(r.effectiveOwnerRole() == QStringLiteral("sdr"));
    p.matchKeys << QStringLiteral("email");
    p.ownerRole = QStringLiteral("ae");
    p.columns.pop_back();
    r = p.rules();
    CHECK(r.matchEmail);
    CHECK_FALSE(r.mapsAsOf);
    CHECK(r.effectiveOwnerRole() == QStringLiteral("ae"));
}
