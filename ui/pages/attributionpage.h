#pragma once

#include "metrics/attribution.h"
#include "metrics/metricquery.h"

#include <QFutureWatcher>
#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QIdentityProxyModel;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QVBarModelMapper;
class QValueAxis;

namespace revalign::ui {

class AttributionComparisonModel;

// Attribution: every model side by side (table and bar chart, fed from one model), the selected model's
// formula with its edge cases, and sourced vs influenced per team. The journeys load and the models run on
// a worker thread; picking another model only re-sorts, changing the dimension, metric or half-life
// recomputes. The period and the persona / channel / owner filters are the shared filter bar's: a deal
// counts when its conversion point (created for pipeline, won for revenue) falls in the range.
class AttributionPage final : public QWidget {
    Q_OBJECT
public:
    explicit AttributionPage(QWidget* parent = nullptr);
    ~AttributionPage() override;

    // Loads the workspace's journeys and computes; an empty path clears the page.
    void setWorkspace(const QString& path);
    bool isComputing() const { return m_watcher.isRunning(); }
    // Blocks until the current computation is shown (tests, offscreen rendering).
    void waitForResults();

    void setModel(AttributionModel model);
    void setDimension(AttributionDimension by);
    void setMetric(AttributionMetric metric);
    // The shared filter bar's range and filters (the team filter has no meaning here: see the status).
    void setFilters(const MetricQuery& query);
    AttributionComparisonModel* comparisonModel() const { return m_comparison; }
    QString formulaShown() const;
    QString statusText() const;

Q_SIGNALS:
    void resultsReady();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Outcome {
        JourneySnapshot journeys;
        std::vector<AttributionResult> results;
        std::vector<TeamInfluence> teams;
        QDate from, to;
        bool matchesNothing = false; // a filter names only people or channels without a deal
        QString error;
    };
    // Recomputes now when the page is visible; otherwise when it is next shown (a page nobody looks at
    // does not load a million journeys).
    void recompute();
    void start();
    void onFinished();
    void showInfluence(const std::vector<TeamInfluence>& teams);
    void updateChart();
    AttributionQuery query() const;

    QString m_path;
    MetricQuery m_filters;
    JourneySnapshot m_journeys;
    QFutureWatcher<Outcome> m_watcher;
    bool m_again = false;  // inputs changed while computing
    bool m_applied = true; // the finished computation is already on screen
    bool m_stale = false;  // inputs changed while the page was hidden
    QComboBox* m_modelBox;
    QComboBox* m_byBox;
    QComboBox* m_metricBox;
    QDoubleSpinBox* m_halfLife;
    QLabel* m_status;
    AttributionComparisonModel* m_comparison;
    QTableView* m_table;
    QChartView* m_chartView;
    QBarSeries* m_series;
    QVBarModelMapper* m_mapper;
    QIdentityProxyModel* m_chartCredits; // the table's credits in the chart's unit (thousands, millions)
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    QPlainTextEdit* m_formula;
    QLabel* m_influence;
};

} // namespace revalign::ui
