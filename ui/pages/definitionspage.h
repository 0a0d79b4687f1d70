#pragma once

#include "domain/dealstage.h"
#include "domain/funnelstage.h"
#include "domain/kpidefinition.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace revalign::ui {

class ChangeLogModel;
class DealStageModel;
class DefinitionService;
class KpiDefinitionModel;
class StageDefinitionModel;

// What both teams agreed: the funnel stages with their definitions and SLAs, the deal stages of the sales
// process (order, probability, forecast category, open/won/lost; stages an import met first are flagged
// until someone defines them), the KPI registry with targets, and the log of every change to them (who,
// when, old → new, why).
class DefinitionsPage final : public QWidget {
    Q_OBJECT
public:
    explicit DefinitionsPage(QWidget* parent = nullptr);

    // Reads the definitions of the workspace (an empty path clears the page).
    void setWorkspace(const QString& path);
    void reload();

    StageDefinitionModel* stageModel() const { return m_stageModel; }
    KpiDefinitionModel* kpiModel() const { return m_kpiModel; }
    ChangeLogModel* changeModel() const { return m_changeModel; }
    DealStageModel* dealStageModel() const { return m_dealStageModel; }
    // Brings the deal stages tab forward with the first stage not yet defined selected.
    void showDealStages();
    QTabWidget* tabs() const { return m_tabs; }

    // Start writing an edit (who is the current user); false if a write is running. saved() follows.
    bool applyStageEdit(const FunnelStage& stage, const QString& note);
    bool applyKpiEdit(const KpiDefinition& kpi, const QString& note);
    bool applyDealStageEdit(const DealStage& stage, const QString& note);

    void editSelectedStage();
    void editSelectedKpi();
    void editSelectedDealStage();

Q_SIGNALS:
    void saved(bool ok, const QString& message);
    // A deal stage was defined: the deals in it moved along, so every figure must be read again.
    void dealStagesChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void writeFinished(bool ok, const QString& message);
    void updateActions();
    void showKpiDetails();
    int selectedRow(const QTableView* view) const;

    QString m_path;
    DefinitionService* m_service;
    StageDefinitionModel* m_stageModel;
    KpiDefinitionModel* m_kpiModel;
    ChangeLogModel* m_changeModel;
    DealStageModel* m_dealStageModel;
    QTabWidget* m_tabs;
    QTableView* m_stageView;
    QTableView* m_kpiView;
    QTableView* m_changeView;
    QTableView* m_dealStageView;
    QPushButton* m_editStage;
    QPushButton* m_editKpi;
    QPushButton* m_editDealStage;
    QWidget* m_dealStageTab = nullptr;
    bool m_writingDealStage = false;
    QLabel* m_kpiDetails;
    QLabel* m_status;
};

} // namespace revalign::ui
