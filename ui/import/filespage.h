#pragma once

#include "import/importplan.h"

#include <QDate>
#include <QWizardPage>

#include <memory>

namespace Ui {
class FilesPage;
}

class QComboBox;

namespace revalign::ui {

class CsvPreviewModel;
class ImportErrorModel;
class ImportJob;
class ImportWizard;

// 1. Which files, in which order.
class FilesPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit FilesPage(ImportWizard* wizard);
    ~FilesPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void addFiles(const QStringList& paths);
    QStringList paths() const;
    // The day the exports were taken: deals files become a snapshot as of then.
    QDate asOf() const;
    void setAsOf(const QDate& day);

private:
    void chooseFiles();
    std::unique_ptr<::Ui::FilesPage> m_ui;
    ImportWizard* m_wizard;
};

} // namespace revalign::ui
