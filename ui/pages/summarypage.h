#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace revalign::ui {

class CountTile;
class PersonaSummaryModel;
class StageSummaryModel;
struct WorkspaceOverview;

// The workspace at a glance: counts, date range, the agreed funnel and the personas.
class SummaryPage final : public QWidget {
    Q_OBJECT
public:
    explicit SummaryPage(QWidget* parent = nullptr);
    void setOverview(const WorkspaceOverview& overview);

    StageSummaryModel* stageModel() const { return m_stageModel; }
    PersonaSummaryModel* personaModel() const { return m_personaModel; }

private:
    QLabel* m_title;
    QLabel* m_subtitle;
    CountTile* m_contacts;
    CountTile* m_accounts;
    CountTile* m_opportunities;
    CountTile* m_touchpoints;
    CountTile* m_campaigns;
    CountTile* m_owners;
    StageSummaryModel* m_stageModel;
    PersonaSummaryModel* m_personaModel;
    QTableView* m_stageView;
    QTableView* m_personaView;
};

} // namespace revalign::ui
