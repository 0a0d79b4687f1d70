#include "import/importrunpage.h"

#include "import/importjob.h"
#include "import/importwizard.h"
#include "import/validationpage.h"
#include "store/importstore.h"
#include "store/workspace.h"
#include "ui_importrunpage.h"
#include "workflow/importservice.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

#include <algorithm>
#include <functional>

namespace revalign::ui {

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<::Ui::ImportRunPage>())
    , m_wizard(wizard)
    , m_job(new ImportJob(this)) {
    m_ui->setupUi(this);
    setTitle(tr("Import"));
    setFinalPage(true);
    m_ui->layout->addStretch(1); // the summary sits at the top, not spread over the page
    m_ui->undoRow->setStretch(1, 1);
    m_ui->statusLabel->setWordWrap(true);
    m_ui->summaryTable->setFocusPolicy(Qt::NoFocus);
    connect(m_job, &ImportJob::progress, this, [this](int perMille) {
        m_ui->progressBar->setFormat(QStringLiteral("%p%"));
        m_ui->progressBar->setValue(perMille);
    });
    // A team workspace's import waits while someone else's runs: the bar says for whom (Cancel ends it).
    connect(m_job, &ImportJob::waiting, m_ui->progressBar, &QProgressBar::setFormat);
    connect(m_job, &ImportJob::finished, this, &ImportRunPage::onFinished);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_ui->undoButton, &QPushButton::clicked, this, [this] {
        if (!m_wizard->isHeadless() &&
            QMessageBox::question(this, tr("Undo this import"),
                                  tr("Put the workspace back exactly as it was before this import?")) !=
                QMessageBox::Yes)
            return;
        undo();
    });
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage() {
    m_undone = false;
    setSubTitle(tr("Writing every file in one step: cancel and nothing is written."));
    m_ui->summaryTable->hide();
    m_ui->findingsLabel->clear();
    m_ui->findingsLabel->hide();
    m_ui->undoButton->hide();
    m_ui->undoLabel->clear();
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_ui->cancelButton->show();
    m_ui->cancelButton->setEnabled(true);
    m_ui->statusLabel->setText(tr("Importing…"));
    m_job->start(m_wizard->workspacePath(), m_wizard->files(), false,
                 m_wizard->validationPage()->skipInvalid());
    Q_EMIT completeChanged();
}

void ImportRunPage::cancel() {
    m_job->cancel();
    m_ui->cancelButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Cancelling…"));
}

QString ImportRunPage::statusText() const {
    return m_ui->statusLabel->text();
}

QString ImportRunPage::findingsText() const {
    return m_ui->findingsLabel->text();
}

void ImportRunPage::onFinished() {
    const RunOutcome& outcome = m_job->outcome();
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    bool written = false;
    for (const ImportResult& r : outcome.results)
        written = written || r.written;
    if (outcome.cancelled) {
        setSubTitle(tr("Cancelled."));
        m_ui->statusLabel->setText(tr("Import cancelled: nothing was written; the workspace is as it was."));
    } else if (!outcome.error.isEmpty()) {
        setSubTitle(tr("Not imported."));
        m_ui->statusLabel->setText(tr("Nothing was written: %1").arg(outcome.error));
    } else {
        fillCountsTable(m_ui->summaryTable, outcome.results, true);
        m_ui->summaryTable->show();
        const QString findings = ui::findingsText(outcome.results);
        m_ui->findingsLabel->setText(findings);
        m_ui->findingsLabel->setVisible(!findings.isEmpty());
        qint64 added = 0;
        qint64 updated = 0;
        for (const ImportResult& r : outcome.results) {
            added += r.counts.added;
            updated += r.counts.updated;
        }
        const QLocale locale;
        if (written) {
            setSubTitle(tr("Done."));
            m_ui->statusLabel->setText(
                tr("Imported: %1 new and %2 updated records. Every page now shows them.")
                    .arg(locale.toString(added), locale.toString(updated)));
            m_ui->undoButton->show();
            m_ui->undoLabel->setText(tr("Puts the workspace back exactly as it was before this import."));
            Q_EMIT m_wizard->workspaceChanged();
        } else {
            setSubTitle(tr("Nothing to write."));
            m_ui->statusLabel->setText(
                added + updated == 0
                    ? tr("Every row is already in the workspace, unchanged: nothing was written.")
                    : tr("Nothing was written (some rows are invalid)."));
        }
        // What the import decided on its own (matched by email, kept apart, nothing to import): said here
        // too, never only in the CLI.
        QStringList notes;
        for (const ImportResult& r : outcome.results)
            for (const QString& note : r.findings.notes)
                notes << QStringLiteral("%1: %2").arg(QFileInfo(r.file).fileName(), note);
        if (!notes.isEmpty())
            m_ui->statusLabel->setText(m_ui->statusLabel->text() + QStringLiteral("\n") + notes.join(u'\n'));
    }
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

bool ImportRunPage::undo() {
    // One import is one batch per file that changed something; undo them newest first and stop at
    // anything that is not ours (a later import from elsewhere must not be undone by this button).
    std::vector<ImportBatchId> ours;
    for (const ImportResult& r : m_job->outcome().results)
        if (r.written && r.batch.isValid())
            ours.push_back(r.batch);
    QString problem;
    try {
        // One step: the check that these are still the newest imports and the undo share a transaction
        // (and, in a team workspace, the import lock; a button does not wait for it).
        Workspace ws = Workspace::open(m_wizard->workspacePath());
        ImportWait wait;
        wait.noWait = true;
        if (const std::optional<ImportBatchSummary> later = undoImports(ws, ours, wait))
            problem =
                tr("A later import changed the workspace (%1 by %2); undo that one first (Import page).")
                    .arg(later->info.fileName,
                         later->info.importedBy.isEmpty() ? tr("someone") : later->info.importedBy);
    } catch (const Error& e) {
        problem = e.message();
    }
    m_undone = problem.isEmpty();
    m_ui->undoButton->setEnabled(!m_undone);
    m_ui->undoLabel->setText(m_undone ? tr("Undone: the workspace is as it was before this import.")
                                      : problem);
    if (!problem.isEmpty() && !m_wizard->isHeadless())
        QMessageBox::warning(this, tr("Undo this import"), problem);
    Q_EMIT m_wizard->workspaceChanged();
    return m_undone;
}

bool ImportRunPage::isComplete() const {
    return !m_job->isRunning();
}

} // namespace revalign::ui
