#pragma once

#include <QDateTime>
#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConflictDialog;
}

namespace revalign::ui {

// Someone changed (or deleted) a note or action item between reading it and this window's change of it
// (MeetingStore's row versions). Shows both texts and lets the user pick; every choice keeps what they
// typed somewhere: stored, or on the clipboard.
class ConflictDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Kind {
        Edited,       // my change of a row they changed meanwhile
        Deleted,      // my change of a row they deleted meanwhile
        RemoveEdited, // my removal of a row they changed meanwhile
    };
    enum class Choice {
        KeepMine,   // write mine over theirs (Deleted: add mine again as a new row; RemoveEdited: remove)
        KeepTheirs, // drop mine, show theirs
        CopyMine,   // put mine on the clipboard, show theirs
    };
    struct Texts {
        Kind kind = Kind::Edited;
        bool actionItem = false; // a note otherwise
        QString theirs;
        QString theirsBy; // user@host, empty when not known
        QDateTime theirsAt;
        QString mine;
    };

    explicit ConflictDialog(const Texts& texts, QWidget* parent = nullptr);
    ~ConflictDialog() override;

    Choice choice() const { return m_choice; }
    QPushButton* button(Choice choice) const;

private:
    void choose(Choice choice);

    std::unique_ptr<::Ui::ConflictDialog> m_ui;
    Choice m_choice = Choice::KeepTheirs; // closing the window keeps theirs (and mine is still shown)
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_keepTheirs = nullptr;
    QPushButton* m_copyMine = nullptr;
};

} // namespace revalign::ui
