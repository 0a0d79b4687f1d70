#include "store/recordstore.h"

#include "store/database.h"
#include "store/sqldialect.h"

#include <QDateTime>
#include <QLocale>

namespace revalign {

namespace {
QString isoTime(const Statement& st, int column) {
    return st.isNull(column) ? QString()
                             : QDateTime::fromSecsSinceEpoch(st.int64(column), Qt::UTC).toString(Qt::ISODate);
}

QString cents(const Statement& st, int column) {
    if (st.isNull(column))
        return {};
    const qint64 c = st.int64(column);
    return QStringLiteral("%1%2.%3")
        .arg(c < 0 ? QStringLiteral("-") : QString())
        .arg(std::abs(c) / 100)
        .arg(std::abs(c) % 100, 2, 10, QLatin1Char('0'));
}

std::string contactSql(const SqlDialect& dialect) {
    return "SELECT c.id, c.source, c.source_id, c.first_name, c.last_name, c.email, c.title, a.name, p.name, "
           "c.channel, k.name, o.name, c.created_at, c.handoff_status, c.rejection_reason, " +
           dialect.stagePath("c.id") +
           " FROM contact c LEFT JOIN account a ON a.id = c.account_id LEFT JOIN persona p ON p.id = "
           "c.persona_id"
           " LEFT JOIN campaign k ON k.id = c.campaign_id LEFT JOIN owner o ON o.id = c.owner_id WHERE c.id "
           "= ?";
}

constexpr std::string_view kOpportunitySql =
    "SELECT x.id, x.source, x.source_id, x.name, a.name, x.stage, x.amount_cents, x.probability,"
    " x.forecast_category, x.created_at, x.close_date, x.is_won, x.is_closed, x.sourced_by, x.channel, o.name"
    " FROM opportunity x LEFT JOIN account a ON a.id = x.account_id LEFT JOIN owner o ON o.id = x.owner_id"
    " WHERE x.id = ?";
} // namespace

QStringList RecordStore::contactHeaders() {
    return {QStringLiteral("id"),         QStringLiteral("source"),    QStringLiteral("source_id"),
            QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
            QStringLiteral("title"),      QStringLiteral("account"),   QStringLiteral("persona"),
            QStringLiteral("channel"),    QStringLiteral("campaign"),  QStringLiteral("owner"),
            QStringLiteral("created_at"), QStringLiteral("handoff"),   QStringLiteral("rejection_reason"),
            QStringLiteral("stages")};
}

QStringList RecordStore::opportunityHeaders() {
    return {QStringLiteral("id"),         QStringLiteral("source"),      QStringLiteral("source_id"),
            QStringLiteral("name"),       QStringLiteral("account"),     QStringLiteral("stage"),
            QStringLiteral("amount"),     QStringLiteral("probability"), QStringLiteral("forecast_category"),
            QStringLiteral("created_at"), QStringLiteral("close_date"),  QStringLiteral("won"),
            QStringLiteral("closed"),     QStringLiteral("sourced_by"),  QStringLiteral("channel"),
            QStringLiteral("owner")};
}

void RecordStore::forEachContact(const std::vector<qint64>& ids,
                                 const std::function<void(const QStringList&)>& emit) {
    Statement st(m_db, contactSql(m_db.dialect()));
    for (qint64 id : ids) {
        st.bind(1, id);
        if (st.step()) {
            QStringList row;
            for (int c = 0; c < 16; ++c)
                row << (c == 12 ? isoTime(st, c) : st.text(c));
            emit(row);
        }
        st.reset();
    }
}

void RecordStore::forEachOpportunity(const std::vector<qint64>& ids,
                                     const std::function<void(const QStringList&)>& emit) {
    Statement st(m_db, kOpportunitySql);
    for (qint64 id : ids) {
        st.bind(1, id);
        if (st.step()) {
            QStringList row;
            for (int c = 0; c < 16; ++c) {
                if (c == 6)
                    row << cents(st, c);
                else if (c == 9)
                    row << isoTime(st, c);
                else if (c == 11 || c == 12)
                    row << (st.int64(c) ? QStringLiteral("true") : QStringLiteral("false"));
                else
                    row << st.text(c);
            }
            emit(row);
        }
        st.reset();
    }
}

RecordTable RecordStore::contacts(const std::vector<qint64>& ids, qsizetype limit) {
    RecordTable t{contactHeaders(), {}, qint64(ids.size())};
    const std::vector<qint64> head(ids.begin(),
                                   ids.begin() + std::min<qsizetype>(limit, qsizetype(ids.size())));
    forEachContact(head, [&](const QStringList& row) { t.rows.push_back(row); });
    return t;
}

RecordTable RecordStore::opportunities(const std::vector<qint64>& ids, qsizetype limit) {
    RecordTable t{opportunityHeaders(), {}, qint64(ids.size())};
    const std::vector<qint64> head(ids.begin(),
                                   ids.begin() + std::min<qsizetype>(limit, qsizetype(ids.size())));
    forEachOpportunity(head, [&](const QStringList& row) { t.rows.push_back(row); });
    return t;
}

} // namespace revalign
