#include "dialogs/plandialog.h"

#include "kpiformat.h"
#include "metrics/kpiengine.h"
#include "metrics/period.h"
#include "models/planstepmodel.h"
#include "ui_plandialog.h"
#include "uitext.h"
#include "util/error.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace revalign::ui {

PlanDialog::PlanDialog(FactSnapshot facts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::PlanDialog>())
    , m_facts(std::move(facts))
    , m_model(new PlanStepModel(this)) {
    m_ui->setupUi(this);
    m_ui->resultView->setModel(m_model);
    m_ui->resultView->verticalHeader()->hide();
    m_ui->resultView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->periodCombo->addItem(tr("Next quarter"), int(PeriodKind::Quarter));
    m_ui->periodCombo->addItem(tr("Next month"), int(PeriodKind::Month));
    m_ui->periodCombo->addItem(tr("Next week"), int(PeriodKind::Week));
    m_fields = {{m_ui->dealSizeSpin, m_ui->dealSizeWorkspace, &PlanRates::averageDealSize, 1.0},
                {m_ui->winRateSpin, m_ui->winRateWorkspace, &PlanRates::winRate, 100.0},
                {m_ui->cycleSpin, m_ui->cycleWorkspace, &PlanRates::cycleDays, 1.0},
                {m_ui->sqlToOppSpin, m_ui->sqlToOppWorkspace, &PlanRates::sqlToOpportunity, 100.0},
                {m_ui->salToSqlSpin, m_ui->salToSqlWorkspace, &PlanRates::salToSql, 100.0},
                {m_ui->mqlToSalSpin, m_ui->mqlToSalWorkspace, &PlanRates::mqlToSal, 100.0}};
    for (const RateField& f : m_fields) {
        f.spin->setDecimals(f.scale == 100.0 ? 1 : 0);
        if (f.scale == 100.0)
            f.spin->setMaximum(100.0);
        connect(f.spin, &QDoubleSpinBox::valueChanged, this, &PlanDialog::recompute);
    }
    try {
        m_workspaceRates = workspaceRates(*m_facts, planBasis(*m_facts));
    } catch (const Error& e) {
        m_ui->summaryLabel->setText(e.message());
    }
    const DateRange basis = planBasis(*m_facts);
    const QLocale l;
    for (const RateField& f : m_fields) {
        const std::optional<double> v = m_workspaceRates.*(f.field);
        f.workspace->setText(
            v ? tr("workspace: %1").arg(l.toString(*v * f.scale, 'f', f.scale == 100.0 ? 1 : 0))
              : tr("workspace: n/a"));
    }
    m_ui->ratesBox->setTitle(tr("Rates from %1 to %2 (the workspace's own; change any as a what-if)")
                                 .arg(formatDate(basis.from), formatDate(basis.to)));
    // A first target to start from: the bookings of the same quarter a year earlier, else 100,000.
    const DateRange next = defaultPlanPeriod(*m_facts, PeriodKind::Quarter);
    const DateRange yearAgo = PeriodCalendar(m_facts->settings).lastYear(next, PeriodKind::Quarter);
    double start = 100000;
    try {
        // The report must outlive the pointer find() returns into it.
        const KpiReport lastYear = computeKpis(*m_facts, {yearAgo, PeriodKind::Quarter, {}});
        const KpiValue* b = lastYear.find(QStringLiteral("bookings"));
        if (b && b->value && *b->value > 0)
            start = std::round(*b->value / 1000.0) * 1000.0;
    } catch (const Error&) {
    }
    m_ui->targetSpin->setValue(start);
    connect(m_ui->targetSpin, &QDoubleSpinBox::valueChanged, this, &PlanDialog::recompute);
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &PlanDialog::recompute);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &PlanDialog::resetRates);
    resetRates();
}

PlanDialog::~PlanDialog() = default;

void PlanDialog::setTarget(double amount) {
    m_ui->targetSpin->setValue(amount);
}

void PlanDialog::setPeriod(PeriodKind kind) {
    m_ui->periodCombo->setCurrentIndex(m_ui->periodCombo->findData(int(kind)));
}

void PlanDialog::resetRates() {
    for (const RateField& f : m_fields) {
        const QSignalBlocker block(f.spin);
        const std::optional<double> v = m_workspaceRates.*(f.field);
        f.spin->setValue(v ? *v * f.scale : f.spin->minimum());
    }
    recompute();
}

PlanRates PlanDialog::rates() const {
    PlanRates r = m_workspaceRates;
    for (const RateField& f : m_fields) {
        // The minimum reads "n/a": no rate, so the steps above it are n/a too.
        const double v = f.spin->value();
        r.*(f.field) = v > f.spin->minimum() ? std::optional<double>(v / f.scale) : std::nullopt;
    }
    return r;
}

void PlanDialog::recompute() {
    const auto kind = PeriodKind(m_ui->periodCombo->currentData().toInt());
    const DateRange period = defaultPlanPeriod(*m_facts, kind);
    ReversePlan plan;
    try {
        plan = planFromTarget(*m_facts, m_ui->targetSpin->value(), period, rates());
    } catch (const Error& e) {
        m_ui->summaryLabel->setText(e.message());
        return;
    }
    const QString currency = m_facts->settings.currency;
    m_ui->summaryLabel->setText(
        tr("%1 to %2: target %3, already booked %4, still to book %5.")
            .arg(formatDate(period.from), formatDate(period.to), formatMoney(plan.target, currency, false),
                 formatMoney(plan.booked, currency, false), formatMoney(plan.stillToBook, currency, false)));
    m_model->setPlan(std::move(plan), currency);
    m_ui->resultView->resizeColumnsToContents();
}

} // namespace revalign::ui
