#include "import/formatpage.h"

#include "import/importwizard.h"
#include "models/csvpreviewmodel.h"
#include "ui_formatpage.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QRegularExpression>

#include <map>

namespace revalign::ui {

namespace {
QString dateOrderText(DateOrder order) {
    switch (order) {
    case DateOrder::Auto:
        return FormatPage::tr("Decide from the values");
    case DateOrder::Iso:
        return FormatPage::tr("Year first (2026-11-26)");
    case DateOrder::Mdy:
        return FormatPage::tr("Month first (11/26/2026, US)");
    case DateOrder::Dmy:
        return FormatPage::tr("Day first (26/11/2026)");
    case DateOrder::ExcelSerial:
        return FormatPage::tr("Excel serial numbers (46352)");
    }
    return {};
}

QString decimalText(DecimalMark mark) {
    switch (mark) {
    case DecimalMark::Auto:
        return FormatPage::tr("Decide from the values");
    case DecimalMark::Dot:
        return FormatPage::tr("Dot (1,234.56)");
    case DecimalMark::Comma:
        return FormatPage::tr("Comma (1.234,56)");
    }
    return {};
}

QString delimiterText(char delimiter) {
    switch (delimiter) {
    case ',':
        return FormatPage::tr("Comma");
    case ';':
        return FormatPage::tr("Semicolon");
    case '\t':
        return FormatPage::tr("Tab");
    case '|':
        return FormatPage::tr("Pipe");
    default:
        return FormatPage::tr("Detect");
    }
}

void selectData(QComboBox* combo, const QVariant& value) {
    const int at = combo->findData(value);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}
} // namespace

FormatPage::FormatPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<::Ui::FormatPage>())
    , m_wizard(wizard)
    , m_model(new CsvPreviewModel(this)) {
    m_ui->setupUi(this);
    setTitle(tr("Source and format"));
    setSubTitle(tr("How each file reads. Everything is detected; change a choice when the preview looks "
                   "wrong."));
    m_ui->previewView->setModel(m_model);
    m_ui->previewView->horizontalHeader()->setDefaultSectionSize(130);
    m_ui->previewView->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewView->verticalHeader()->setDefaultSectionSize(m_ui->previewView->fontMetrics().height() + 6);
    m_ui->grid->setColumnStretch(1, 1);
    m_ui->grid->setColumnStretch(2, 1);
    m_ui->grid->setHorizontalSpacing(12);

    m_ui->encodingCombo->addItem(tr("Detect"), QString());
    for (const char* name : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1", "ISO-8859-15",
                             "TIS-620", "Shift_JIS", "GB18030"})
        m_ui->encodingCombo->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    for (const char d : {'\0', ',', ';', '\t', '|'})
        m_ui->delimiterCombo->addItem(delimiterText(d), static_cast<int>(d));
    for (const DateOrder o :
         {DateOrder::Auto, DateOrder::Iso, DateOrder::Mdy, DateOrder::Dmy, DateOrder::ExcelSerial})
        m_ui->dateOrderCombo->addItem(dateOrderText(o), static_cast<int>(o));
    for (const DecimalMark m : {DecimalMark::Auto, DecimalMark::Dot, DecimalMark::Comma})
        m_ui->decimalCombo->addItem(decimalText(m), static_cast<int>(m));

    connect(m_ui->fileCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling)
            m_wizard->setCurrentFile(index);
    });
    for (QComboBox* combo : {m_ui->profileCombo, m_ui->encodingCombo, m_ui->delimiterCombo,
                             m_ui->dateOrderCombo, m_ui->decimalCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &FormatPage::overrideChanged);
    connect(m_wizard, &ImportWizard::currentFileChanged, this, &FormatPage::showFile);
    connect(m_wizard, &ImportWizard::previewReady, this, &FormatPage::onPreview);
}

FormatPage::~FormatPage() = default;

QComboBox* FormatPage::fileCombo() const {
    return m_ui->fileCombo;
}
QComboBox* FormatPage::profileCombo() const {
    return m_ui->profileCombo;
}
QComboBox* FormatPage::encodingCombo() const {
    return m_ui->encodingCombo;
}
QComboBox* FormatPage::delimiterCombo() const {
    return m_ui->delimiterCombo;
}
QComboBox* FormatPage::dateOrderCombo() const {
    return m_ui->dateOrderCombo;
}
QComboBox* FormatPage::decimalCombo() const {
    return m_ui->decimalCombo;
}
QString FormatPage::problemsText() const {
    return m_ui->problemsLabel->text();
}
QString FormatPage::detectedText() const {
    return m_ui->detectedLabel->text();
}

