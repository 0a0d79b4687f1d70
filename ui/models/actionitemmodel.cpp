#include "models/actionitemmodel.h"

#include "kpiformat.h"

#include "uitext.h"

#include <QFont>
#include <QLocale>

namespace revalign::ui {

ActionItemModel::ActionItemModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ActionItemModel::setItems(std::vector<ActionItem> items, const QDate& meetingDay) {
    beginResetModel();
    m_items = std::move(items);
    m_day = meetingDay;
    endResetModel();
}

int ActionItemModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem& a = m_items[size_t(index.row())];
    const QLocale l;
    if (role == Qt::CheckStateRole && index.column() == Done)
        return a.isOpen() ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::FontRole && !a.isOpen()) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Raised && a.raisedOn < m_day)
        return tr("Carried over from the meeting of %1").arg(formatDate(a.raisedOn));
    if (role == Qt::EditRole && index.column() == Text)
        return a.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Done:
        return a.isOpen() ? tr("open") : tr("done %1").arg(formatDate(a.doneOn));
    case Text:
        return a.text;
    case Team:
        return teamDisplayName(a.team);
    case Owner:
        return a.owner;
    case Due: {
        if (!a.dueOn.isValid())
            return QString();
        const QString due = formatDate(a.dueOn);
        return a.isOpen() && a.dueOn < m_day ? tr("%1 (overdue)").arg(due) : due;
    }
    case Raised:
        return a.raisedOn < m_day ? tr("%1 (carried over)").arg(formatDate(a.raisedOn))
                                  : formatDate(a.raisedOn);
    }
    return {};
}

bool ActionItemModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const ActionItem seen = m_items[size_t(index.row())];
    if (index.column() == Text && role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || text == seen.text)
            return false;
        ActionItem mine = seen;
        mine.text = text;
        Q_EMIT textEdited(mine);
        return true;
    }
    if (index.column() != Done || role != Qt::CheckStateRole)
        return false;
    const bool done = Qt::CheckState(value.toInt()) == Qt::Checked;
    Q_EMIT doneToggled(seen, done);
    return true;
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Done)
        f |= Qt::ItemIsUserCheckable;
    if (index.isValid() && index.column() == Text)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Done:
        return tr("Done");
    case Text:
        return tr("Action");
    case Team:
        return tr("Team");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Raised:
        return tr("Raised");
    }
    return {};
}

MeetingNoteModel::MeetingNoteModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MeetingNoteModel::setNotes(std::vector<MeetingNote> notes) {
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
}

int MeetingNoteModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_notes.size());
}

int MeetingNoteModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingNoteModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingNote& n = m_notes[size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return n.text;
    if (role == Qt::EditRole && index.column() == Text)
        return n.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Team:
        return teamDisplayName(n.team);
    case Author:
        return n.author;
    case Text:
        return n.text;
    }
    return {};
}

bool MeetingNoteModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Text || role != Qt::EditRole)
        return false;
    MeetingNote mine = m_notes[size_t(index.row())];
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == mine.text)
        return false;
    mine.text = text;
    Q_EMIT textEdited(mine);
    return true;
}

Qt::ItemFlags MeetingNoteModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Text)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MeetingNoteModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Team:
        return tr("Team");
    case Author:
        return tr("Who");
    case Text:
        return tr("Note");
    }
    return {};
}

} // namespace revalign::ui
