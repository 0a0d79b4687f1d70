#include "store/meetingstore.h"

#include "store/database.h"

namespace revalign {

namespace {
QString isoOrNull(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString nonNull(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

ActionItem itemFrom(const Statement& st) {
    ActionItem a;
    a.id = st.int64(0);
    a.meetingId = st.int64(1);
    a.raisedOn = QDate::fromString(st.text(2), Qt::ISODate);
    a.team = teamFromKey(st.text(3)).value_or(Team::Shared);
    a.owner = st.text(4);
    a.text = st.text(5);
    a.dueOn = QDate::fromString(st.text(6), Qt::ISODate);
    a.doneOn = QDate::fromString(st.text(7), Qt::ISODate);
    return a;
}
} // namespace

Meeting MeetingStore::meetingOn(const QDate& day, const QString& title) {
    if (!day.isValid())
        throw Error(QStringLiteral("a meeting needs a valid date"));
    Statement insert(m_db,
                     "INSERT INTO meeting(held_on, title) VALUES (?, ?) ON CONFLICT(held_on) DO NOTHING");
    insert.bind(1, day.toString(Qt::ISODate)).bind(2, nonNull(title)).run();
    Statement st(m_db, "SELECT id, held_on, title FROM meeting WHERE held_on = ?");
    st.bind(1, day.toString(Qt::ISODate));
    st.step();
    return {st.int64(0), QDate::fromString(st.text(1), Qt::ISODate), st.text(2)};
}

Meeting MeetingStore::findMeetingOn(const QDate& day) {
    Statement st(m_db, "SELECT id, held_on, title FROM meeting WHERE held_on = ?");
    st.bind(1, day.toString(Qt::ISODate));
    if (!st.step())
        return {0, day, QString()};
    return {st.int64(0), QDate::fromString(st.text(1), Qt::ISODate), st.text(2)};
}

std::vector<Meeting> MeetingStore::meetings() {
    std::vector<Meeting> out;
    Statement st(m_db, "SELECT id, held_on, title FROM meeting ORDER BY held_on DESC");
    while (st.step())
        out.push_back({st.int64(0), QDate::fromString(st.text(1), Qt::ISODate), st.text(2)});
    return out;
}

qint64 MeetingStore::addNote(const MeetingNote& n) {
    Statement st(m_db,
                 "INSERT INTO meeting_note(meeting_id, team, author, text, created_at) VALUES (?,?,?,?,?) "
                 "RETURNING id");
    const QDateTime at = n.createdAt.isValid() ? n.createdAt : QDateTime::currentDateTimeUtc();
    st.bind(1, n.meetingId).bind(2, toKey(n.team)).bind(3, nonNull(n.author)).bind(4, nonNull(n.text));
    st.bind(5, at.toSecsSinceEpoch());
    return st.runReturningId();
}

void MeetingStore::removeNote(qint64 noteId) {
    Statement st(m_db, "DELETE FROM meeting_note WHERE id = ?");
    st.bind(1, noteId).run();
}

std::vector<MeetingNote> MeetingStore::notes(qint64 meetingId) {
    std::vector<MeetingNote> out;
    Statement st(
        m_db, "SELECT id, meeting_id, team, author, text, created_at FROM meeting_note WHERE meeting_id = ? "
              "ORDER BY created_at, id");
    st.bind(1, meetingId);
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), teamFromKey(st.text(2)).value_or(Team::Shared), st.text(3),
                       st.text(4), QDateTime::fromSecsSinceEpoch(st.int64(5), Qt::UTC)});
    return out;
}

qint64 MeetingStore::addActionItem(const ActionItem& a) {
    Statement st(
        m_db, "INSERT INTO action_item(meeting_id, team, owner, text, due_on, done_on) VALUES (?,?,?,?,?,?) "
              "RETURNING id");
    st.bind(1, a.meetingId).bind(2, toKey(a.team)).bind(3, nonNull(a.owner)).bind(4, nonNull(a.text));
    st.bind(5, isoOrNull(a.dueOn)).bind(6, isoOrNull(a.doneOn));
    return st.runReturningId();
}

void MeetingStore::setDone(qint64 itemId, const QDate& doneOn) {
    Statement st(m_db, "UPDATE action_item SET done_on = ? WHERE id = ?");
    st.bind(1, isoOrNull(doneOn)).bind(2, itemId).run();
}

void MeetingStore::updateActionItem(const ActionItem& a) {
    Statement st(
        m_db, "UPDATE action_item SET team = ?, owner = ?, text = ?, due_on = ?, done_on = ? WHERE id = ?");
    st.bind(1, toKey(a.team)).bind(2, nonNull(a.owner)).bind(3, nonNull(a.text)).bind(4, isoOrNull(a.dueOn));
    st.bind(5, isoOrNull(a.doneOn)).bind(6, a.id).run();
}

std::vector<ActionItem> MeetingStore::actionItemsFor(const QDate& day) {
    std::vector<ActionItem> out;
    Statement st(m_db, "SELECT a.id, a.meeting_id, m.held_on, a.team, a.owner, a.text, a.due_on, a.done_on "
                       "FROM action_item a JOIN meeting m ON m.id = a.meeting_id "
                       "WHERE m.held_on = ?1 OR (m.held_on < ?1 AND (a.done_on IS NULL OR a.done_on >= ?1)) "
                       "ORDER BY a.done_on IS NOT NULL, m.held_on, a.id");
    st.bind(1, day.toString(Qt::ISODate));
    while (st.step())
        out.push_back(itemFrom(st));
    return out;
}

std::vector<ActionItem> MeetingStore::actionItemsBetween(const QDate& from, const QDate& to) {
    std::vector<ActionItem> out;
    Statement st(m_db, "SELECT a.id, a.meeting_id, m.held_on, a.team, a.owner, a.text, a.due_on, a.done_on "
                       "FROM action_item a JOIN meeting m ON m.id = a.meeting_id "
                       "WHERE m.held_on <= ?2 AND (a.done_on IS NULL OR a.done_on >= ?1) "
                       "ORDER BY a.done_on IS NOT NULL, m.held_on, a.id");
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    while (st.step())
        out.push_back(itemFrom(st));
    return out;
}

} // namespace revalign
