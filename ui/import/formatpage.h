#pragma once

#include "import/importplan.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class FormatPage;
}

class QComboBox;

namespace revalign::ui {

class CsvPreviewModel;
class ImportErrorModel;
class ImportJob;
class ImportWizard;

// 2. How each file reads: profile, encoding, delimiter, date order, decimal mark, and the first rows.
class FormatPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit FormatPage(ImportWizard* wizard);
    ~FormatPage() override;
    void initializePage() override;
    bool isComplete() const override;

    QComboBox* fileCombo() const;
    QComboBox* profileCombo() const;
    QComboBox* encodingCombo() const;
    QComboBox* delimiterCombo() const;
    QComboBox* dateOrderCombo() const;
    QComboBox* decimalCombo() const;
    QComboBox* sheetCombo() const;
    CsvPreviewModel* previewModel() const { return m_model; }
    QString problemsText() const;
    QString detectedText() const;

private:
    void showFile(int file);
    void onPreview(int file);
    void showWorkbookRows(const WorkbookFormat* workbook);
    void overrideChanged();
    std::unique_ptr<::Ui::FormatPage> m_ui;
    ImportWizard* m_wizard;
    CsvPreviewModel* m_model;
    bool m_filling = false;
};

} // namespace revalign::ui
