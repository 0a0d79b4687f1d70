#pragma once

#include "domain/funnelstage.h"

#include <QDialog>

#include <memory>

namespace Ui {
class StageDialog;
}

namespace revalign::ui {

// Rewords a funnel stage: name, owning team, agreed definition and SLA, with a note for the change log.
class StageDialog final : public QDialog {
    Q_OBJECT
public:
    explicit StageDialog(const FunnelStage& stage, QWidget* parent = nullptr);
    ~StageDialog() override;

    FunnelStage stage() const;
    QString note() const;

private:
    std::unique_ptr<::Ui::StageDialog> m_ui;
    FunnelStage m_original;
};

} // namespace revalign::ui
