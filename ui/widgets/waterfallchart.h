#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QStackedBarSeries;
class QVBarModelMapper;
class QValueAxis;

namespace revalign::ui {

class WaterfallModel;

// A proper waterfall in Qt Charts: stacked bars over the WaterfallModel (through QVBarModelMapper), whose
// first bar set is an invisible base so each bucket floats at the running pipeline level; Start and End
// stand on the axis. Clicking a bar reports its row.
class WaterfallChart final : public QWidget {
    Q_OBJECT
public:
    explicit WaterfallChart(WaterfallModel* model, QWidget* parent = nullptr);
    QChart* chart() const { return m_chart; }
    void setCurrency(const QString& currency) { m_currency = currency; }

Q_SIGNALS:
    void barClicked(int row);

private:
    void rebuild();
    void colourBars();

    WaterfallModel* m_model;
    QString m_currency;
    QChart* m_chart;
    QChartView* m_view;
    QStackedBarSeries* m_series;
    QVBarModelMapper* m_mapper;
};

} // namespace revalign::ui
