#include "store/demostore.h"

#include <sqlite3.h>

namespace revalign {

namespace {
// A prepared INSERT whose text is bound without a copy (SQLITE_STATIC): every insert binds every parameter
// from values that live until the row is stepped. Copying each value was a visible share of a 1M-contact
// load, as was clearing the bindings that are all rebound anyway.
class BulkInsert final {
public:
    BulkInsert(Database& db, const char* sql)
        : m_db(db) {
        if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
            SQLITE_OK)
            throw Error(db.errorMessage(sql));
    }
    ~BulkInsert() { sqlite3_finalize(m_stmt); }
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    void text(int index, std::string_view value) {
        if (value.data() == nullptr)
            sqlite3_bind_null(m_stmt, index);
        else
            sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
    }
    void integer(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void real(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
    // 0 is "no such row / no such time" in the demo rows.
    void idOrNull(int index, qint64 value) {
        if (value == 0)
            sqlite3_bind_null(m_stmt, index);
        else
            sqlite3_bind_int64(m_stmt, index, value);
    }
    void insert() {
        if (sqlite3_step(m_stmt) != SQLITE_DONE) {
            const QString message = m_db.errorMessage(sqlite3_sql(m_stmt));
            sqlite3_reset(m_stmt);
            throw Error(message);
        }
        sqlite3_reset(m_stmt);
    }

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};
} // namespace

struct DemoStore::Statements {
    explicit Statements(Database& db)
        : account(db,
                  "INSERT INTO account(id, source, source_id, name, domain, industry, employees, country, "
                  "segment) VALUES (?, 'demo', ?, ?, ?, ?, ?, ?, ?)")
        , campaign(db, "INSERT INTO campaign(id, source, source_id, name, channel, cost_cents, currency, "
                       "start_date, end_date) VALUES (?, 'demo', ?, ?, ?, ?, 'USD', ?, ?)")
        , contact(
              db,
              "INSERT INTO contact(id, source, source_id, email, first_name, last_name, title, "
              "account_id, persona_id, channel, campaign_id, owner_id, score, created_at, handoff_status, "
              "handoff_decided_at, rejection_reason, first_sales_touch_at) "
              "VALUES (?, 'demo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , stage(db, "INSERT INTO contact_stage(contact_id, stage_id, entered_at) VALUES (?, ?, ?)")
        , opportunity(db, "INSERT INTO opportunity(id, source, source_id, account_id, contact_id, owner_id, "
                          "campaign_id, name, amount_cents, currency, stage, probability, forecast_category, "
                          "created_at, close_date, is_closed, is_won, sourced_by, channel) "
                          "VALUES (?, 'demo', ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , touchpoint(db, "INSERT INTO touchpoint(id, source, source_id, contact_id, occurred_at, channel, "
                         "campaign_id, kind, team) VALUES (?, 'demo', ?, ?, ?, ?, ?, ?, ?)") {}
    BulkInsert account;
    BulkInsert campaign;
    BulkInsert contact;
    BulkInsert stage;
    BulkInsert opportunity;
    BulkInsert touchpoint;
    std::unique_ptr<Transaction> tx;
};

DemoStore::DemoStore(Database& db)
    : m_db(db) {}

DemoStore::~DemoStore() = default;

std::vector<DealStageRow> DemoStore::dealStages() {
    std::vector<DealStageRow> out;
    Statement st(m_db, "SELECT name, probability, forecast_category, is_closed, is_won FROM deal_stage "
                       "ORDER BY position");
    while (st.step())
        out.push_back({st.text(0).toStdString(), st.real(1), st.text(2).toStdString(), st.int32(3) != 0,
                       st.int32(4) != 0});
    return out;
}

void DemoStore::begin() {
    // Pragmas that change the journal or foreign keys must run outside a transaction.
    m_db.exec("PRAGMA foreign_keys = OFF");
    m_db.exec("PRAGMA journal_mode = MEMORY");
    m_db.exec("PRAGMA synchronous = OFF");
    m_db.exec("PRAGMA cache_size = -65536");
    auto tx = std::make_unique<Transaction>(m_db);
    m_st = std::make_unique<Statements>(m_db);
    m_st->tx = std::move(tx);
}

void DemoStore::insertAccount(const DemoAccountRow& r) {
    BulkInsert& st = m_st->account;
    st.integer(1, r.id);
    st.text(2, r.sourceId);
    st.text(3, r.name);
    st.text(4, r.domain);
    st.text(5, r.industry);
    st.integer(6, r.employees);
    st.text(7, r.country);
    st.text(8, r.segment);
    st.insert();
}

void DemoStore::insertCampaign(const DemoCampaignRow& r) {
    BulkInsert& st = m_st->campaign;
    st.integer(1, r.id);
    st.text(2, r.sourceId);
    st.text(3, r.name);
    st.text(4, r.channel);
    st.integer(5, r.costCents);
    st.text(6, r.startDate);
    st.text(7, r.endDate);
    st.insert();
}

void DemoStore::insertContact(const DemoContactRow& r) {
    BulkInsert& st = m_st->contact;
    st.integer(1, r.id);
    st.text(2, r.sourceId);
    st.text(3, r.email);
    st.text(4, r.firstName);
    st.text(5, r.lastName);
    st.text(6, r.title);
    st.idOrNull(7, r.accountId);
    st.idOrNull(8, r.personaId);
    st.text(9, r.channel);
    st.idOrNull(10, r.campaignId);
    st.idOrNull(11, r.ownerId);
    st.integer(12, r.score);
    st.integer(13, r.createdAt);
    st.text(14, r.handoffStatus);
    st.idOrNull(15, r.handoffDecidedAt);
    st.text(16, r.rejectionReason);
    st.idOrNull(17, r.firstSalesTouchAt);
    st.insert();
}

void DemoStore::insertStage(qint64 contactId, qint64 stageId, qint64 enteredAt) {
    BulkInsert& st = m_st->stage;
    st.integer(1, contactId);
    st.integer(2, stageId);
    st.integer(3, enteredAt);
    st.insert();
}

void DemoStore::insertOpportunity(const DemoOpportunityRow& r) {
    BulkInsert& st = m_st->opportunity;
    st.integer(1, r.id);
    st.text(2, r.sourceId);
    st.idOrNull(3, r.accountId);
    st.idOrNull(4, r.contactId);
    st.idOrNull(5, r.ownerId);
    st.idOrNull(6, r.campaignId);
    st.text(7, r.name);
    st.integer(8, r.amountCents);
    st.text(9, r.stage);
    st.real(10, r.probability);
    st.text(11, r.forecastCategory);
    st.integer(12, r.createdAt);
    st.text(13, r.closeDate);
    st.integer(14, r.isClosed ? 1 : 0);
    st.integer(15, r.isWon ? 1 : 0);
    st.text(16, r.sourcedBy);
    st.text(17, r.channel);
    st.insert();
}

void DemoStore::insertTouchpoint(const DemoTouchpointRow& r) {
    BulkInsert& st = m_st->touchpoint;
    st.integer(1, r.id);
    st.text(2, r.sourceId);
    st.integer(3, r.contactId);
    st.integer(4, r.occurredAt);
    st.text(5, r.channel);
    st.idOrNull(6, r.campaignId);
    st.text(7, r.kind);
    st.text(8, r.team);
    st.insert();
}

void DemoStore::finish() {
    m_st->tx->commit();
    m_st.reset(); // statements must be finalised before the journal mode can change
    m_db.exec("PRAGMA cache_size = -2000");
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
    m_db.exec("PRAGMA foreign_keys = ON");
}

void DemoStore::stampDefinitionLog(qint64 definitionsAt, qint64 targetsAt) {
    Statement st(m_db, "UPDATE definition_change SET at = CASE WHEN entity = 'kpi' THEN ? ELSE ? END");
    st.bind(1, targetsAt).bind(2, definitionsAt);
    st.step();
}

} // namespace revalign
