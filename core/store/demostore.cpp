#include "store/demostore.h"

namespace revalign {

namespace {
void text(Statement& st, int index, std::string_view value) {
    if (value.data() == nullptr)
        st.bindNull(index);
    else
        st.bind(index, value);
}

void idOrNull(Statement& st, int index, qint64 value) {
    if (value == 0)
        st.bindNull(index);
    else
        st.bind(index, value);
}

void insertRow(Statement& st) {
    st.step();
    st.reset();
}
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
              "INSERT INTO contact(id, source, source_id, email, first_name, last_name, title, account_id, "
              "persona_id, channel, campaign_id, owner_id, score, created_at, handoff_status, "
              "handoff_decided_at, rejection_reason, first_sales_touch_at) "
              "VALUES (?, 'demo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , stage(db, "INSERT INTO contact_stage(contact_id, stage_id, entered_at) VALUES (?, ?, ?)")
        , opportunity(db, "INSERT INTO opportunity(id, source, source_id, account_id, contact_id, owner_id, "
                          "campaign_id, name, amount_cents, currency, stage, probability, forecast_category, "
                          "created_at, close_date, is_closed, is_won, sourced_by, channel) "
                          "VALUES (?, 'demo', ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , touchpoint(db, "INSERT INTO touchpoint(id, source, source_id, contact_id, occurred_at, channel, "
                         "campaign_id, kind, team) VALUES (?, 'demo', ?, ?, ?, ?, ?, ?, ?)") {}
    Statement account;
    Statement campaign;
    Statement contact;
    Statement stage;
    Statement opportunity;
    Statement touchpoint;
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
    // Emails arrive in random order; building this index once at the end is much cheaper than keeping it
    // up to date row by row. Every other index receives keys in ascending order and stays.
    m_db.exec("DROP INDEX contact_email");
    m_st = std::make_unique<Statements>(m_db);
    m_st->tx = std::move(tx);
}

void DemoStore::insertAccount(const DemoAccountRow& r) {
    Statement& st = m_st->account;
    st.bind(1, r.id);
    text(st, 2, r.sourceId);
    text(st, 3, r.name);
    text(st, 4, r.domain);
    text(st, 5, r.industry);
    st.bind(6, r.employees);
    text(st, 7, r.country);
    text(st, 8, r.segment);
    insertRow(st);
}

void DemoStore::insertCampaign(const DemoCampaignRow& r) {
    Statement& st = m_st->campaign;
    st.bind(1, r.id);
    text(st, 2, r.sourceId);
    text(st, 3, r.name);
    text(st, 4, r.channel);
    st.bind(5, r.costCents);
    text(st, 6, r.startDate);
    text(st, 7, r.endDate);
    insertRow(st);
}

void DemoStore::insertContact(const DemoContactRow& r) {
    Statement& st = m_st->contact;
    st.bind(1, r.id);
    text(st, 2, r.sourceId);
    text(st, 3, r.email);
    text(st, 4, r.firstName);
    text(st, 5, r.lastName);
    text(st, 6, r.title);
    idOrNull(st, 7, r.accountId);
    idOrNull(st, 8, r.personaId);
    text(st, 9, r.channel);
    idOrNull(st, 10, r.campaignId);
    idOrNull(st, 11, r.ownerId);
    st.bind(12, r.score);
    st.bind(13, r.createdAt);
    text(st, 14, r.handoffStatus);
    idOrNull(st, 15, r.handoffDecidedAt);
    text(st, 16, r.rejectionReason);
    idOrNull(st, 17, r.firstSalesTouchAt);
    insertRow(st);
}

void DemoStore::insertStage(qint64 contactId, qint64 stageId, qint64 enteredAt) {
    Statement& st = m_st->stage;
    st.bind(1, contactId).bind(2, stageId).bind(3, enteredAt);
    insertRow(st);
}

void DemoStore::insertOpportunity(const DemoOpportunityRow& r) {
    Statement& st = m_st->opportunity;
    st.bind(1, r.id);
    text(st, 2, r.sourceId);
    idOrNull(st, 3, r.accountId);
    idOrNull(st, 4, r.contactId);
    idOrNull(st, 5, r.ownerId);
    idOrNull(st, 6, r.campaignId);
    text(st, 7, r.name);
    st.bind(8, r.amountCents);
    text(st, 9, r.stage);
    st.bind(10, r.probability);
    text(st, 11, r.forecastCategory);
    st.bind(12, r.createdAt);
    text(st, 13, r.closeDate);
    st.bind(14, r.isClosed ? 1 : 0);
    st.bind(15, r.isWon ? 1 : 0);
    text(st, 16, r.sourcedBy);
    text(st, 17, r.channel);
    insertRow(st);
}

void DemoStore::insertTouchpoint(const DemoTouchpointRow& r) {
    Statement& st = m_st->touchpoint;
    st.bind(1, r.id);
    text(st, 2, r.sourceId);
    st.bind(3, r.contactId);
    st.bind(4, r.occurredAt);
    text(st, 5, r.channel);
    idOrNull(st, 6, r.campaignId);
    text(st, 7, r.kind);
    text(st, 8, r.team);
    insertRow(st);
}

void DemoStore::finish() {
    m_db.exec("CREATE INDEX contact_email ON contact(email)");
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
