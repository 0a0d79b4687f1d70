#include "pages/syncpage.h"

#include "kpiformat.h"

#include "metrics/period.h"
#include "models/actionitemmodel.h"
#include "models/kpicomparisonmodel.h"
#include "services/meetingservice.h"
#include "uitext.h"
#include "util/error.h"
#include "widgets/sincelastsyncpanel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

namespace {
QTableView* table(QAbstractItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    return view;
}

// Text edited in place (double-click, F2) and the current row deleted from the context menu or with Del.
void editableRows(QTableView* view, const QString& deleteText, std::function<void(int)> remove) {
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* deleteRow = new QAction(deleteText, view);
    deleteRow->setShortcut(QKeySequence::Delete);
    deleteRow->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(deleteRow, &QAction::triggered, view, [view, remove = std::move(remove)] {
        if (const QModelIndex i = view->currentIndex(); i.isValid())
            remove(i.row());
    });
    view->addAction(deleteRow);
}

QComboBox* teamBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    for (Team t : {Team::Shared, Team::Marketing, Team::Sales})
        box->addItem(teamDisplayName(t), int(t));
    box->setAccessibleName(SyncPage::tr("Team"));
    return box;
}
} // namespace

SyncPage::SyncPage(MeetingService* meetings, QWidget* parent)
    : QWidget(parent)
    , m_meetings(meetings)
    , m_title(new QLabel(this))
    , m_sinceLastSync(new SinceLastSyncPanel(this))
    , m_kpis(new KpiComparisonModel(this))
    , m_notes(new MeetingNoteModel(this))
    , m_actions(new ActionItemModel(this))
    , m_noteTeam(teamBox(this))
    , m_noteAuthor(new QLineEdit(this))
    , m_noteText(new QLineEdit(this))
    , m_itemTeam(teamBox(this))
    , m_itemOwner(new QLineEdit(this))
    , m_itemText(new QLineEdit(this))
    , m_itemDue(new QDateEdit(this)) {
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    auto* previous = new QToolButton(this);
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous week"));
    previous->setAccessibleName(tr("Previous week"));
    auto* next = new QToolButton(this);
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Next week"));
    next->setAccessibleName(tr("Next week"));
    connect(previous, &QToolButton::clicked, this, [this] { setWeekOf(m_week.from.addDays(-7)); });
    connect(next, &QToolButton::clicked, this, [this] { setWeekOf(m_week.from.addDays(7)); });
    auto* header = new QHBoxLayout;
    header->addWidget(previous);
    header->addWidget(m_title, 1);
    header->addWidget(next);

    auto* kpiView = table(m_kpis, tr("This week vs last week"), this);
    kpiView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    kpiView->horizontalHeader()->setStretchLastSection(false);

    m_noteAuthor->setPlaceholderText(tr("Who"));
    m_noteAuthor->setAccessibleName(tr("Who"));
    m_noteAuthor->setText(
        QSettings().value(QStringLiteral("user/name"), qEnvironmentVariable("USER")).toString());
    m_noteText->setPlaceholderText(tr("What was said or agreed…"));
    m_noteText->setAccessibleName(tr("Note"));
    auto* addNoteButton = new QPushButton(tr("Add note"), this);
    auto* noteForm = new QHBoxLayout;
    noteForm->addWidget(m_noteTeam);
    noteForm->addWidget(m_noteAuthor);
    noteForm->addWidget(m_noteText, 1);
    noteForm->addWidget(addNoteButton);
    auto* notesBox = new QGroupBox(tr("Notes"), this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    auto* notesView = table(m_notes, tr("Notes"), this);
    notesView->setToolTip(tr("Double-click a note to change its text"));
    editableRows(notesView, tr("Delete note"), [this](int row) { removeNote(m_notes->note(row)); });
    notesLayout->addWidget(notesView, 1);
    notesLayout->addLayout(noteForm);

    m_itemOwner->setPlaceholderText(tr("Owner"));
    m_itemOwner->setAccessibleName(tr("Owner"));
    m_itemText->setPlaceholderText(tr("Next step…"));
    m_itemText->setAccessibleName(tr("Action"));
    m_itemDue->setCalendarPopup(true);
    m_itemDue->setAccessibleName(tr("Due"));
    auto* addItemButton = new QPushButton(tr("Add action"), this);
    auto* itemForm = new QHBoxLayout;
    itemForm->addWidget(m_itemTeam);
    itemForm->addWidget(m_itemOwner);
    itemForm->addWidget(m_itemText, 1);
    itemForm->addWidget(m_itemDue);
    itemForm->addWidget(addItemButton);
    auto* itemsBox = new QGroupBox(tr("Action items (open items carry over until done)"), this);
    auto* itemsLayout = new QVBoxLayout(itemsBox);
    auto* itemsView = table(m_actions, tr("Action items"), this);
    editableRows(itemsView, tr("Delete action item"),
                 [this](int row) { removeActionItem(m_actions->item(row)); });
    itemsView->horizontalHeader()->setSectionResizeMode(ActionItemModel::Text, QHeaderView::Stretch);
    itemsView->horizontalHeader()->setStretchLastSection(false);
    itemsLayout->addWidget(itemsView, 1);
    itemsLayout->addLayout(itemForm);

    auto* right = new QVBoxLayout;
    right->addWidget(notesBox, 1);
    right->addWidget(itemsBox, 1);
    auto* body = new QHBoxLayout;
    body->addWidget(kpiView, 3);
    body->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_sinceLastSync, 2);
    layout->addLayout(body, 3);

    connect(addNoteButton, &QPushButton::clicked, this, [this] {
        addNote(Team(m_noteTeam->currentData().toInt()), m_noteAuthor->text(), m_noteText->text());
        m_noteText->clear();
    });
    connect(m_noteText, &QLineEdit::returnPressed, addNoteButton, &QPushButton::click);
    connect(addItemButton, &QPushButton::clicked, this, [this] {
        addActionItem(Team(m_itemTeam->currentData().toInt()), m_itemOwner->text(), m_itemText->text(),
                      m_itemDue->date());
        m_itemText->clear();
    });
    connect(m_itemText, &QLineEdit::returnPressed, addItemButton, &QPushButton::click);
    connect(m_actions, &ActionItemModel::doneToggled, this, &SyncPage::setItemDone);
    connect(m_actions, &ActionItemModel::textEdited, this, &SyncPage::editActionItem);
    connect(m_notes, &MeetingNoteModel::textEdited, this, &SyncPage::editNote);
    connect(m_meetings, &MeetingService::changed, this, &SyncPage::reloadMeeting);
    // The page is computed once both its KPI table and the since-last-sync panel are.
    connect(m_sinceLastSync, &SinceLastSyncPanel::computed, this, [this] {
        if (!isComputing())
            Q_EMIT computed();
    });
    connect(&m_watcher, &QFutureWatcher<KpiReport>::finished, this, [this] {
        if (m_dirty) {
            m_dirty = false;
            recompute();
            return;
        }
        m_kpis->setReport(m_watcher.result());
        m_kpiPending = false;
        if (!m_sinceLastSync->isComputing())
            Q_EMIT computed();
    });
    setWeekOf(QDate::currentDate());
}

