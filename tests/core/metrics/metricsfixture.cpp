#include "metricsfixture.h"

#include "store/database.h"
#include "store/factstore.h"

#include <QDateTime>

namespace revalign::test {

qint64 utc(const char* iso) {
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), QStringLiteral("yyyy-MM-ddTHH:mm"));
    REQUIRE(t.isValid());
    return QDateTime(t.date(), t.time(), Qt::UTC).toSecsSinceEpoch();
}

MetricsFixture::MetricsFixture()
    : m_ws(Workspace::create(m_dir.path(QStringLiteral("m.revalign")))) {}

void MetricsFixture::setCalendar(const QString& timeZone, std::set<QDate> holidays) {
    WorkspaceSettings s = m_ws.settings();
    s.calendar.timeZone = timeZone;
    s.calendar.holidays = std::move(holidays);
    m_ws.saveSettings(s, QStringLiteral("test"));
}

void MetricsFixture::setTarget(const char* kpiKey, const char* period, double value) {
    Statement st(m_ws.db(), "INSERT OR REPLACE INTO kpi_target(kpi_key, period, value) VALUES (?, ?, ?)");
    st.bind(1, std::string_view(kpiKey)).bind(2, std::string_view(period)).bind(3, value).run();
}

qint64 MetricsFixture::persona(const char* name) {
    Statement st(m_ws.db(), "INSERT INTO persona(name) VALUES (?)");
    st.bind(1, std::string_view(name)).run();
    return m_ws.db().lastInsertRowId();
}

qint64 MetricsFixture::owner(const char* name, const char* team) {
    Statement st(m_ws.db(), "INSERT INTO owner(name, role, team) VALUES (?, 'ae', ?)");
    st.bind(1, std::string_view(name)).bind(2, std::string_view(team)).run();
    return m_ws.db().lastInsertRowId();
}

qint64 MetricsFixture::account(const char* segment) {
    Statement st(m_ws.db(), "INSERT INTO account(source, source_id, segment) VALUES ('t', ?, ?)");
    st.bind(1, QString::number(++m_next)).bind(2, std::string_view(segment)).run();
    return m_ws.db().lastInsertRowId();
}

qint64 MetricsFixture::campaign(const char* name, const char* channel, qint64 costCents, const char* start,
                                const char* end) {
    Statement st(m_ws.db(), "INSERT INTO campaign(source, source_id, name, channel, cost_cents, start_date, "
                            "end_date) VALUES ('t', ?, ?, ?, ?, ?, ?)");
    st.bind(1, QString::number(++m_next)).bind(2, std::string_view(name)).bind(3, std::string_view(channel));
    st.bind(4, costCents);
    start ? st.bind(5, std::string_view(start)) : st.bindNull(5);
    end ? st.bind(6, std::string_view(end)) : st.bindNull(6);
    st.run();
    return m_ws.db().lastInsertRowId();
}

namespace {
void bindOpt(Statement& st, int i, qint64 id) {
    id ? st.bind(i, id) : st.bindNull(i);
}
void bindTime(Statement& st, int i, const char* iso) {
    iso ? st.bind(i, utc(iso)) : st.bindNull(i);
}
} // namespace

qint64 MetricsFixture::contact(const ContactSpec& c) {
    Statement st(m_ws.db(),
                 "INSERT INTO contact(source_id, created_at, channel, persona_id, owner_id, campaign_id, "
                 "account_id, handoff_status, handoff_decided_at, rejection_reason, first_sales_touch_at, "
                 "email, source) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, QString::number(++m_next));
    bindTime(st, 2, c.created);
    c.channel.isEmpty() ? st.bindNull(3) : st.bind(3, c.channel);
    bindOpt(st, 4, c.persona);
    bindOpt(st, 5, c.owner);
    bindOpt(st, 6, c.campaign);
    bindOpt(st, 7, c.account);
    st.bind(8, std::string_view(c.handoff));
    bindTime(st, 9, c.decided);
    c.reason.isEmpty() ? st.bindNull(10) : st.bind(10, c.reason);
    bindTime(st, 11, c.firstTouch);
    c.email.isEmpty() ? st.bindNull(12) : st.bind(12, c.email);
    st.bind(13, std::string_view(c.source));
    st.run();
    const qint64 id = m_ws.db().lastInsertRowId();
    Statement stage(m_ws.db(), "INSERT INTO contact_stage(contact_id, stage_id, entered_at) "
                               "SELECT ?, id, ? FROM funnel_stage WHERE key = ?");
    for (const auto& [key, at] : c.stages)
        stage.bind(1, id).bind(2, utc(at)).bind(3, key).run();
    return id;
}

qint64 MetricsFixture::opportunity(const OpportunitySpec& o) {
    Statement st(
        m_ws.db(),
        "INSERT INTO opportunity(source, source_id, contact_id, amount_cents, created_at, close_date, "
        "is_closed, is_won, sourced_by, stage, probability, forecast_category, owner_id, campaign_id) "
        "VALUES ('t', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, QString::number(++m_next));
    bindOpt(st, 2, o.contact);
    o.noAmount ? st.bindNull(3) : st.bind(3, o.amountCents);
    bindTime(st, 4, o.created);
    o.closeDate ? st.bind(5, std::string_view(o.closeDate)) : st.bindNull(5);
    st.bind(6, o.closed ? 1 : 0).bind(7, o.won ? 1 : 0).bind(8, std::string_view(o.sourcedBy));
    o.stage.isEmpty() ? st.bindNull(9) : st.bind(9, o.stage);
    st.bind(10, o.probability);
    o.forecast.isEmpty() ? st.bindNull(11) : st.bind(11, o.forecast);
    bindOpt(st, 12, o.owner);
    bindOpt(st, 13, o.campaign);
    st.run();
    return m_ws.db().lastInsertRowId();
}

QString MetricsFixture::sourceId(const char* table, qint64 id) {
    Statement st(m_ws.db(), std::string("SELECT source_id FROM ") + table + " WHERE id = ?");
    st.bind(1, id);
    REQUIRE(st.step());
    return st.text(0);
}

qint64 MetricsFixture::touchpoint(qint64 contact, const char* at, const char* kind) {
    Statement st(m_ws.db(), "INSERT INTO touchpoint(source, source_id, contact_id, occurred_at, kind, team) "
                            "VALUES ('t', ?, ?, ?, ?, 'marketing')");
    st.bind(1, QString::number(++m_next))
        .bind(2, contact)
        .bind(3, utc(at))
        .bind(4, std::string_view(kind))
        .run();
    return m_ws.db().lastInsertRowId();
}

FactSnapshot MetricsFixture::load() {
    return FactStore(m_ws).load();
}

} // namespace revalign::test
