#pragma once

#include "domain/meeting.h"

#include <QObject>

#include <memory>
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
    void removeNote(qint64 id);
    void addActionItem(const QDate& day, Team team, const QString& owner, const QString& text,
                       const QDate& due);
    void setDone(qint64 id, const QDate& doneOn);

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    std::unique_ptr<Workspace> m_ws;
};

} // namespace revalign::ui