SyncPage::~SyncPage() {
    m_watcher.waitForFinished();
}

bool SyncPage::isComputing() const {
    // Not m_watcher.isRunning(): that turns false in the worker before finished() has set the table here.
    return m_kpiPending || m_sinceLastSync->isComputing();
}

void SyncPage::setSnapshot(FactSnapshot facts) {
    m_facts = std::move(facts);
    m_sinceLastSync->setSnapshot(m_facts);
    setWeekOf(m_week.from.isValid() ? m_week.from : QDate::currentDate());
}

void SyncPage::setFilters(const MetricFilters& filters) {
    if (filters == m_filters)
        return;
    m_filters = filters;
    m_sinceLastSync->setFilters(filters);
    recompute();
}

void SyncPage::setWeekOf(const QDate& day) {
    const PeriodCalendar calendar = m_facts ? PeriodCalendar(m_facts->settings) : PeriodCalendar();
    m_week = calendar.containing(day, PeriodKind::Week);
    m_sinceLastSync->setWeek(m_week);
    const QLocale l;
    m_title->setText(tr("Weekly sync — week of %1 (vs the week before)")
                         .arg(l.toString(m_week.from, QLocale::LongFormat)));
    m_kpis->setPeriodLabels(tr("Week of %1").arg(formatDate(m_week.from)), tr("Week before"));
    m_itemDue->setDate(m_week.from.addDays(7));
    reloadMeeting();
    recompute();
}

void SyncPage::setMeetingDay(const QDate& day) {
    const PeriodCalendar calendar = m_facts ? PeriodCalendar(m_facts->settings) : PeriodCalendar();
    const DateRange week = calendar.containing(day, PeriodKind::Week);
    setWeekOf(week.to == day ? day : week.from.addDays(-1));
}

void SyncPage::reloadMeeting() {
    if (!m_meetings->isOpen()) {
        m_notes->setNotes({});
        m_actions->setItems({}, m_week.from);
        return;
    }
    m_notes->setNotes(m_meetings->notes(m_week.from));
    m_actions->setItems(m_meetings->actionItems(m_week.from), m_week.from);
}

