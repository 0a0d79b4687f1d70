#include "store/dataspan.h"

#include "store/database.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace revalign {

namespace {
void widen(DataSpan& s, const Statement& st, int minColumn) {
    if (st.isNull(minColumn))
        return;
    const qint64 lo = st.int64(minColumn);
    const qint64 hi = st.int64(minColumn + 1);
    s.firstInstant = s.firstInstant == DataSpan::kNone ? lo : std::min(s.firstInstant, lo);
    s.lastInstant = s.lastInstant == DataSpan::kNone ? hi : std::max(s.lastInstant, hi);
}

void widenDate(DataSpan& s, const Statement& st, int minColumn) {
    for (int c = minColumn; c <= minColumn + 1; ++c) {
        if (st.isNull(c))
            continue;
        // Stored as ISO text ('YYYY-MM-DD', possibly with a time after it).
        const QDate d = QDate::fromString(st.text(c).left(10), Qt::ISODate);
        if (!d.isValid())
            continue;
        s.firstDate = s.firstDate.isValid() ? std::min(s.firstDate, d) : d;
        s.lastDate = s.lastDate.isValid() ? std::max(s.lastDate, d) : d;
    }
}
} // namespace

DataSpan readDataSpan(Database& db) {
    DataSpan s;
    {
        Statement st(db, "SELECT min(created_at), max(created_at), min(handoff_decided_at), "
                         "max(handoff_decided_at), min(first_sales_touch_at), max(first_sales_touch_at) "
                         "FROM contact");
        if (st.step())
            for (int c = 0; c < 6; c += 2)
                widen(s, st, c);
    }
    for (const char* sql : {"SELECT min(entered_at), max(entered_at) FROM contact_stage",
                            "SELECT min(occurred_at), max(occurred_at) FROM touchpoint",
                            "SELECT min(created_at), max(created_at) FROM opportunity"}) {
        Statement st(db, sql);
        if (st.step())
            widen(s, st, 0);
    }
    {
        Statement st(db, "SELECT min(close_date), max(close_date) FROM opportunity WHERE is_closed = 1");
        if (st.step())
            widenDate(s, st, 0);
    }
    {
        Statement st(db,
                     "SELECT min(start_date), max(start_date), min(end_date), max(end_date) FROM campaign");
        if (st.step()) {
            widenDate(s, st, 0);
            widenDate(s, st, 2);
        }
    }
    return s;
}

void DataSpan::localDays(const QString& timeZone, QDate& from, QDate& to) const {
    from = to = QDate();
    if (firstInstant != kNone) {
        const QTimeZone zone(timeZone.toUtf8());
        const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
        from = QDateTime::fromSecsSinceEpoch(firstInstant, z).date();
        to = QDateTime::fromSecsSinceEpoch(lastInstant, z).date();
    }
    if (firstDate.isValid()) {
        from = from.isValid() ? std::min(from, firstDate) : firstDate;
        to = to.isValid() ? std::max(to, lastDate) : lastDate;
    }
}

} // namespace revalign
