#include "dialogs/meetingpackdialog.h"

#include "report/packbuilder.h"
#include "report/packtext.h"
#include "ui_meetingpackdialog.h"
#include "widgets/filterbar.h"

#include <QLocale>
#include <QPushButton>

namespace revalign::ui {

namespace {
enum class Choice { LatestWeek, ThisWeek, LastMonth, ThisMonth, LastQuarter, Dashboard, Custom };
} // namespace

MeetingPackDialog::MeetingPackDialog(FactSnapshot facts, const DateRange& dashboardRange,
                                     const QString& filters, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::MeetingPackDialog>())
    , m_facts(std::move(facts))
    , m_dashboardRange(dashboardRange) {
    m_ui->setupUi(this);
    m_ui->presetCombo->addItem(tr("The latest complete week"), int(Choice::LatestWeek));
    m_ui->presetCombo->addItem(tr("This week (so far)"), int(Choice::ThisWeek));
    m_ui->presetCombo->addItem(tr("Last month"), int(Choice::LastMonth));
    m_ui->presetCombo->addItem(tr("This month (so far)"), int(Choice::ThisMonth));
    m_ui->presetCombo->addItem(tr("Last quarter"), int(Choice::LastQuarter));
    if (m_dashboardRange.isValid())
        m_ui->presetCombo->addItem(tr("The dashboard’s range"), int(Choice::Dashboard));
    m_ui->presetCombo->addItem(tr("Other days"), int(Choice::Custom));
    for (QDateEdit* edit : {m_ui->fromEdit, m_ui->toEdit})
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_ui->formatCombo->addItem(tr("PDF document"), int(report::PackFormat::Pdf));
    m_ui->formatCombo->addItem(tr("Page images (PNG, one per page)"), int(report::PackFormat::Png));
    m_ui->formatCombo->addItem(tr("Web page (HTML, for email or a wiki)"), int(report::PackFormat::Html));
    m_ui->paperCombo->addItem(tr("A4"), int(report::PaperSize::A4));
    m_ui->paperCombo->addItem(tr("Letter"), int(report::PaperSize::Letter));
    m_ui->paperCombo->setCurrentIndex(
        m_ui->paperCombo->findData(int(report::paperForLocale(QLocale::system()))));
    m_ui->filtersLabel->setText(filters.isEmpty() ? tr("None: every contact and deal") : filters);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    // A wrapping label asks for little width; the period reads better on one or two lines.
    m_ui->periodLabel->setMinimumWidth(m_ui->periodLabel->fontMetrics().averageCharWidth() * 48);

    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, &MeetingPackDialog::applyPreset);
    for (QDateEdit* edit : {m_ui->fromEdit, m_ui->toEdit})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating)
                m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->findData(int(Choice::Custom)));
            updatePeriodLabel();
        });
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_ui->paperCombo->setEnabled(format() != report::PackFormat::Html); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    applyPreset();
}

MeetingPackDialog::~MeetingPackDialog() = default;

DateRange MeetingPackDialog::period() const {
    return {m_ui->fromEdit->date(), m_ui->toEdit->date()};
}

void MeetingPackDialog::setPeriod(const DateRange& range) {
    m_ui->fromEdit->setDate(range.from);
    m_ui->toEdit->setDate(range.to);
}

report::PackFormat MeetingPackDialog::format() const {
    return report::PackFormat(m_ui->formatCombo->currentData().toInt());
}

report::PaperSize MeetingPackDialog::paper() const {
    return report::PaperSize(m_ui->paperCombo->currentData().toInt());
}

QString MeetingPackDialog::fileFilter() const {
    switch (format()) {
    case report::PackFormat::Pdf:
        return tr("PDF files (*.pdf)");
    case report::PackFormat::Png:
        return tr("PNG images (*.png)");
    case report::PackFormat::Html:
        return tr("Web pages (*.html)");
    }
    return {};
}

QString MeetingPackDialog::suffix() const {
    switch (format()) {
    case report::PackFormat::Pdf:
        return QStringLiteral("pdf");
    case report::PackFormat::Png:
        return QStringLiteral("png");
    case report::PackFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

void MeetingPackDialog::applyPreset() {
    const auto choice = Choice(m_ui->presetCombo->currentData().toInt());
    if (choice == Choice::Custom || !m_facts)
        return;
    const WorkspaceSettings& settings = m_facts->settings;
    const report::PackPeriod latest = report::resolvePeriod(*m_facts, {});
    const QDate anchor = latest.dataTo.isValid() ? latest.dataTo : QDate::currentDate();
    DateRange range;
    switch (choice) {
    case Choice::LatestWeek:
        range = latest.range;
        break;
    case Choice::ThisWeek:
        range = FilterBar::presetRange(FilterBar::Preset::ThisWeek, anchor, settings);
        break;
    case Choice::LastMonth:
        range = FilterBar::presetRange(FilterBar::Preset::LastMonth, anchor, settings);
        break;
    case Choice::ThisMonth:
        range = FilterBar::presetRange(FilterBar::Preset::ThisMonth, anchor, settings);
        break;
    case Choice::LastQuarter:
        range = FilterBar::presetRange(FilterBar::Preset::LastQuarter, anchor, settings);
        break;
    case Choice::Dashboard:
        range = m_dashboardRange;
        break;
    case Choice::Custom:
        break;
    }
    m_updating = true;
    setPeriod(range);
    m_updating = false;
    updatePeriodLabel();
}

void MeetingPackDialog::updatePeriodLabel() {
    const DateRange range = period();
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (!range.isValid()) {
        m_ui->periodLabel->setText(tr("The first day is after the last."));
        ok->setEnabled(false);
        return;
    }
    ok->setEnabled(true);
    if (!m_facts) {
        m_ui->periodLabel->setText(report::dayRange(range));
        return;
    }
    const report::PackPeriod p = report::resolvePeriod(*m_facts, range);
    QString text = tr("The pack will cover: <b>%1</b>").arg(report::periodTitle(p).toHtmlEscaped());
    if (p.partial())
        text += QStringLiteral("<br>") + report::partialPeriodNote(p).toHtmlEscaped();
    m_ui->periodLabel->setText(text);
}

} // namespace revalign::ui
