#include "import/validationpage.h"

#include "import/importjob.h"
#include "import/importwizard.h"
#include "models/importerrormodel.h"
#include "ui_validationpage.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QStringBuilder>

#include <climits>

namespace revalign::ui {

ValidationPage::ValidationPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<::Ui::ValidationPage>())
    , m_wizard(wizard)
    , m_job(new ImportJob(this))
    , m_errors(new ImportErrorModel(this)) {
    m_ui->setupUi(this);
    setTitle(tr("Check"));
    setSubTitle(tr("A dry run over every row of every file. Nothing is written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_ui->errorsView->setModel(m_errors);
    // Without errors the counts sit at the top; with errors the error table takes the room.
    m_ui->layout->setStretchFactor(m_ui->errorsView, 10);
    m_ui->layout->addStretch(1);
    m_ui->countsTable->setFocusPolicy(Qt::NoFocus);
    m_ui->errorsView->verticalHeader()->hide();
    m_ui->errorsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->skipNoteLabel->setText(
        tr("Off: if any row is invalid, nothing is written — fix the file or the mapping and try again. "
           "On: the valid rows are imported; the invalid ones listed here are left out and counted in the "
           "summary."));
    m_ui->skipNoteLabel->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    connect(m_job, &ImportJob::progress, this, [this](int perMille) {
        m_ui->progressBar->setFormat(QStringLiteral("%p%"));
        m_ui->progressBar->setValue(perMille);
    });
    // A team workspace's import waits while someone else's runs: the bar says for whom (Cancel ends it).
    connect(m_job, &ImportJob::waiting, m_ui->progressBar, &QProgressBar::setFormat);
    connect(m_job, &ImportJob::finished, this, &ValidationPage::onFinished);
    connect(m_ui->skipInvalidCheck, &QCheckBox::toggled, this, &ValidationPage::completeChanged);
    connect(m_ui->errorsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showErrorLine(current.row()); });
}

ValidationPage::~ValidationPage() = default;

void ValidationPage::initializePage() {
    m_errors->setGroups({});
    m_ui->countsTable->hide();
    m_ui->notesLabel->hide();
    m_ui->notesLabel->clear();
    m_ui->errorsLabel->hide();
    m_ui->errorsView->hide();
    m_ui->detailEdit->hide();
    m_ui->detailEdit->clear();
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_ui->statusLabel->setText(tr("Checking every row…"));
    m_job->start(m_wizard->workspacePath(), m_wizard->files(), true, false);
    Q_EMIT completeChanged();
}

void ValidationPage::cleanupPage() {
    m_job->cancel();
}

void ValidationPage::onFinished() {
    const RunOutcome& outcome = m_job->outcome();
    m_ui->progressBar->hide();
    if (outcome.cancelled) {
        m_ui->statusLabel->setText(tr("The check was stopped."));
    } else if (!outcome.error.isEmpty()) {
        m_ui->statusLabel->setText(tr("The files cannot be imported: %1\nGo back and change the format or "
                                      "mapping choices.")
                                       .arg(outcome.error));
    } else {
        qint64 invalid = 0;
        qint64 rows = 0;
        std::vector<ErrorGroup> groups; // file by file, each file's biggest first
        QStringList notes;
        for (const ImportResult& r : outcome.results) {
            invalid += r.counts.invalid;
            rows += r.rows;
            groups.insert(groups.end(), r.errorGroups.begin(), r.errorGroups.end());
            for (const QString& note : r.notes)
                notes << tr("%1: %2").arg(QFileInfo(r.file).fileName(), note).toHtmlEscaped();
        }
        fillCountsTable(m_ui->countsTable, outcome.results, false);
        m_ui->countsTable->show();
        if (!notes.isEmpty()) {
            m_ui->notesLabel->setText(u"<b>" % tr("Notes:") % u"</b><br>" %
                                      notes.join(QStringLiteral("<br>")));
            m_ui->notesLabel->show();
        }
        const QLocale locale;
        if (invalid == 0) {
            m_ui->statusLabel->setText(tr("All %1 rows are valid. Press Import to write them in one step.")
                                           .arg(locale.toString(rows)));
        } else {
            m_errors->setGroups(std::move(groups));
            m_ui->statusLabel->setText(
                tr("%1 of %2 rows are invalid: %3 problems of %4 kinds. Fix them in the file, change the "
                   "mapping, or tick “Skip invalid rows” to import the rest.")
                    .arg(locale.toString(invalid), locale.toString(rows),
                         locale.toString(m_errors->problemCount()), locale.toString(m_errors->rowCount())));
            m_ui->errorsLabel->setText(tr(
                "The problems, grouped by column, reason and value; every row is counted (click one to see "
                "its first line):"));
            m_ui->errorsLabel->show();
            m_ui->errorsView->show();
            m_ui->detailEdit->show();
            m_ui->errorsView->resizeColumnsToContents();
            // A long reason (the known values of a vocabulary) must not push the count and the lines out
            // of sight; the tooltip has all of it.
            const int reasonWidth = m_ui->errorsView->width() / 3;
            if (m_ui->errorsView->columnWidth(ImportErrorModel::Reason) > reasonWidth)
                m_ui->errorsView->setColumnWidth(ImportErrorModel::Reason, reasonWidth);
            m_ui->errorsView->horizontalHeader()->setStretchLastSection(true);
        }
    }
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

bool ValidationPage::skipInvalid() const {
    return m_ui->skipInvalidCheck->isChecked();
}

void ValidationPage::setSkipInvalid(bool skip) {
    m_ui->skipInvalidCheck->setChecked(skip);
}

QString ValidationPage::detailText() const {
    return m_ui->detailEdit->toPlainText();
}

QString ValidationPage::statusText() const {
    return m_ui->statusLabel->text();
}

QString ValidationPage::notesText() const {
    return m_ui->notesLabel->text();
}

QStringList ValidationPage::showErrorLine(int row) {
    const ErrorGroup* g = m_errors->group(row);
    if (!g || g->lines.empty())
        return {};
    const auto& files = m_wizard->files();
    const auto file = std::find_if(files.begin(), files.end(), [&](const ImportFileChoice& f) {
        return f.path == g->file || QFileInfo(f.path).fileName() == QFileInfo(g->file).fileName();
    });
    if (file == files.end())
        return {};
    const qint64 line = g->lines.front();
    const QStringList fields = readRecordAt(*file, line);
    const QStringList header = m_wizard->preview(static_cast<int>(file - files.begin())).preview.header;
    QStringList lines{
        tr("%1: %2").arg(QFileInfo(g->file).fileName(), g->reason),
        tr("%n row(s), lines %1", nullptr, static_cast<int>(std::min<qint64>(g->count, INT_MAX)))
            .arg(ImportErrorModel::linesText(*g)),
        tr("Line %1:").arg(QLocale().toString(line))};
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = i < header.size() ? header.at(i) : tr("(extra %1)").arg(i + 1);
        lines << tr("%1%2: %3")
                     .arg(i + 1 == g->column ? QStringLiteral("▶ ") : QStringLiteral("   "), name,
                          fields.at(i));
    }
    m_ui->detailEdit->setPlainText(lines.join(u'\n'));
    return fields;
}

bool ValidationPage::isComplete() const {
    const RunOutcome& o = m_job->outcome();
    if (m_job->isRunning() || o.cancelled || !o.error.isEmpty() || o.results.empty())
        return false;
    if (skipInvalid())
        return true;
    for (const ImportResult& r : o.results)
        if (r.counts.invalid > 0)
            return false;
    return true;
}

} // namespace revalign::ui
