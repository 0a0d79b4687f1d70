#pragma once

#include "import/importplan.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>
#include <stop_token>

class QTableWidget;

namespace revalign::ui {

class CsvPreviewModel;
class ImportErrorModel;
class ImportJob;
class ImportWizard;

// Shared by the dry run and the import: runs runImport on a worker with a progress bar.
class ImportJob final : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(QObject* parent);
    ~ImportJob() override;
    void start(const QString& workspace, const std::vector<ImportFileChoice>& files, bool dryRun,
               bool skipInvalid);
    void cancel();
    bool isRunning() const { return m_running; }
    const RunOutcome& outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(int perMille);
    // Another person's import holds a team workspace: "Import by anna@laptop since 09:14 — waiting…".
    void waiting(const QString& message);
    void finished();

private:
    std::shared_ptr<std::stop_source> m_cancel;
    QFuture<RunOutcome> m_future;
    RunOutcome m_outcome;
    bool m_running = false;
};

// Fills a counts table: one row per file with new / updated / unchanged / invalid (and batch).
void fillCountsTable(QTableWidget* table, const std::vector<ImportResult>& results, bool withBatch);
// What the files' rows showed besides counts, per file (rich text): references kept until their record
// arrives, facts without a date, deal stages not yet defined, notes. Empty when there is nothing.
QString findingsText(const std::vector<ImportResult>& results);

} // namespace revalign::ui