void SyncPage::addNote(Team team, const QString& author, const QString& text) {
    m_meetings->addNote(m_week.from, team, author, text);
}

void SyncPage::addActionItem(Team team, const QString& owner, const QString& text, const QDate& due) {
    m_meetings->addActionItem(m_week.from, team, owner, text, due);
}

ConflictDialog::Choice SyncPage::askAboutConflict(const ConflictDialog::Texts& texts) {
    if (m_resolveConflict)
        return m_resolveConflict(texts);
    ConflictDialog dialog(texts, this);
    dialog.exec();
    return dialog.choice();
}

namespace {
QString textOf(const MeetingNote& n) {
    return n.text;
}

// What the dialog shows of an action item: its text, and its state (a done toggle changes only that).
QString textOf(const ActionItem& a) {
    return a.isOpen() ? SyncPage::tr("%1 (open)").arg(a.text)
                      : SyncPage::tr("%1 (done %2)").arg(a.text, formatDate(a.doneOn));
}
} // namespace

// Writes, and while the store reports someone else's change, asks: keep mine (the same change again from
// their version: it can meet yet another change, so ask again), keep theirs, or copy mine to the
// clipboard. Someone's deletion offers to add mine again. The page reloads in every case.
template <typename Row, typename Write, typename AddAgain>
void SyncPage::resolve(std::optional<WriteResult<Row>> result, bool removal, Write write, AddAgain addAgain) {
    while (result && !result->saved()) {
        ConflictDialog::Texts texts;
        texts.actionItem = std::is_same_v<Row, ActionItem>;
        texts.kind = result->status == WriteStatus::DeletedMeanwhile ? ConflictDialog::Kind::Deleted
                     : removal                                       ? ConflictDialog::Kind::RemoveEdited
                                                                     : ConflictDialog::Kind::Edited;
        texts.mine = textOf(result->mine);
        if (result->status == WriteStatus::ChangedMeanwhile) {
            texts.theirs = textOf(result->stored);
            texts.theirsBy = result->stored.updatedBy;
            texts.theirsAt = result->stored.updatedAt;
        }
        const ConflictDialog::Choice choice = askAboutConflict(texts);
        if (choice == ConflictDialog::Choice::CopyMine)
            QGuiApplication::clipboard()->setText(result->mine.text);
        if (choice != ConflictDialog::Choice::KeepMine)
            break;
        if (result->status == WriteStatus::DeletedMeanwhile) {
            addAgain(result->mine);
            break;
        }
        Row again = result->mine;
        again.version = result->stored.version;
        result = write(again);
    }
    reloadMeeting();
}

void SyncPage::editNote(const MeetingNote& mine) {
    resolve(
        m_meetings->updateNote(mine), false,
        [this](const MeetingNote& n) { return m_meetings->updateNote(n); },
        [this](const MeetingNote& n) { m_meetings->addNoteAgain(n); });
}

void SyncPage::removeNote(const MeetingNote& seen) {
    resolve(
        m_meetings->removeNote(seen), true,
        [this](const MeetingNote& n) { return m_meetings->removeNote(n); }, [](const MeetingNote&) {});
}

void SyncPage::editActionItem(const ActionItem& mine) {
    resolve(
        m_meetings->updateActionItem(mine), false,
        [this](const ActionItem& a) { return m_meetings->updateActionItem(a); },
        [this](const ActionItem& a) { m_meetings->addActionItemAgain(a); });
}

void SyncPage::setItemDone(const ActionItem& seen, bool done) {
    // Keeping mine marks their version done (or open): the toggle changes the state only, so their text
    // stays.
    resolve(
        m_meetings->setDone(seen, done ? m_week.from : QDate()), false,
        [this](const ActionItem& a) { return m_meetings->setDone(a, a.doneOn); },
        [this](const ActionItem& a) { m_meetings->addActionItemAgain(a); });
}

void SyncPage::removeActionItem(const ActionItem& seen) {
    resolve(
        m_meetings->removeActionItem(seen), true,
        [this](const ActionItem& a) { return m_meetings->removeActionItem(a); }, [](const ActionItem&) {});
}

void SyncPage::recompute() {
    if (!m_facts)
        return;
    if (m_watcher.isRunning()) {
        m_dirty = true;
        return;
    }
    MetricQuery q;
    q.range = m_week;
    q.period = PeriodKind::Week;
    q.filters = m_filters;
    const FactSnapshot facts = m_facts;
    m_kpiPending = true;
    m_watcher.setFuture(QtConcurrent::run([facts, q]() -> KpiReport {
        try {
            return computeKpis(*facts, q);
        } catch (const Error&) {
            return KpiReport{};
        }
    }));
}

} // namespace revalign::ui
