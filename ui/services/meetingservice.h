#pragma once

#include "domain/meeting.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace revalign {
class Workspace;
}

namespace revalign::ui {

// Notes and action items of the weekly sync. Writes are a handful of rows, so they run on the UI thread
// through the service's own connection; widgets never see SQL.
class MeetingService final : public QObject {
    Q_OBJECT
public:
    explicit MeetingService(QObject* parent = nullptr);
    ~MeetingService() override;

    void open(const QString& workspacePath);
    void close();
    bool isOpen() const { return m_ws != nullptr; }

    Meeting meetingOn(const QDate& day);
    std::vector<MeetingNote> notes(const QDate& day);
    std::vector<ActionItem> actionItems(const QDate& day);
    void addNote(const QDate& day, Team team, const QString& author, const QString& text);
    void addActionItem(const QDate& day, Team team, const QString& owner, const QString& text,
                       const QDate& due);
    // Changes of a row read earlier (its version): the store's outcome, conflicts included, for the page
    // to resolve; nullopt when the write failed (reported by failed()). changed() follows a saved one.
    std::optional<WriteResult<MeetingNote>> updateNote(const MeetingNote& mine);
    std::optional<WriteResult<MeetingNote>> removeNote(const MeetingNote& mine);
    std::optional<WriteResult<ActionItem>> setDone(const ActionItem& seen, const QDate& doneOn);
    std::optional<WriteResult<ActionItem>> updateActionItem(const ActionItem& mine);
    std::optional<WriteResult<ActionItem>> removeActionItem(const ActionItem& mine);
    // Adds a copy of a row someone deleted while this window changed it (a conflict's "Add mine again").
    void addNoteAgain(const MeetingNote& mine);
    void addActionItemAgain(const ActionItem& mine);

    // Who this window writes as (user@host); tests act as two people with it.
    void setIdentity(const QString& who) { m_who = who; }
    const QString& identity() const { return m_who; }

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    template <typename Write> auto write(Write write) -> std::optional<decltype(write())>;

    std::unique_ptr<Workspace> m_ws;
    QString m_who;
};

} // namespace revalign::ui
