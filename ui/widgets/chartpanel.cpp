#include "widgets/chartpanel.h"

#include "models/charttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace revalign::ui {

QColor seriesColor(int index) {
    static const QRgb colours[] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2,
                                   0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    return QColor(colours[index % 10]);
}

ChartPanel::ChartPanel(const QString& title, Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new ChartTableModel(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_note(new QLabel(this))
    , m_empty(new QLabel(this)) {
    setAccessibleName(title);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_empty->setMinimumHeight(120);
    m_empty->hide();
    m_chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(4);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(font());
    m_chart->setAnimationOptions(QChart::NoAnimation);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->setTitleBrush(palette().color(QPalette::WindowText));
    m_chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_note->setWordWrap(true);
    m_note->hide();

    switch (kind) {
    case Kind::StackedBars:
        m_series = new QStackedBarSeries;
        break;
    case Kind::GroupedBars:
        m_series = new QBarSeries;
        break;
    case Kind::HorizontalBars:
        m_series = new QHorizontalBarSeries;
        break;
    }
    m_chart->addSeries(m_series);
    // The vertical mapper reads bar sets from the model's columns whatever way the bars point.
    m_mapper = new QVBarModelMapper(this);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    if (kind == Kind::HorizontalBars)
        m_chart->legend()->hide();
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int category, QBarSet* set) {
        Q_EMIT barClicked(int(m_series->barSets().indexOf(set)), category);
    });
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, [this] {
        const auto sets = m_series->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i) {
            sets[i]->setColor(seriesColor(int(i)));
            sets[i]->setBorderColor(seriesColor(int(i)));
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_note);
}

void ChartPanel::setEmptyText(const QString& text) {
    m_emptyText = text;
    updateEmpty();
}

QString ChartPanel::emptyText() const {
    return m_emptyText.isEmpty() ? tr("Nothing to show for this period.") : m_emptyText;
}

bool ChartPanel::isShowingEmptyText() const {
    return !m_empty->isHidden();
}

void ChartPanel::updateEmpty() {
    bool empty = true;
    for (int s = 0; s < m_model->columnCount() && empty; ++s)
        for (int c = 0; c < m_model->rowCount() && empty; ++c)
            empty = m_model->rawValue(s, c) == 0;
    if (m_target && !m_target->points().isEmpty())
        empty = false;
    m_empty->setText(QStringLiteral("<b>%1</b><br><br>%2")
                         .arg(m_chart->title().toHtmlEscaped(), emptyText().toHtmlEscaped()));
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

void ChartPanel::setUnit(KpiUnit unit, const QString& currency) {
    m_unit = unit;
    m_currency = currency;
}

void ChartPanel::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ChartPanel::setTable(const QStringList& categories, const QStringList& series,
                          std::vector<std::vector<double>> values) {
    double maxValue = 0;
    for (const auto& column : values)
        for (double v : column)
            maxValue = std::max(maxValue, std::abs(v));
    double scale = 1.0;
    if (m_unit == KpiUnit::Money || m_unit == KpiUnit::MoneyPerDay)
        scale = maxValue >= 2e6 ? 1e6 : maxValue >= 2e3 ? 1e3 : 1.0;
    m_model->setTable(categories, series, std::move(values), scale);
    if (m_kind == Kind::HorizontalBars) // one series needs no legend; two do
        m_chart->legend()->setVisible(series.size() > 1);
    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setLastBarSetColumn(int(series.size()) - 1);
    m_mapper->setFirstRow(0);
    m_mapper->setRowCount(int(categories.size()));
    rebuildAxes();
}

void ChartPanel::setTargetLine(const QString& name, const std::vector<std::optional<double>>& values) {
    if (!m_target) {
        m_target = new QLineSeries;
        m_chart->addSeries(m_target);
        QPen pen(palette().color(QPalette::WindowText), 2, Qt::DashLine);
        m_target->setPen(pen);
    }
    m_target->setName(name);
    m_target->clear();
    // A period's target holds for the whole period: a step across its category (x from i - 0.5 to
    // i + 0.5), which also spans the bars' full range, so the category axis keeps its end labels.
    for (size_t i = 0; i < values.size(); ++i)
        if (values[i]) {
            m_target->append(double(i) - 0.5, *values[i] / m_model->scale());
            m_target->append(double(i) + 0.5, *values[i] / m_model->scale());
        }
    rebuildAxes();
}

void ChartPanel::rebuildAxes() {
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // releases ownership: the axis is ours to delete
        delete axis;
    }
    m_categoryAxis = new QBarCategoryAxis;
    m_categoryAxis->append(m_model->categories());
    m_valueAxis = new QValueAxis;
    double top = m_kind == Kind::StackedBars ? m_model->maxStackedValue() : 0;
    for (int s = 0; s < m_model->columnCount(); ++s)
        for (int c = 0; c < m_model->rowCount(); ++c)
            top = std::max(top, m_model->rawValue(s, c));
    if (m_target)
        for (const QPointF& p : m_target->points())
            top = std::max(top, p.y() * m_model->scale());
    top = top / m_model->scale();
    m_valueAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
    m_valueAxis->applyNiceNumbers();
    m_valueAxis->setLabelFormat(m_unit == KpiUnit::Ratio ? QStringLiteral("%.0f%%") : QStringLiteral("%.0f"));
    QString title;
    if (m_unit == KpiUnit::Money || m_unit == KpiUnit::MoneyPerDay) {
        const double s = m_model->scale();
        title = s >= 1e6   ? tr("%1, millions").arg(m_currency)
                : s >= 1e3 ? tr("%1, thousands").arg(m_currency)
                           : m_currency;
    }
    // The unit goes in the chart's title, not on the value axis: a rotated axis title is elided to "⋮"
    // when its glyphs stack (Thai "ล้าน" with its tone mark), and one line on top reads the same in both.
    m_chart->setTitle(title.isEmpty() ? accessibleName() : tr("%1 (%2)").arg(accessibleName(), title));
    const QColor text = palette().color(QPalette::WindowText);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_categoryAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLabelsFont(font());
        axis->setTruncateLabels(false);
    }
    const Qt::Alignment categoryAlign = m_kind == Kind::HorizontalBars ? Qt::AlignLeft : Qt::AlignBottom;
    const Qt::Alignment valueAlign = m_kind == Kind::HorizontalBars ? Qt::AlignBottom : Qt::AlignLeft;
    m_chart->addAxis(m_categoryAxis, categoryAlign);
    m_chart->addAxis(m_valueAxis, valueAlign);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    if (m_target) {
        // On the bars' category axis, x = i is category i's centre (Qt Charts' line-and-bar pattern).
        m_target->attachAxis(m_categoryAxis);
        m_target->attachAxis(m_valueAxis);
    }
    if (m_kind != Kind::HorizontalBars) {
        // Qt Charts drops a category label that does not fit its slot, without a word: the current
        // period's "Dec 2026 (so far)" was the one to go (issue 12.8). Long labels slant; many upright.
        const QStringList& labels = m_model->categories();
        qsizetype longest = 0;
        for (const QString& label : labels)
            longest = std::max(longest, label.size());
        if (labels.size() > 14)
            m_categoryAxis->setLabelsAngle(-90); // weekly series: upright labels would overlap
        else if (labels.size() > 6 && longest > 8)
            m_categoryAxis->setLabelsAngle(-45);
    }
    updateEmpty();
}

} // namespace revalign::ui
