#pragma once

#include "metrics/kpiengine.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace revalign::ui {

class BreakdownTableModel;

// Every KPI per owner, team, deal stage, channel, campaign, persona or segment for the filter bar's
// range, sorted by a chosen KPI, with the forecast rolled up per row (by owner: the forecast call).
class BreakdownPage final : public QWidget {
    Q_OBJECT
public:
    explicit BreakdownPage(QWidget* parent = nullptr);
    ~BreakdownPage() override;

    void setSnapshot(FactSnapshot facts);
    void setQuery(const MetricQuery& query);
    void setDimension(Dimension by);
    void setMetric(const QString& kpiKey);
    BreakdownTableModel* model() const { return m_model; }
    bool isComputing() const;

Q_SIGNALS:
    void computed();

private:
    struct Result {
        std::vector<BreakdownRow> rows;
        QString error;
    };
    void recompute();
    void fillMetrics();

    FactSnapshot m_facts;
    MetricQuery m_query;
    QFutureWatcher<Result> m_watcher;
    bool m_dirty = false;
    QComboBox* m_by;
    QComboBox* m_metric;
    QLabel* m_note;
    BreakdownTableModel* m_model;
    QTableView* m_table;
};

} // namespace revalign::ui
