#include "services/meetingservice.h"

#include "store/meetingstore.h"
#include "store/workspace.h"
#include "util/useridentity.h"

namespace revalign::ui {

MeetingService::MeetingService(QObject* parent)
    : QObject(parent)
    , m_who(currentUserIdentity()) {}

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
        store.addNote({0, store.meetingOn(day).id, team, author.trimmed(), text.trimmed(), {}}, m_who);
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
        store.addActionItem({0, store.meetingOn(day).id, day, team, owner.trimmed(), text.trimmed(), due, {}},
                            m_who);
        Q_EMIT changed();
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
    }
}

template <typename Write> auto MeetingService::write(Write write) -> std::optional<decltype(write())> {
    if (!m_ws)
        return std::nullopt;
    try {
        auto result = write();
        if (result.saved())
            Q_EMIT changed();
        return result;
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
        return std::nullopt;
    }
}

std::optional<WriteResult<MeetingNote>> MeetingService::updateNote(const MeetingNote& mine) {
    return write([&] { return MeetingStore(m_ws->db()).updateNote(mine, m_who); });
}

std::optional<WriteResult<MeetingNote>> MeetingService::removeNote(const MeetingNote& mine) {
    return write([&] { return MeetingStore(m_ws->db()).removeNote(mine); });
}

std::optional<WriteResult<ActionItem>> MeetingService::setDone(const ActionItem& seen, const QDate& doneOn) {
    return write([&] { return MeetingStore(m_ws->db()).setDone(seen, doneOn, m_who); });
}

std::optional<WriteResult<ActionItem>> MeetingService::updateActionItem(const ActionItem& mine) {
    return write([&] { return MeetingStore(m_ws->db()).updateActionItem(mine, m_who); });
}

std::optional<WriteResult<ActionItem>> MeetingService::removeActionItem(const ActionItem& mine) {
    return write([&] { return MeetingStore(m_ws->db()).removeActionItem(mine); });
}

void MeetingService::addNoteAgain(const MeetingNote& mine) {
    if (!m_ws)
        return;
    try {
        MeetingNote copy = mine;
        copy.id = 0;
        MeetingStore(m_ws->db()).addNote(copy, m_who);
        Q_EMIT changed();
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
    }
}

void MeetingService::addActionItemAgain(const ActionItem& mine) {
    if (!m_ws)
        return;
    try {
        ActionItem copy = mine;
        copy.id = 0;
        MeetingStore(m_ws->db()).addActionItem(copy, m_who);
        Q_EMIT changed();
    } catch (const Error& e) {
        Q_EMIT failed(e.message());
    }
}

} // namespace revalign::ui
