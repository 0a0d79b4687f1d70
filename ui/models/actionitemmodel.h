#pragma once

#include "domain/meeting.h"

#include <QAbstractTableModel>

#include <vector>

namespace revalign::ui {

// Action items of one meeting (its own and those carried over); the Done column is a checkbox, the text
// is edited in place. Neither changes the model: the page writes the change (from the row's version) and
// reloads, so a conflict never leaves the table showing what was not stored.
class ActionItemModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Done, Text, Team, Owner, Due, Raised, ColumnCount };

    explicit ActionItemModel(QObject* parent = nullptr);
    void setItems(std::vector<ActionItem> items, const QDate& meetingDay);
    const ActionItem& item(int row) const { return m_items[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void doneToggled(const revalign::ActionItem& seen, bool done);
    void textEdited(const revalign::ActionItem& mine);

private:
    std::vector<ActionItem> m_items;
    QDate m_day;
};

// Notes of one meeting; the text is edited in place (see ActionItemModel).
class MeetingNoteModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Team, Author, Text, ColumnCount };

    explicit MeetingNoteModel(QObject* parent = nullptr);
    void setNotes(std::vector<MeetingNote> notes);
    const MeetingNote& note(int row) const { return m_notes[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The note with its new text (and the version it was read at); the model itself is unchanged.
    void textEdited(const revalign::MeetingNote& mine);

private:
    std::vector<MeetingNote> m_notes;
};

} // namespace revalign::ui