void FormatPage::initializePage() {
    m_filling = true;
    m_ui->fileCombo->clear();
    for (const ImportFileChoice& f : m_wizard->files())
        m_ui->fileCombo->addItem(QFileInfo(f.path).fileName(), f.path);
    m_ui->fileCombo->setCurrentIndex(m_wizard->currentFile());
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItem(tr("Recognise from the header"), QString());
    for (const ImportProfile& p : m_wizard->catalog().profiles())
        m_ui->profileCombo->addItem(profileLabel(p), p.name);
    m_filling = false;
    showFile(m_wizard->currentFile());
}

void FormatPage::showFile(int file) {
    if (file < 0 || file >= static_cast<int>(m_wizard->files().size()))
        return;
    const ImportFileChoice& f = m_wizard->files()[static_cast<size_t>(file)];
    m_filling = true;
    m_ui->fileCombo->setCurrentIndex(file);
    selectData(m_ui->profileCombo, f.profileName);
    selectData(m_ui->encodingCombo, f.encoding);
    selectData(m_ui->delimiterCombo, static_cast<int>(f.delimiter));
    selectData(m_ui->dateOrderCombo, static_cast<int>(f.dateOrder));
    selectData(m_ui->decimalCombo, static_cast<int>(f.decimal));
    m_filling = false;
    onPreview(file);
}

void FormatPage::overrideChanged() {
    if (m_filling)
        return;
    const int file = m_wizard->currentFile();
    if (file < 0 || file >= static_cast<int>(m_wizard->files().size()))
        return;
    ImportFileChoice& f = m_wizard->files()[static_cast<size_t>(file)];
    const QString profile = m_ui->profileCombo->currentData().toString();
    if (profile != f.profileName)
        f.editedProfile.reset(); // a different profile: its own mapping, not the edit of the old one
    f.profileName = profile;
    f.encoding = m_ui->encodingCombo->currentData().toString();
    f.delimiter = static_cast<char>(m_ui->delimiterCombo->currentData().toInt());
    f.dateOrder = static_cast<DateOrder>(m_ui->dateOrderCombo->currentData().toInt());
    f.decimal = static_cast<DecimalMark>(m_ui->decimalCombo->currentData().toInt());
    m_wizard->requestPreview(file);
    m_ui->statusLabel->setText(tr("Reading the first rows again…"));
    Q_EMIT completeChanged();
}

