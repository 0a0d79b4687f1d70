#include "store/demostore.h"

namespace revalign {

namespace {
// The demo's INSERTs bind every parameter from values that live until the row is stepped: text without a
// copy (bindView), and the bindings are not cleared between rows (all are rebound). Copying each value
// was a visible share of a 1M-contact load, as was clearing the bindings.
// 0 is "no such row / no such time" in the demo rows.
void bindIdOrNull(Statement& st, int index, qint64 value) {
    if (value == 0)
        st.bindNull(index);
    else
        st.bind(index, value);
}

void insertRow(Statement& st) {
    st.run(Statement::Bindings::Keep);
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
                         "campaign_id, kind, team) VALUES (?, 'demo', ?, ?, ?, ?, ?, ?, ?)")
        , dealState(
              db, "INSERT INTO deal_state(opportunity_id, valid_from, valid_to, origin, stage, amount_cents, "
                  "close_date, probability, forecast_category, owner_id, status) "
                  "VALUES (?, ?, ?, 'snapshot', ?, ?, ?, ?, ?, ?, ?)") {}
    Statement account;
    Statement campaign;
    Statement contact;
    Statement stage;
    Statement opportunity;
    Statement touchpoint;
    Statement dealState;
    std::unique_ptr<Transaction> tx;
};

DemoStore::DemoStore(Database& db)
    : m_db(db) {}

DemoStore::~DemoStore() = default;

std::vector<DemoDealStage> DemoStore::dealStages() {
    std::vector<DemoDealStage> out;
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
    Statement& st = m_st->account;
    st.bind(1, r.id);
    st.bindView(2, r.sourceId);
    st.bindView(3, r.name);
    st.bindView(4, r.domain);
    st.bindView(5, r.industry);
    st.bind(6, r.employees);
    st.bindView(7, r.country);
    st.bindView(8, r.segment);
    insertRow(st);
}

void DemoStore::insertCampaign(const DemoCampaignRow& r) {
    Statement& st = m_st->campaign;
    st.bind(1, r.id);
    st.bindView(2, r.sourceId);
    st.bindView(3, r.name);
    st.bindView(4, r.channel);
    st.bind(5, r.costCents);
    st.bindView(6, r.startDate);
    st.bindView(7, r.endDate);
    insertRow(st);
}

void DemoStore::insertContact(const DemoContactRow& r) {
    Statement& st = m_st->contact;
    st.bind(1, r.id);
    st.bindView(2, r.sourceId);
    st.bindView(3, r.email);
    st.bindView(4, r.firstName);
    st.bindView(5, r.lastName);
    st.bindView(6, r.title);
    bindIdOrNull(st, 7, r.accountId);
    bindIdOrNull(st, 8, r.personaId);
    st.bindView(9, r.channel);
    bindIdOrNull(st, 10, r.campaignId);
    bindIdOrNull(st, 11, r.ownerId);
    st.bind(12, r.score);
    st.bind(13, r.createdAt);
    st.bindView(14, r.handoffStatus);
    bindIdOrNull(st, 15, r.handoffDecidedAt);
    st.bindView(16, r.rejectionReason);
    bindIdOrNull(st, 17, r.firstSalesTouchAt);
    insertRow(st);
}

void DemoStore::insertStage(qint64 contactId, qint64 stageId, qint64 enteredAt) {
    Statement& st = m_st->stage;
    st.bind(1, contactId);
    st.bind(2, stageId);
    st.bind(3, enteredAt);
    insertRow(st);
}

void DemoStore::insertOpportunity(const DemoOpportunityRow& r) {
    Statement& st = m_st->opportunity;
    st.bind(1, r.id);
    st.bindView(2, r.sourceId);
    bindIdOrNull(st, 3, r.accountId);
    bindIdOrNull(st, 4, r.contactId);
    bindIdOrNull(st, 5, r.ownerId);
    bindIdOrNull(st, 6, r.campaignId);
    st.bindView(7, r.name);
    st.bind(8, r.amountCents);
    st.bindView(9, r.stage);
    st.bind(10, r.probability);
    st.bindView(11, r.forecastCategory);
    st.bind(12, r.createdAt);
    st.bindView(13, r.closeDate);
    st.bind(14, r.isClosed ? 1 : 0);
    st.bind(15, r.isWon ? 1 : 0);
    st.bindView(16, r.sourcedBy);
    st.bindView(17, r.channel);
    insertRow(st);
}

void DemoStore::insertTouchpoint(const DemoTouchpointRow& r) {
    Statement& st = m_st->touchpoint;
    st.bind(1, r.id);
    st.bindView(2, r.sourceId);
    st.bind(3, r.contactId);
    st.bind(4, r.occurredAt);
    st.bindView(5, r.channel);
    bindIdOrNull(st, 6, r.campaignId);
    st.bindView(7, r.kind);
    st.bindView(8, r.team);
    insertRow(st);
}

void DemoStore::insertDealState(const DemoDealStateRow& r) {
    Statement& st = m_st->dealState;
    st.bind(1, r.opportunityId);
    st.bind(2, r.validFrom);
    bindIdOrNull(st, 3, r.validTo);
    st.bindView(4, r.stage);
    st.bind(5, r.amountCents);
    st.bindView(6, r.closeDate);
    st.bind(7, r.probability);
    st.bindView(8, r.forecastCategory);
    bindIdOrNull(st, 9, r.ownerId);
    st.bindView(10, r.status);
    insertRow(st);
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
