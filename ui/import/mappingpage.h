#pragma once

#include "import/importplan.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class MappingPage;
}

class QComboBox;

namespace revalign::ui {

class CsvPreviewModel;
class ImportErrorModel;
class ImportJob;
class ImportWizard;

// 3. Column -> field for the current file, required fields checked, profiles saved and shared.
class MappingPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit MappingPage(ImportWizard* wizard);
    ~MappingPage() override;
    void initializePage() override;
    bool isComplete() const override;

    // The field combo of header column `column` (row of the mapping table).
    QComboBox* fieldCombo(int column) const;
    QString requiredText() const;

private:
    void showFile(int file);
    void fieldChosen(int column, QComboBox* combo);
    void saveAsProfile();
    void exportProfile();
    void loadProfile();
    void report(const QString& title, const QString& message);
    std::unique_ptr<::Ui::MappingPage> m_ui;
    ImportWizard* m_wizard;
    bool m_filling = false;
};

} // namespace revalign::ui