void FormatPage::onPreview(int file) {
    Q_EMIT completeChanged();
    if (file != m_wizard->currentFile())
        return;
    const PreviewOutcome& outcome = m_wizard->preview(file);
    if (!outcome.loaded) {
        m_model->clear();
        m_ui->detectedLabel->clear();
        m_ui->problemsLabel->hide();
        m_ui->statusLabel->setText(tr("Reading the first rows…"));
        return;
    }
    const ImportPreview& p = outcome.preview;
    m_model->setPreview(p.header, p.rows);
    QStringList problems;
    const ImportFileChoice& choice = m_wizard->files()[static_cast<size_t>(file)];
    if (!outcome.error.isEmpty() && choice.profileName.isEmpty() && !p.header.isEmpty()) {
        problems << (p.header.size() <= 1
                         ? tr("The file reads as a single column: choose the delimiter above.")
                         : tr("No import profile recognises these columns: choose the profile above."));
    } else if (!outcome.error.isEmpty()) {
        QString error = outcome.error;
        error.replace(choice.path, QFileInfo(choice.path).fileName());
        problems << tr("%1 — choose the profile, encoding or delimiter above.").arg(error.toHtmlEscaped());
    }
    for (QString problem : p.formatProblems) {
        // Core words it for the command line ("choose with --date-order mdy or dmy"); here the combos say it.
        problem.remove(QRegularExpression(QStringLiteral(";?\\s*choose with --.*$")));
        problem.replace(choice.path, QFileInfo(choice.path).fileName());
        problems << (problem.contains(QStringLiteral("month/day"))
                         ? tr("%1 — choose the date order above: month first for US exports, day first for "
                              "most others.")
                         : tr("%1 — choose the decimal mark above."))
                        .arg(problem.toHtmlEscaped());
    }
    QStringList notes;
    for (const QString& note : p.headerNotes)
        notes << note.toHtmlEscaped();
    // What the profile cannot find in this header: the mapping page is where it is fixed (and blocks
    // Next while a needed field has no column).
    QStringList profileNotes;
    for (QString note : p.profileProblems + p.profileNotes) {
        note.replace(choice.path, QFileInfo(choice.path).fileName());
        profileNotes << note.toHtmlEscaped();
    }
    QString html;
    if (!problems.isEmpty())
        html += u"<p style='color:#b02020'><b>" % tr("Needs a choice:") % u"</b><br>" %
                problems.join(QStringLiteral("<br>")) % u"</p>";
    if (!notes.isEmpty())
        html += u"<p><b>" % tr("Notes on the header:") % u"</b><br>" % notes.join(QStringLiteral("<br>")) %
                u"</p>";
    if (!profileNotes.isEmpty())
        html += u"<p><b>" % tr("Notes on the profile (the next page shows and fixes the mapping):") %
                u"</b><br>" % profileNotes.join(QStringLiteral("<br>")) % u"</p>";
    m_ui->problemsLabel->setText(html);
    m_ui->problemsLabel->setVisible(!html.isEmpty());

    if (outcome.error.isEmpty()) {
        const QString encoding = p.format.encodingFromBom
                                     ? tr("%1 (from the byte order mark)").arg(p.format.encoding)
                                 : p.format.encodingOverridden ? tr("%1 (as chosen)").arg(p.format.encoding)
                                                               : tr("%1 (detected)").arg(p.format.encoding);
        // One line per date order in use, e.g. "Year first (2026-11-26) in 6 columns".
        std::map<DateOrder, int> orders;
        for (const ColumnFormat& c : p.columnFormats)
            if (c.dateOrder != DateOrder::Auto)
                ++orders[c.dateOrder];
        QStringList dates;
        for (const auto& [order, count] : orders)
            dates << tr("%1 in %n column(s)", nullptr, count).arg(dateOrderText(order));
        QString detected = u"<b>" % tr("Profile:") % u"</b> " %
                           profileLabel(outcome.profile).toHtmlEscaped() % u"<br><b>" % tr("Encoding:") %
                           u"</b> " % encoding.toHtmlEscaped() % u"<br><b>" % tr("Delimiter:") % u"</b> " %
                           delimiterText(p.format.delimiter);
        if (!dates.isEmpty() && p.formatProblems.isEmpty())
            detected +=
                u"<br><b>" % tr("Dates:") % u"</b> " % dates.join(QStringLiteral("; ")).toHtmlEscaped();
        int commaColumns = 0;
        int dotColumns = 0;
        for (const ColumnFormat& c : p.columnFormats) {
            commaColumns += c.decimal == DecimalMark::Comma ? 1 : 0;
            dotColumns += c.decimal == DecimalMark::Dot ? 1 : 0;
        }
        if (commaColumns + dotColumns > 0)
            detected += u"<br><b>" % tr("Numbers:") % u"</b> " %
                        (commaColumns > 0 ? decimalText(DecimalMark::Comma) : decimalText(DecimalMark::Dot));
        if (!p.unmappedColumns.isEmpty())
            detected += u"<br><b>" % tr("Not imported:") % u"</b> " %
                        tr("%n column(s) the profile does not use", nullptr,
                           static_cast<int>(p.unmappedColumns.size()));
        m_ui->detectedLabel->setText(detected);
    } else {
        m_ui->detectedLabel->clear();
    }
    m_ui->statusLabel->setText(
        tr("The first %n row(s) of %1 as read with these choices:", nullptr, static_cast<int>(p.rows.size()))
            .arg(QFileInfo(m_wizard->files()[static_cast<size_t>(file)].path).fileName()));
}

bool FormatPage::isComplete() const {
    if (m_wizard->previewsPending())
        return false;
    for (int i = 0; i < static_cast<int>(m_wizard->files().size()); ++i) {
        const PreviewOutcome& o = m_wizard->preview(i);
        if (!o.loaded || !o.error.isEmpty() || !o.preview.formatProblems.isEmpty())
            return false;
    }
    return !m_wizard->files().empty();
}

} // namespace revalign::ui
