#pragma once

#include "dialogs/conflictdialog.h"
#include "domain/meeting.h"
#include "metrics/facttable.h"
#include "metrics/kpiengine.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace revalign::ui {

class ActionItemModel;
class KpiComparisonModel;
class MeetingNoteModel;
class MeetingService;
class SinceLastSyncPanel;

// The weekly sync: this week vs last week for every KPI, the meeting's notes, and the action items —
// including those carried over from earlier meetings until someone marks them done.
class SyncPage final : public QWidget {
    Q_OBJECT
public:
    explicit SyncPage(MeetingService* meetings, QWidget* parent = nullptr);
    ~SyncPage() override;

    void setSnapshot(FactSnapshot facts);
    // The meeting's week is the week (workspace calendar) containing `day`.
    void setWeekOf(const QDate& day);
    // The week a sync held on `day` reviews: the last complete week (a Monday meeting looks back at the
    // week just finished; a week still running would compare four days with seven).
    void setMeetingDay(const QDate& day);
    void setFilters(const MetricFilters& filters);
    QDate meetingDay() const { return m_week.from; }
    bool isComputing() const;

    KpiComparisonModel* kpiModel() const { return m_kpis; }
    ActionItemModel* actionModel() const { return m_actions; }
    MeetingNoteModel* noteModel() const { return m_notes; }
    SinceLastSyncPanel* sinceLastSync() const { return m_sinceLastSync; }

    // Adds what the forms hold (used by the buttons, and by tests).
    void addNote(Team team, const QString& author, const QString& text);
    void addActionItem(Team team, const QString& owner, const QString& text, const QDate& due);

    // Changes of a note or action item as the user saw it (its version); a conflict with someone else's
    // change asks the resolver (the ConflictDialog by default) until the change is stored or dropped.
    void editNote(const MeetingNote& mine);
    void removeNote(const MeetingNote& seen);
    void editActionItem(const ActionItem& mine);
    void setItemDone(const ActionItem& seen, bool done);
    void removeActionItem(const ActionItem& seen);
    using ConflictResolver = std::function<ConflictDialog::Choice(const ConflictDialog::Texts&)>;
    void setConflictResolver(ConflictResolver resolver) { m_resolveConflict = std::move(resolver); }

Q_SIGNALS:
    void computed();

private:
    void recompute();
    void reloadMeeting();
    ConflictDialog::Choice askAboutConflict(const ConflictDialog::Texts& texts);
    template <typename Row, typename Write, typename AddAgain>
    void resolve(std::optional<WriteResult<Row>> result, bool removal, Write write, AddAgain addAgain);

    MeetingService* m_meetings;
    FactSnapshot m_facts;
    MetricFilters m_filters;
    DateRange m_week;
    QFutureWatcher<KpiReport> m_watcher;
    bool m_dirty = false;
    bool m_kpiPending = false; // a KPI computation whose result the table does not show yet
    QLabel* m_title;
    SinceLastSyncPanel* m_sinceLastSync;
    KpiComparisonModel* m_kpis;
    MeetingNoteModel* m_notes;
    ActionItemModel* m_actions;
    QComboBox* m_noteTeam;
    QLineEdit* m_noteAuthor;
    QLineEdit* m_noteText;
    QComboBox* m_itemTeam;
    QLineEdit* m_itemOwner;
    QLineEdit* m_itemText;
    QDateEdit* m_itemDue;
    ConflictResolver m_resolveConflict;
};

} // namespace revalign::ui
