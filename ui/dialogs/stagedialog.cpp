#include "dialogs/stagedialog.h"

#include "services/definitionservice.h"
#include "ui_stagedialog.h"
#include "uitext.h"

#include <QPushButton>

namespace revalign::ui {

StageDialog::StageDialog(const FunnelStage& stage, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::StageDialog>())
    , m_original(stage) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit stage “%1”").arg(stageDisplayName(stage)));
    m_ui->keyLabel->setText(stage.key);
    // Shown as read (translated while it is the built-in text); stored as typed when changed.
    m_ui->nameEdit->setText(stageDisplayName(stage));
    m_ui->definitionEdit->setPlainText(stageDisplayDefinition(stage));
    for (const Team team : {Team::Marketing, Team::Sales, Team::Shared})
        m_ui->teamCombo->addItem(teamDisplayName(team), static_cast<int>(team));
    m_ui->teamCombo->setCurrentIndex(m_ui->teamCombo->findData(static_cast<int>(stage.team)));
    m_ui->slaSpin->setValue(stage.slaHours.value_or(0.0));
    m_ui->whoLabel->setText(changedByText());
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

StageDialog::~StageDialog() = default;

FunnelStage StageDialog::stage() const {
    FunnelStage s = m_original;
    // Untouched built-in text stays stored in English, so it keeps following the interface language.
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name != stageDisplayName(m_original))
        s.name = name;
    const QString definition = m_ui->definitionEdit->toPlainText().trimmed();
    if (definition != stageDisplayDefinition(m_original).trimmed())
        s.definition = definition;
    s.team = static_cast<Team>(m_ui->teamCombo->currentData().toInt());
    const double sla = m_ui->slaSpin->value();
    s.slaHours = sla > m_ui->slaSpin->minimum() ? std::optional<double>(sla) : std::nullopt;
    return s;
}

QString StageDialog::note() const {
    return m_ui->noteEdit->text().trimmed();
}

} // namespace revalign::ui
