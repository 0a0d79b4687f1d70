#include "dialogs/kpidialog.h"

#include "models/kpidefinitionmodel.h"
#include "services/definitionservice.h"
#include "ui_kpidialog.h"
#include "uitext.h"

#include <QDoubleValidator>
#include <QLocale>
#include <QPushButton>

namespace revalign::ui {

namespace {
constexpr PeriodKind kPeriods[] = {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter};
const QDate kNotAgreed(2000, 1, 1); // the date edit's minimum, shown as "not agreed yet"
} // namespace

KpiDialog::KpiDialog(const KpiDefinition& kpi, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::KpiDialog>())
    , m_original(kpi) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit KPI “%1”").arg(KpiDefinitionModel::kpiDisplayName(kpi)));
    m_ui->keyLabel->setText(tr("%1 · %2 · %3 · %4")
                                .arg(kpi.key, KpiDefinitionModel::unitText(kpi.unit),
                                     KpiDefinitionModel::directionText(kpi.direction))
                                .arg(tr("owned by %1").arg(teamDisplayName(kpi.team))));
    m_ui->nameEdit->setText(KpiDefinitionModel::kpiDisplayName(kpi));
    m_ui->formulaEdit->setPlainText(KpiDefinitionModel::kpiDisplayFormula(kpi));
    const QLocale l;
    const bool percent = kpi.unit == KpiUnit::Ratio;
    for (const PeriodKind period : kPeriods) {
        QLineEdit* edit = targetEdit(period);
        auto* validator = new QDoubleValidator(edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(validator);
        if (const auto target = kpi.target(period))
            edit->setText(l.toString(*target * displayScale(kpi.unit), 'g', 12));
        if (percent)
            edit->setPlaceholderText(tr("no target (a percentage, e.g. 60)"));
        connect(edit, &QLineEdit::textChanged, this, &KpiDialog::validate);
    }
    if (percent) {
        m_ui->weekEditLabel->setText(tr("Target per &week (%):"));
        m_ui->monthEditLabel->setText(tr("Target per &month (%):"));
        m_ui->quarterEditLabel->setText(tr("Target per &quarter (%):"));
    }
    m_ui->agreedOnEdit->setMinimumDate(kNotAgreed);
    m_ui->agreedOnEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // four-digit years, as everywhere
    m_ui->agreedOnEdit->setDate(kpi.agreedOn.isValid() ? kpi.agreedOn : kNotAgreed);
    m_ui->agreedByEdit->setText(kpi.agreedBy);
    m_ui->whoLabel->setText(changedByText());
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &KpiDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

KpiDialog::~KpiDialog() = default;

QLineEdit* KpiDialog::targetEdit(PeriodKind period) const {
    switch (period) {
    case PeriodKind::Week:
        return m_ui->weekEdit;
    case PeriodKind::Month:
        return m_ui->monthEdit;
    case PeriodKind::Quarter:
        return m_ui->quarterEdit;
    }
    return nullptr;
}

// Targets are typed as people read them: percentages for ratios, currency units for money (stored in
// cents like every amount in the workspace).
double KpiDialog::displayScale(KpiUnit unit) {
    if (unit == KpiUnit::Ratio)
        return 100.0;
    if (unit == KpiUnit::Money || unit == KpiUnit::MoneyPerDay)
        return 0.01;
    return 1.0;
}

std::optional<double> KpiDialog::targetValue(PeriodKind period, bool* ok) const {
    const QString text = targetEdit(period)->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const double value = QLocale().toDouble(text, ok);
    if (!*ok)
        return std::nullopt;
    return value / displayScale(m_original.unit);
}

void KpiDialog::validate() {
    bool allOk = !m_ui->nameEdit->text().trimmed().isEmpty();
    for (const PeriodKind period : kPeriods) {
        bool ok = false;
        targetValue(period, &ok);
        allOk = allOk && ok;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(allOk);
}

KpiDefinition KpiDialog::kpi() const {
    KpiDefinition k = m_original;
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name != KpiDefinitionModel::kpiDisplayName(m_original))
        k.name = name;
    const QString formula = m_ui->formulaEdit->toPlainText().trimmed();
    if (formula != KpiDefinitionModel::kpiDisplayFormula(m_original).trimmed())
        k.formula = formula;
    k.targets.clear();
    for (const PeriodKind period : kPeriods) {
        bool ok = false;
        if (const auto value = targetValue(period, &ok); ok && value)
            k.targets[period] = *value;
    }
    const QDate agreed = m_ui->agreedOnEdit->date();
    k.agreedOn = agreed == kNotAgreed ? QDate() : agreed;
    k.agreedBy = m_ui->agreedByEdit->text().trimmed();
    return k;
}

QString KpiDialog::note() const {
    return m_ui->noteEdit->text().trimmed();
}

} // namespace revalign::ui
