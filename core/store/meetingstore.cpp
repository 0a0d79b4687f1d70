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

QDateTime timeOrInvalid(const Statement& st, int column) {
    return st.isNull(column) ? QDateTime() : QDateTime::fromSecsSinceEpoch(st.int64(column), Qt::UTC);
}

constexpr const char* kNoteColumns =
    "SELECT id, meeting_id, team, author, text, created_at, version, updated_by, "
    "updated_at FROM meeting_note ";
constexpr const char* kItemColumns =
    "SELECT a.id, a.meeting_id, m.held_on, a.team, a.owner, a.text, a.due_on, "
    "a.done_on, a.version, a.updated_by, a.updated_at "
    "FROM action_item a JOIN meeting m ON m.id = a.meeting_id ";

MeetingNote noteFrom(const Statement& st) {
    MeetingNote n{st.int64(0), st.int64(1), teamFromKey(st.text(2)).value_or(Team::Shared),
                  st.text(3),  st.text(4),  QDateTime::fromSecsSinceEpoch(st.int64(5), Qt::UTC)};
    n.version = st.int64(6);
    n.updatedBy = st.text(7);
    n.updatedAt = timeOrInvalid(st, 8);
    return n;
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
    a.version = st.int64(8);
    a.updatedBy = st.text(9);
    a.updatedAt = timeOrInvalid(st, 10);
    return a;
}

