#pragma once

#include "import/importjob.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportRunPage;
}

class QComboBox;

namespace revalign::ui {

class CsvPreviewModel;
class ImportErrorModel;
class ImportJob;
class ImportWizard;

// 5. The import itself (cancellable, all or nothing), its summary and undo.
class ImportRunPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);
    ~ImportRunPage() override;
    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_job->isRunning(); }
    const RunOutcome& outcome() const { return m_job->outcome(); }
    void cancel();
    // Undoes every batch this import wrote, newest first; false (and a message) when it cannot.
    bool undo();
    QString statusText() const;
    // Unresolved references, undated facts, undefined deal stages and notes of the files (rich text).
    QString findingsText() const;

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    std::unique_ptr<::Ui::ImportRunPage> m_ui;
    ImportWizard* m_wizard;
    ImportJob* m_job;
    bool m_undone = false;
};

} // namespace revalign::ui
