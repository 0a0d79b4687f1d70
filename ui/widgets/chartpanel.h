#pragma once

#include "domain/enums.h"

#include <QWidget>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;
class QVBarModelMapper;

namespace revalign::ui {

class ChartTableModel;

// A titled bar chart fed from a ChartTableModel through Qt Charts' model mapper (no copying of data into
// series by hand). Clicking a bar reports (series, category) for drill-down.
class ChartPanel final : public QWidget {
    Q_OBJECT
public:
    enum class Kind { StackedBars, GroupedBars, HorizontalBars };

    ChartPanel(const QString& title, Kind kind, QWidget* parent = nullptr);
    ChartTableModel* model() const { return m_model; }
    QChart* chart() const { return m_chart; }
    // How values read on the value axis (picks K/M scaling for money).
    void setUnit(KpiUnit unit, const QString& currency);
    // Fills the model; scales money for the axis and refreshes categories.
    void setTable(const QStringList& categories, const QStringList& series,
                  std::vector<std::vector<double>> values);
    // An optional target line over the categories (nullopt entries are skipped).
    void setTargetLine(const QString& name, const std::vector<std::optional<double>>& values);
    void setNote(const QString& note);
    // The sentence shown instead of the chart when it has nothing to draw (no categories, every value 0,
    // no target): axes labelled "0 0 0 1 1 1" say nothing. Empty = a general "nothing in this period".
    void setEmptyText(const QString& text);
    bool isShowingEmptyText() const;
    QString emptyText() const;

Q_SIGNALS:
    void barClicked(int series, int category);

private:
    void rebuildAxes();
    void updateEmpty();

    Kind m_kind;
    KpiUnit m_unit = KpiUnit::Count;
    QString m_currency;
    ChartTableModel* m_model;
    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_note;
    QLabel* m_empty;
    QString m_emptyText;
    QAbstractBarSeries* m_series = nullptr;
    QVBarModelMapper* m_mapper = nullptr;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QLineSeries* m_target = nullptr;
};

// Tableau-10: categorical colours that stay apart on light and dark backgrounds.
QColor seriesColor(int index);

} // namespace revalign::ui
