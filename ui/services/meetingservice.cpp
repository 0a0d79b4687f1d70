#include "services/meetingservice.h"

#include "store/meetingstore.h"
#include "store/workspace.h"

namespace revalign::ui {

MeetingService::MeetingService(QObject* parent)
    : QObject(parent) {}

MeetingService::~MeetingService() = default;

void MeetingService::open(const QString& workspacePath) {
    try {
        m_ws = std::make_unique<Workspace>(Workspace::open(workspacePath));
    } catch (const Error& e) {
        m_ws.reset();
        Q_EMIT failed(e.message());
    }
}

void MeetingService::close() {
    m_ws.reset();
}

// Reads never write (issue 10.2: the sync page inserted a meeting row on open, so even a screenshot changed
// the file) and never throw into the page that asked: a failure is reported and reads as empty.
Meeting MeetingService::meetingOn(const QDate& day) {
    if (!m_ws)
        return {};
    try {
        return MeetingStore(m_ws->db()).findMeetingOn(day);
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
        return {};
    }
}

std::vector<MeetingNote> MeetingService::notes(const QDate& day) {
    if (!m_ws)
        return {};
    try {
        MeetingStore store(m_ws->db());
        const Meeting meeting = store.findMeetingOn(day);
        return meeting.id == 0 ? std::vector<MeetingNote>{} : store.notes(meeting.id);
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
        return {};
    }
}

std::vector<ActionItem> MeetingService::actionItems(const QDate& day) {
    if (!m_ws)
        return {};
    try {
        return MeetingStore(m_ws->db()).actionItemsFor(day);
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
        return {};
    }
}

void MeetingService::addNote(const QDate& day, Team team, const QString& author, const QString& text) {
    if (!m_ws || text.trimmed().isEmpty())
        return;
    try {
        MeetingStore store(m_ws->db());
        store.addNote({0, store.meetingOn(day).id, team, author.trimmed(), text.trimmed(), {}});
        Q_EMIT changed();
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
    }
}

void MeetingService::removeNote(qint64 id) {
    if (!m_ws)
        return;
    try {
        MeetingStore(m_ws->db()).removeNote(id);
        Q_EMIT changed();
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
    }
}

void MeetingService::addActionItem(const QDate& day, Team team, const QString& owner, const QString& text,
                                   const QDate& due) {
    if (!m_ws || text.trimmed().isEmpty())
        return;
    try {
        MeetingStore store(m_ws->db());
        store.addActionItem(
            {0, store.meetingOn(day).id, day, team, owner.trimmed(), text.trimmed(), due, {}});
        Q_EMIT changed();
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
    }
}

void MeetingService::setDone(qint64 id, const QDate& doneOn) {
    if (!m_ws)
        return;
    try {
        MeetingStore(m_ws->db()).setDone(id, doneOn);
        Q_EMIT changed();
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
    }
}

} // namespace revalign::ui
