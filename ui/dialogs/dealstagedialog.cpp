#include "dialogs/dealstagedialog.h"

#include "services/definitionservice.h"
#include "ui_dealstagedialog.h"
#include "uitext.h"

#include <QPushButton>

namespace revalign::ui {

DealStageDialog::DealStageDialog(const DealStage& stage, int stages, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::DealStageDialog>())
    , m_original(stage) {
    m_ui->setupUi(this);
    setWindowTitle(stage.defined ? tr("Edit deal stage “%1”").arg(stage.name)
                                 : tr("Define deal stage “%1”").arg(stage.name));
    m_ui->introLabel->setText(
        stage.defined
            ? tr("Deals whose export leaves probability, forecast category or closed/won out take them from "
                 "their stage.")
            : tr("An import met “%1” first; until it is defined its deals count as open at 0 %. Say what "
                 "the stage means and save.")
                  .arg(stage.name));
    m_ui->stageLabel->setText(stage.name);
    for (const DealStageOutcome o : {DealStageOutcome::Open, DealStageOutcome::Won, DealStageOutcome::Lost})
        m_ui->outcomeCombo->addItem(dealOutcomeDisplayName(o), static_cast<int>(o));
    m_ui->outcomeCombo->setCurrentIndex(m_ui->outcomeCombo->findData(static_cast<int>(stage.outcome)));
    for (const ForecastCategory c :
         {ForecastCategory::Pipeline, ForecastCategory::BestCase, ForecastCategory::Commit,
          ForecastCategory::Closed, ForecastCategory::Omitted})
        m_ui->forecastCombo->addItem(forecastDisplayName(c), static_cast<int>(c));
    m_ui->forecastCombo->setCurrentIndex(m_ui->forecastCombo->findData(static_cast<int>(stage.forecast)));
    m_ui->probabilitySpin->setValue(stage.probability * 100.0);
    m_ui->positionSpin->setMaximum(std::max(1, stages));
    m_ui->positionSpin->setValue(std::clamp(stage.position, 1, std::max(1, stages)));
    m_ui->whoLabel->setText(changedByText());
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &DealStageDialog::outcomeChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

DealStageDialog::~DealStageDialog() = default;

void DealStageDialog::outcomeChanged() {
    // A won stage is certain and closed; a lost one is closed at nothing: the usual values, still editable.
    const auto outcome = static_cast<DealStageOutcome>(m_ui->outcomeCombo->currentData().toInt());
    if (outcome == DealStageOutcome::Won) {
        m_ui->probabilitySpin->setValue(100);
        m_ui->forecastCombo->setCurrentIndex(
            m_ui->forecastCombo->findData(static_cast<int>(ForecastCategory::Closed)));
    } else if (outcome == DealStageOutcome::Lost) {
        m_ui->probabilitySpin->setValue(0);
        m_ui->forecastCombo->setCurrentIndex(
            m_ui->forecastCombo->findData(static_cast<int>(ForecastCategory::Omitted)));
    }
}

DealStage DealStageDialog::stage() const {
    DealStage s = m_original;
    s.outcome = static_cast<DealStageOutcome>(m_ui->outcomeCombo->currentData().toInt());
    s.forecast = static_cast<ForecastCategory>(m_ui->forecastCombo->currentData().toInt());
    s.probability = m_ui->probabilitySpin->value() / 100.0;
    s.position = m_ui->positionSpin->value();
    s.defined = true;
    return s;
}

QString DealStageDialog::note() const {
    return m_ui->noteEdit->text().trimmed();
}

} // namespace revalign::ui
