#pragma once

#include "domain/dealstage.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DealStageDialog;
}

namespace revalign::ui {

// Defines a deal stage: whether its deals are open, won or lost, its probability and forecast category,
// and its place in the sales process, with a note for the change log. Saving marks the stage defined.
class DealStageDialog final : public QDialog {
    Q_OBJECT
public:
    // `stages`: how many stages the workspace has (the largest position).
    DealStageDialog(const DealStage& stage, int stages, QWidget* parent = nullptr);
    ~DealStageDialog() override;

    DealStage stage() const;
    QString note() const;

private:
    void outcomeChanged();

    std::unique_ptr<::Ui::DealStageDialog> m_ui;
    DealStage m_original;
};

} // namespace revalign::ui