// After a versioned UPDATE or DELETE of `mine`: saved when it changed a row, otherwise a conflict with the
// row as it is now (or gone). `read` fetches the row by id.
template <typename Row, typename Read>
WriteResult<Row> outcome(Database& db, const Row& mine, Read read, bool removal) {
    WriteResult<Row> r;
    r.mine = mine;
    const bool changed = db.changes() > 0;
    const std::optional<Row> now = read(mine.id);
    if (changed) {
        r.status = WriteStatus::Saved;
        if (now)
            r.stored = *now;
    } else if (!now) {
        // Removing what is already gone is what the caller wanted: nothing is lost.
        r.status = removal ? WriteStatus::Saved : WriteStatus::DeletedMeanwhile;
    } else {
        r.status = WriteStatus::ChangedMeanwhile;
        r.stored = *now;
    }
    return r;
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

qint64 MeetingStore::addNote(const MeetingNote& n, const QString& who) {
    Statement st(m_db, "INSERT INTO meeting_note(meeting_id, team, author, text, created_at, updated_by, "
                       "updated_at) VALUES (?,?,?,?,?,?,?) RETURNING id");
    const QDateTime at = n.createdAt.isValid() ? n.createdAt : QDateTime::currentDateTimeUtc();
    st.bind(1, n.meetingId).bind(2, toKey(n.team)).bind(3, nonNull(n.author)).bind(4, nonNull(n.text));
    st.bind(5, at.toSecsSinceEpoch()).bind(6, nonNull(who)).bind(7, at.toSecsSinceEpoch());
    return st.runReturningId();
}

WriteResult<MeetingNote> MeetingStore::updateNote(const MeetingNote& mine, const QString& who) {
    Statement st(m_db,
                 "UPDATE meeting_note SET team = ?, author = ?, text = ?, updated_by = ?, updated_at = ?, "
                 "version = version + 1 WHERE id = ? AND version = ?");
    st.bind(1, toKey(mine.team))
        .bind(2, nonNull(mine.author))
        .bind(3, nonNull(mine.text))
        .bind(4, nonNull(who));
    st.bind(5, QDateTime::currentSecsSinceEpoch()).bind(6, mine.id).bind(7, mine.version).run();
    return outcome(
        m_db, mine, [this](qint64 id) { return note(id); }, false);
}

WriteResult<MeetingNote> MeetingStore::removeNote(const MeetingNote& mine) {
    Statement st(m_db, "DELETE FROM meeting_note WHERE id = ? AND version = ?");
    st.bind(1, mine.id).bind(2, mine.version).run();
    return outcome(
        m_db, mine, [this](qint64 id) { return note(id); }, true);
}

std::vector<MeetingNote> MeetingStore::notes(qint64 meetingId) {
    std::vector<MeetingNote> out;
    Statement st(m_db, std::string(kNoteColumns) + "WHERE meeting_id = ? ORDER BY created_at, id");
    st.bind(1, meetingId);
    while (st.step())
        out.push_back(noteFrom(st));
    return out;
}

std::optional<MeetingNote> MeetingStore::note(qint64 noteId) {
    Statement st(m_db, std::string(kNoteColumns) + "WHERE id = ?");
    st.bind(1, noteId);
    if (!st.step())
        return std::nullopt;
    return noteFrom(st);
}

qint64 MeetingStore::addActionItem(const ActionItem& a, const QString& who) {
    Statement st(m_db, "INSERT INTO action_item(meeting_id, team, owner, text, due_on, done_on, updated_by, "
                       "updated_at) VALUES (?,?,?,?,?,?,?,?) RETURNING id");
    st.bind(1, a.meetingId).bind(2, toKey(a.team)).bind(3, nonNull(a.owner)).bind(4, nonNull(a.text));
    st.bind(5, isoOrNull(a.dueOn)).bind(6, isoOrNull(a.doneOn)).bind(7, nonNull(who));
    st.bind(8, QDateTime::currentSecsSinceEpoch());
    return st.runReturningId();
}

WriteResult<ActionItem> MeetingStore::setDone(const ActionItem& seen, const QDate& doneOn,
                                              const QString& who) {
    ActionItem mine = seen;
    mine.doneOn = doneOn;
    Statement st(m_db, "UPDATE action_item SET done_on = ?, updated_by = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?");
    st.bind(1, isoOrNull(doneOn)).bind(2, nonNull(who)).bind(3, QDateTime::currentSecsSinceEpoch());
    st.bind(4, seen.id).bind(5, seen.version).run();
    return outcome(
        m_db, mine, [this](qint64 id) { return actionItem(id); }, false);
}

WriteResult<ActionItem> MeetingStore::updateActionItem(const ActionItem& a, const QString& who) {
    Statement st(m_db, "UPDATE action_item SET team = ?, owner = ?, text = ?, due_on = ?, done_on = ?, "
                       "updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?");
    st.bind(1, toKey(a.team)).bind(2, nonNull(a.owner)).bind(3, nonNull(a.text)).bind(4, isoOrNull(a.dueOn));
    st.bind(5, isoOrNull(a.doneOn)).bind(6, nonNull(who)).bind(7, QDateTime::currentSecsSinceEpoch());
    st.bind(8, a.id).bind(9, a.version).run();
    return outcome(
        m_db, a, [this](qint64 id) { return actionItem(id); }, false);
}

WriteResult<ActionItem> MeetingStore::removeActionItem(const ActionItem& mine) {
    Statement st(m_db, "DELETE FROM action_item WHERE id = ? AND version = ?");
    st.bind(1, mine.id).bind(2, mine.version).run();
    return outcome(
        m_db, mine, [this](qint64 id) { return actionItem(id); }, true);
}

std::optional<ActionItem> MeetingStore::actionItem(qint64 itemId) {
    Statement st(m_db, std::string(kItemColumns) + "WHERE a.id = ?");
    st.bind(1, itemId);
    if (!st.step())
        return std::nullopt;
    return itemFrom(st);
}

std::vector<ActionItem> MeetingStore::actionItemsFor(const QDate& day) {
    std::vector<ActionItem> out;
    Statement st(m_db,
                 std::string(kItemColumns) +
                     "WHERE m.held_on = ?1 OR (m.held_on < ?1 AND (a.done_on IS NULL OR a.done_on >= ?1)) "
                     "ORDER BY a.done_on IS NOT NULL, m.held_on, a.id");
    st.bind(1, day.toString(Qt::ISODate));
    while (st.step())
        out.push_back(itemFrom(st));
    return out;
}

std::vector<ActionItem> MeetingStore::actionItemsBetween(const QDate& from, const QDate& to) {
    std::vector<ActionItem> out;
    Statement st(m_db, std::string(kItemColumns) +
                           "WHERE m.held_on <= ?2 AND (a.done_on IS NULL OR a.done_on >= ?1) "
                           "ORDER BY a.done_on IS NOT NULL, m.held_on, a.id");
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    while (st.step())
        out.push_back(itemFrom(st));
    return out;
}

} // namespace revalign
