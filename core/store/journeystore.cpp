#include "store/journeystore.h"

#include "domain/enums.h"
#include "store/workspace.h"

#include <QDate>
#include <QHash>

#include <algorithm>

namespace revalign {

namespace {
qint64 optTime(const Statement& st, int column) {
    return st.isNull(column) ? kNoJourneyTime : st.int64(column);
}

Source sourceOf(const QString& key) {
    switch (sourcedByFromKey(key).value_or(SourcedBy::Unknown)) {
    case SourcedBy::Marketing:
        return Source::Marketing;
    case SourcedBy::Sales:
        return Source::Sales;
    case SourcedBy::Partner:
        return Source::Partner;
    case SourcedBy::Unknown:
        break;
    }
    return Source::Unknown;
}

void loadContacts(Database& db, JourneyBuilder& builder) {
    JourneyTable& t = builder.table();
    Statement st(db, "SELECT c.id, c.created_at, coalesce(p.name, ''), coalesce(c.channel, ''), "
                     "coalesce(c.title, ''), coalesce(a.industry, ''), a.employees, coalesce(a.country, ''), "
                     "c.handoff_status "
                     "FROM contact c LEFT JOIN persona p ON p.id = c.persona_id "
                     "LEFT JOIN account a ON a.id = c.account_id ORDER BY c.id");
    while (st.step()) {
        const qint32 row = builder.addContact(st.int64(0), optTime(st, 1), st.text(2), st.text(3));
        t.title[size_t(row)] = st.text(4);
        t.industry[size_t(row)] = t.industries.intern(st.text(5));
        t.employees[size_t(row)] = st.isNull(6) ? -1 : st.int64(6);
        t.country[size_t(row)] = t.countries.intern(st.text(7));
        t.handoff[size_t(row)] = quint8(handoffStatusFromKey(st.text(8)).value_or(HandoffStatus::None));
    }
    // The first entry into any stage after Lead is the moment a score is judged at; reaching SQL or any
    // later stage counts for the SQL rate. A workspace without those stage keys simply has none.
    Statement stages(db,
                     "SELECT cs.contact_id, min(cs.entered_at), "
                     "coalesce(max(CASE WHEN fs.position >= (SELECT position FROM funnel_stage WHERE key = "
                     "'sql') THEN 1 ELSE 0 END), 0) "
                     "FROM contact_stage cs JOIN funnel_stage fs ON fs.id = cs.stage_id "
                     "WHERE fs.position > coalesce((SELECT position FROM funnel_stage WHERE key = 'lead'), "
                     "-1000000) GROUP BY cs.contact_id");
    while (stages.step()) {
        const qint32 row = t.contactRow(stages.int64(0));
        if (row < 0)
            continue;
        t.qualifiedAt[size_t(row)] = stages.int64(1);
        t.reachedSql[size_t(row)] = stages.int64(2) != 0 ? 1 : 0;
    }
}

void loadOpportunities(Database& db, JourneyBuilder& builder) {
    Statement st(db, "SELECT o.id, o.contact_id, o.created_at, o.close_date, coalesce(o.amount_cents, 0), "
                     "o.is_won, o.is_closed, o.sourced_by, coalesce(o.channel, ''), coalesce(w.name, '') "
                     "FROM opportunity o LEFT JOIN owner w ON w.id = o.owner_id ORDER BY o.id");
    while (st.step()) {
        const qint32 row = st.isNull(1) ? -1 : builder.table().contactRow(st.int64(1));
        const QDate close = QDate::fromString(st.text(3), Qt::ISODate);
        const DealOutcome outcome = st.int64(5) != 0   ? DealOutcome::Won
                                    : st.int64(6) != 0 ? DealOutcome::Lost
                                                       : DealOutcome::Open;
        builder.addOpportunity(st.int64(0), row, optTime(st, 2), st.int64(4), outcome,
                               close.isValid() ? qint32(close.toJulianDay()) : kNoDayNumber,
                               sourceOf(st.text(7)), st.text(8), st.text(9));
    }
}

void loadTouches(Database& db, JourneyTable& t) {
    QHash<qint64, qint32> campaignCode;
    Statement campaigns(db, "SELECT id, name FROM campaign");
    while (campaigns.step())
        campaignCode.insert(campaigns.int64(0), t.campaigns.intern(campaigns.text(1)));
    std::vector<qint64> perContact(t.contactId.size() + 1, 0);
    // The (contact_id, occurred_at) index plus the implicit rowid gives this order without a sort.
    Statement st(db, "SELECT contact_id, occurred_at, coalesce(channel, ''), campaign_id, kind, team "
                     "FROM touchpoint ORDER BY contact_id, occurred_at, id");
    qint64 lastContact = -1;
    qint32 row = -1;
    const QString sales = QStringLiteral("sales");
    while (st.step()) {
        if (st.int64(0) != lastContact) {
            lastContact = st.int64(0);
            row = t.contactRow(lastContact);
        }
        if (row < 0)
            continue;
        const qint64 at = st.int64(1);
        ++perContact[size_t(row)];
        t.touchAt.push_back(at);
        t.touchChannel.push_back(t.channels.intern(st.text(2)));
        t.touchCampaign.push_back(st.isNull(3) ? 0 : campaignCode.value(st.int64(3), 0));
        t.touchKind.push_back(t.kinds.intern(st.text(4)));
        t.touchTeam.push_back(quint8(st.text(5) == sales ? TouchTeam::Sales : TouchTeam::Marketing));
        t.asOf = std::max(t.asOf, at);
    }
    t.touchBegin.assign(t.contactId.size() + 1, 0);
    for (size_t r = 0; r < t.contactId.size(); ++r)
        t.touchBegin[r + 1] = t.touchBegin[r] + perContact[r];
}
} // namespace

JourneySnapshot JourneyStore::load() {
    Database& db = m_ws.db();
    JourneyBuilder builder;
    builder.table().currency = m_ws.settings().currency;
    // One read transaction: the columns come from one consistent state of the file.
    db.exec("BEGIN");
    try {
        loadContacts(db, builder);
        loadOpportunities(db, builder);
        std::shared_ptr<JourneyTable> table = builder.finish();
        loadTouches(db, *table);
        db.exec("COMMIT");
        return table;
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
}

} // namespace revalign
