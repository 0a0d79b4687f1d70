#pragma once

#include "import/importjob.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ValidationPage;
}

class QComboBox;

namespace revalign::ui {

class CsvPreviewModel;
class ImportErrorModel;
class ImportJob;
class ImportWizard;

// 4. Dry run over every file: counts, first errors with the line's fields, skip-invalid choice.
class ValidationPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ValidationPage(ImportWizard* wizard);
    ~ValidationPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_job->isRunning(); }
    const RunOutcome& outcome() const { return m_job->outcome(); }
    ImportErrorModel* errorModel() const { return m_errors; }
    bool skipInvalid() const;
    void setSkipInvalid(bool skip);
    // Shows the lines of problem group `row` and the raw fields of its first line in the detail box;
    // returns those fields.
    QStringList showErrorLine(int row);
    QString detailText() const;
    QString statusText() const;
    QString notesText() const;

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    std::unique_ptr<::Ui::ValidationPage> m_ui;
    ImportWizard* m_wizard;
    ImportJob* m_job;
    ImportErrorModel* m_errors;
};

} // namespace revalign::ui
