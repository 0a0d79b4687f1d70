#include "dialogs/benchmarkdialog.h"

#include "models/benchmarkmodel.h"
#include "services/definitionservice.h"
#include "ui_benchmarkdialog.h"

#include <QDate>
#include <QHeaderView>
#include <QPushButton>

namespace revalign::ui {

BenchmarkDialog::BenchmarkDialog(const std::vector<KpiDefinition>& kpis, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::BenchmarkDialog>())
    , m_model(new BenchmarkModel(this)) {
    m_ui->setupUi(this);
    m_model->setKpis(kpis, suggestedBenchmarks());
    m_ui->benchmarkView->setModel(m_model);
    m_ui->benchmarkView->verticalHeader()->hide();
    m_ui->benchmarkView->horizontalHeader()->setStretchLastSection(true);
    m_ui->benchmarkView->setWordWrap(true);
    m_ui->benchmarkView->resizeColumnsToContents();
    m_ui->benchmarkView->resizeRowsToContents();
    m_ui->whoLabel->setText(changedByText());
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(tr("&Adopt the ticked targets"));
    save->setEnabled(false);
    connect(m_model, &BenchmarkModel::dataChanged, this,
            [this, save] { save->setEnabled(m_model->tickedCount() > 0); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

BenchmarkDialog::~BenchmarkDialog() = default;

std::vector<KpiDefinition> BenchmarkDialog::adopted() const {
    return m_model->adopted(currentUserName(), QDate::currentDate());
}

QString BenchmarkDialog::note() const {
    const QString typed = m_ui->noteEdit->text().trimmed();
    return typed.isEmpty() ? tr("Adopted the suggested benchmark") : typed;
}

} // namespace revalign::ui
