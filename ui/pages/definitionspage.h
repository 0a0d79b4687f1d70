#pragma once

#include "domain/funnelstage.h"
#include "domain/kpidefinition.h"
#include "metrics/facttable.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace revalign::ui {

class ChangeLogModel;
class DefinitionService;
class KpiDefinitionModel;
class StageDefinitionModel;

// What both teams agreed: the funnel stages with their definitions and SLAs, the KPI registry with
// targets, and the log of every change to them (who, when, old → new, why).
class DefinitionsPage final : public QWidget {
    Q_OBJECT
public:
    explicit DefinitionsPage(QWidget* parent = nullptr);

    // Reads the definitions of the workspace (an empty path clears the page).
    void setWorkspace(const QString& path);
    // The metrics snapshot the reverse-funnel plan reads its rates from.
    void setSnapshot(FactSnapshot facts);
    void reload();

    StageDefinitionModel* stageModel() const { return m_stageModel; }
    KpiDefinitionModel* kpiModel() const { return m_kpiModel; }
    ChangeLogModel* changeModel() const { return m_changeModel; }
    QTabWidget* tabs() const { return m_tabs; }

    // Start writing an edit (who is the current user); false if a write is running. saved() follows.
    bool applyStageEdit(const FunnelStage& stage, const QString& note);
    bool applyKpiEdit(const KpiDefinition& kpi, const QString& note);
    // Saves several KPIs in one logged write (adopting suggested benchmarks).
    bool applyKpiEdits(const std::vector<KpiDefinition>& kpis, const QString& note);

    void editSelectedStage();
    void editSelectedKpi();
    void offerBenchmarks();
    void openPlan();

Q_SIGNALS:
    void saved(bool ok, const QString& message);

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
    QTabWidget* m_tabs;
    QTableView* m_stageView;
    QTableView* m_kpiView;
    QTableView* m_changeView;
    QPushButton* m_editStage;
    QPushButton* m_editKpi;
    QPushButton* m_benchmarks;
    QPushButton* m_plan;
    FactSnapshot m_facts;
    QLabel* m_kpiDetails;
    QLabel* m_status;
};

} // namespace revalign::ui
