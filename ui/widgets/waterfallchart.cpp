#include "widgets/waterfallchart.h"

#include "models/waterfallmodel.h"
#include "widgets/chartpanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

namespace revalign::ui {

WaterfallChart::WaterfallChart(WaterfallModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_series(new QStackedBarSeries)
    , m_mapper(new QVBarModelMapper(this)) {
    setAccessibleName(tr("Pipeline waterfall"));
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(4);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->setTitleBrush(palette().color(QPalette::WindowText));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(font());
    m_chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, &WaterfallChart::colourBars);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    m_mapper->setFirstBarSetColumn(WaterfallModel::Base);
    m_mapper->setLastBarSetColumn(WaterfallModel::Total);
    m_mapper->setFirstRow(0);
    m_mapper->setRowCount(WaterfallModel::kRows);
    connect(m_series, &QAbstractBarSeries::clicked, this,
            [this](int row, QBarSet*) { Q_EMIT barClicked(row); });
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool on, int row, QBarSet*) {
        if (on)
            QToolTip::showText(
                QCursor::pos(),
                m_model->data(m_model->index(row, WaterfallModel::Bar), Qt::ToolTipRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WaterfallChart::rebuild);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

void WaterfallChart::colourBars() {
    // The mapper makes the bar sets from the model's columns (again on every reset): colour them as they
    // come.
    const auto sets = m_series->barSets();
    const QColor colours[] = {Qt::transparent, seriesColor(2), seriesColor(3), seriesColor(0)};
    for (qsizetype i = 0; i < sets.size() && i < 4; ++i) {
        sets[i]->setColor(colours[i]);
        sets[i]->setBorderColor(colours[i]);
    }
    const auto markers = m_chart->legend()->markers(m_series);
    if (!markers.isEmpty())
        markers.first()->setVisible(false); // the invisible base has no place in the legend
}

void WaterfallChart::rebuild() {
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto* categories = new QBarCategoryAxis;
    for (int row = 0; row < WaterfallModel::kRows; ++row)
        categories->append(m_model->barLabel(row));
    auto* values = new QValueAxis;
    const double top = m_model->top();
    values->setRange(0, top > 0 ? top * 1.08 : 1.0);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    const double s = m_model->scale();
    const QString unit = s >= 1e6   ? tr("%1, millions").arg(m_currency)
                         : s >= 1e3 ? tr("%1, thousands").arg(m_currency)
                                    : m_currency;
    m_chart->setTitle(unit.isEmpty() ? accessibleName() : tr("%1 (%2)").arg(accessibleName(), unit));
    const QColor text = palette().color(QPalette::WindowText);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(categories), static_cast<QAbstractAxis*>(values)}) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setTruncateLabels(false);
    }
    m_chart->addAxis(categories, Qt::AlignBottom);
    m_chart->addAxis(values, Qt::AlignLeft);
    m_series->attachAxis(categories);
    m_series->attachAxis(values);
}

} // namespace revalign::ui
