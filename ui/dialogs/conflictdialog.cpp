#include "dialogs/conflictdialog.h"

#include "ui_conflictdialog.h"

#include <QLocale>
#include <QPushButton>

namespace revalign::ui {

ConflictDialog::ConflictDialog(const Texts& t, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ConflictDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(t.actionItem ? tr("Action item changed meanwhile") : tr("Note changed meanwhile"));
    const QString who = t.theirsBy.isEmpty() ? tr("someone") : t.theirsBy;
    const QString when =
        t.theirsAt.isValid() ? QLocale().toString(t.theirsAt.toLocalTime(), QLocale::ShortFormat) : QString();
    switch (t.kind) {
    case Kind::Edited:
        m_ui->headlineLabel->setText(
            t.actionItem ? tr("%1 changed this action item after you opened it. Nothing was saved yet: "
                              "which text should stay?")
                               .arg(who)
                         : tr("%1 changed this note after you opened it. Nothing was saved yet: which text "
                              "should stay?")
                               .arg(who));
        break;
    case Kind::Deleted:
        m_ui->headlineLabel->setText(
            t.actionItem ? tr("Someone deleted this action item after you opened it. Add yours again?")
                         : tr("Someone deleted this note after you opened it. Add yours again?"));
        break;
    case Kind::RemoveEdited:
        m_ui->headlineLabel->setText(
            t.actionItem ? tr("%1 changed this action item after you opened it. Delete it anyway?").arg(who)
                         : tr("%1 changed this note after you opened it. Delete it anyway?").arg(who));
        break;
    }
    m_ui->theirsLabel->setText(t.kind == Kind::Deleted ? tr("Theirs: deleted")
                               : when.isEmpty()        ? tr("Theirs (%1), as stored now:").arg(who)
                                                : tr("Theirs (%1, %2), as stored now:").arg(who, when));
    m_ui->theirsEdit->setPlainText(t.theirs);
    m_ui->theirsEdit->setVisible(t.kind != Kind::Deleted);
    m_ui->theirsEdit->setAccessibleName(tr("Their text"));
    m_ui->mineLabel->setText(t.kind == Kind::RemoveEdited ? tr("Yours, as you saw it:") : tr("Yours:"));
    m_ui->mineEdit->setPlainText(t.mine);
    m_ui->mineEdit->setAccessibleName(tr("Your text"));

    const QString keepMine = t.kind == Kind::Deleted        ? tr("Add mine again")
                             : t.kind == Kind::RemoveEdited ? tr("Delete anyway")
                                                            : tr("Keep mine");
    m_keepMine = m_ui->buttonBox->addButton(keepMine, QDialogButtonBox::AcceptRole);
    m_keepTheirs = m_ui->buttonBox->addButton(
        t.kind == Kind::Deleted ? tr("Discard mine") : tr("Keep theirs"), QDialogButtonBox::RejectRole);
    m_copyMine =
        m_ui->buttonBox->addButton(tr("Copy mine to clipboard and reload"), QDialogButtonBox::ResetRole);
    m_keepTheirs->setDefault(true);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { choose(Choice::KeepTheirs); });
    connect(m_copyMine, &QPushButton::clicked, this, [this] { choose(Choice::CopyMine); });
}

ConflictDialog::~ConflictDialog() = default;

QPushButton* ConflictDialog::button(Choice choice) const {
    switch (choice) {
    case Choice::KeepMine:
        return m_keepMine;
    case Choice::KeepTheirs:
        return m_keepTheirs;
    case Choice::CopyMine:
        return m_copyMine;
    }
    return nullptr;
}

void ConflictDialog::choose(Choice choice) {
    m_choice = choice;
    if (choice == Choice::KeepMine)
        accept();
    else
        reject();
}

} // namespace revalign::ui
