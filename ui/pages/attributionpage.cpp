#include "pages/attributionpage.h"

#include "kpiformat.h"

#include "models/attributioncomparisonmodel.h"
#include "store/journeystore.h"
#include "store/workspace.h"
#include "uitext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeZone>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace revalign::ui {

namespace {
// The chart shows the largest keys only: beyond eight groups of eight bars nothing is readable.
constexpr int kChartRows = 8;

QString money(qint64 cents) {
    return QLocale().toString(double(cents) / 100.0, 'f', 2);
}

// The model gives credits as numbers (the chart mapper needs them); the table shows them as money.
class MoneyDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // QLocale(), like every other number on the page: the view's own locale is fixed when the widget is
    // made, before a language chosen in View › Language or --lang takes effect (then no digit grouping).
    QString displayText(const QVariant& value, const QLocale& locale) const override {
        return value.typeId() == QMetaType::Double ? QLocale().toString(value.toDouble(), 'f', 2)
                                                   : QStyledItemDelegate::displayText(value, locale);
    }
};

template <typename E> void fillBox(QComboBox* box, const std::vector<std::pair<E, QString>>& items) {
    for (const auto& [value, label] : items)
        box->addItem(label, int(value));
}

template <typename E> void selectIn(QComboBox* box, E value) {
    box->setCurrentIndex(box->findData(int(value)));
}
// The comparison model's credits divided by the chart's unit, so the value axis reads 20 (USD, millions)
// rather than 20536635; the table keeps showing full amounts from the model itself.
class ScaledCredits final : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    void setScale(double scale) {
        if (scale == m_scale)
            return;
        m_scale = scale;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
    }
    QVariant data(const QModelIndex& index, int role) const override {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (role != Qt::DisplayRole || index.column() == AttributionComparisonModel::kKeyColumn)
            return value;
        return value.toDouble() / m_scale;
    }

private:
    double m_scale = 1.0;
};
} // namespace

AttributionPage::AttributionPage(QWidget* parent)
    : QWidget(parent)
    , m_modelBox(new QComboBox(this))
    , m_byBox(new QComboBox(this))
    , m_metricBox(new QComboBox(this))
    , m_halfLife(new QDoubleSpinBox(this))
    , m_status(new QLabel(this))
    , m_comparison(new AttributionComparisonModel(this))
    , m_table(new QTableView(this))
    , m_chartView(new QChartView(this))
    , m_series(new QBarSeries(this))
    , m_mapper(new QVBarModelMapper(this))
    , m_chartCredits(new ScaledCredits(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
    , m_formula(new QPlainTextEdit(this))
    , m_influence(new QLabel(this)) {
    std::vector<std::pair<AttributionModel, QString>> models;
    for (const AttributionModel m : allAttributionModels())
        models.emplace_back(m, displayName(m));
    fillBox(m_modelBox, models);
    fillBox(m_byBox, std::vector<std::pair<AttributionDimension, QString>>{
                         {AttributionDimension::Channel, tr("Channel")},
                         {AttributionDimension::Campaign, tr("Campaign")},
                         {AttributionDimension::Team, tr("Team (marketing / sales touches)")},
                         {AttributionDimension::Persona, tr("Persona")}});
    fillBox(m_metricBox, std::vector<std::pair<AttributionMetric, QString>>{
                             {AttributionMetric::Pipeline, tr("Pipeline created")},
                             {AttributionMetric::Revenue, tr("Won revenue")},
                             {AttributionMetric::Opportunities, tr("Opportunities created")}});
    selectIn(m_modelBox, AttributionModel::Linear);
    m_modelBox->setAccessibleName(tr("Attribution model"));
    m_byBox->setAccessibleName(tr("Credit by"));
    m_metricBox->setAccessibleName(tr("Metric"));
    m_halfLife->setRange(0.5, 365.0);
    m_halfLife->setDecimals(1);
    m_halfLife->setValue(kDefaultHalfLifeDays);
    m_halfLife->setSuffix(tr(" days"));
    m_halfLife->setAccessibleName(tr("Time-decay half-life"));

    m_table->setModel(m_comparison);
    m_table->setAccessibleName(tr("Credit per model"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setItemDelegate(new MoneyDelegate(m_table));

    // One model feeds the table and the chart (Qt Charts' barmodelmapper pattern).
    m_mapper->setFirstBarSetColumn(1);
    m_mapper->setLastBarSetColumn(int(allAttributionModels().size()));
    m_mapper->setFirstRow(0);
    m_mapper->setRowCount(0);
    m_mapper->setSeries(m_series);
    m_chartCredits->setSourceModel(m_comparison);
    m_mapper->setModel(m_chartCredits);
    auto* chart = new QChart;
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart* placeholder = m_chartView->chart(); // the view's own empty chart; setChart() releases it
    m_chartView->setChart(chart);
    delete placeholder;
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);

    m_formula->setReadOnly(true);
    m_formula->setMaximumHeight(140);
    m_formula->setAccessibleName(tr("Formula of the selected model"));
    m_influence->setTextFormat(Qt::RichText);
    m_influence->setWordWrap(true);
    m_influence->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QHBoxLayout;
    auto* form1 = new QFormLayout;
    form1->addRow(tr("Model"), m_modelBox);
    form1->addRow(tr("Credit by"), m_byBox);
    auto* form2 = new QFormLayout;
    form2->addRow(tr("Metric"), m_metricBox);
    form2->addRow(tr("Decay half-life"), m_halfLife);
    controls->addLayout(form1);
    controls->addSpacing(24);
    controls->addLayout(form2);
    controls->addStretch(1);

    auto* bottom = new QHBoxLayout;
    auto* formulaBox = new QVBoxLayout;
    formulaBox->addWidget(new QLabel(tr("<b>How the selected model splits credit</b>"), this));
    formulaBox->addWidget(m_formula);
    formulaBox->addStretch(1);
    auto* influenceBox = new QVBoxLayout;
    influenceBox->addWidget(new QLabel(tr("<b>Sourced vs influenced</b>"), this));
    influenceBox->addWidget(m_influence, 1);
    bottom->addLayout(formulaBox, 3);
    bottom->addLayout(influenceBox, 2);

    auto* title = new QLabel(tr("Attribution"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartView);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 3);
    layout->addLayout(bottom, 1);

    connect(m_modelBox, &QComboBox::currentIndexChanged, this, [this] {
        m_comparison->setSelectedModel(AttributionModel(m_modelBox->currentData().toInt()));
        m_formula->setPlainText(formulaText(m_comparison->selectedModel()));
        updateChart();
    });
    connect(m_byBox, &QComboBox::currentIndexChanged, this, &AttributionPage::recompute);
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, &AttributionPage::recompute);
    connect(m_halfLife, &QDoubleSpinBox::valueChanged, this, &AttributionPage::recompute);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AttributionPage::onFinished);
    m_formula->setPlainText(formulaText(AttributionModel::Linear));
    m_status->setText(tr("No workspace open."));
}

AttributionPage::~AttributionPage() {
    m_watcher.waitForFinished();
}

void AttributionPage::setWorkspace(const QString& path) {
    // Whatever is computing belongs to the previous workspace: let it end and drop it.
    m_watcher.waitForFinished();
    m_applied = true;
    m_again = false;
    m_stale = false;
    m_path = path;
    m_journeys.reset();
    m_comparison->setResults({});
    showInfluence({});
    updateChart();
    if (path.isEmpty()) {
        m_status->setText(tr("No workspace open."));
        return;
    }
    recompute();
}

AttributionQuery AttributionPage::query() const {
    AttributionQuery q;
    q.model = AttributionModel(m_modelBox->currentData().toInt());
    q.by = AttributionDimension(m_byBox->currentData().toInt());
    q.metric = AttributionMetric(m_metricBox->currentData().toInt());
    q.halfLifeDays = m_halfLife->value();
    if (m_filters.range.isValid()) {
        q.from = m_filters.range.from;
        q.to = m_filters.range.to;
    }
    q.personas = m_filters.filters.personas;
    q.channels = m_filters.filters.channels;
    q.owners = m_filters.filters.owners;
    return q;
}

void AttributionPage::setFilters(const MetricQuery& query) {
    if (query.range == m_filters.range && query.filters == m_filters.filters)
        return;
    m_filters = query;
    recompute();
}

void AttributionPage::recompute() {
    if (m_path.isEmpty())
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    start();
}

void AttributionPage::start() {
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_stale = false;
    m_again = false;
    m_applied = false;
    m_status->setText(m_journeys ? tr("Computing…") : tr("Loading journeys…"));
    m_watcher.setFuture(QtConcurrent::run([path = m_path, journeys = m_journeys, q = query()] {
        Outcome o;
        try {
            if (journeys) {
                o.journeys = journeys;
            } else {
                Workspace ws = Workspace::open(path);
                o.journeys = JourneyStore(ws).load();
            }
            const AttributionQuery resolved = withKnownNames(*o.journeys, q, o.matchesNothing);
            o.from = resolved.from;
            o.to = resolved.to;
            if (o.matchesNothing)
                return o;
            o.results = compareModels(*o.journeys, resolved);
            o.teams = sourcedVsInfluenced(*o.journeys, resolved);
        } catch (const Error& e) {
            o.error = e.message();
        }
        return o;
    }));
}

void AttributionPage::onFinished() {
    if (m_applied)
        return;
    m_applied = true;
    Outcome o = m_watcher.result();
    if (!o.error.isEmpty()) {
        m_status->setText(o.error);
    } else {
        m_journeys = o.journeys;
        m_comparison->setResults(std::move(o.results));
        showInfluence(o.teams);
        updateChart();
        const QString currency = m_journeys->currency;
        const bool count =
            AttributionMetric(m_metricBox->currentData().toInt()) == AttributionMetric::Opportunities;
        const QString period =
            o.from.isValid() ? tr("%1 to %2").arg(formatDate(o.from), formatDate(o.to)) : tr("all time");
        QString status =
            o.matchesNothing
                ? tr("No deal matches the filters (%1): the persona, channel or owner chosen has no "
                     "opportunity.")
                      .arg(period)
                : tr("%1 %2 over %3 opportunities (%4); every model adds up to this total to the cent. "
                     "Touches after the conversion point get no credit.")
                      .arg(money(m_comparison->total()), count ? tr("opportunities") : currency,
                           QLocale().toString(m_comparison->opportunities()), period);
        if (!m_filters.filters.teams.isEmpty())
            status += u' ' + tr("The team filter does not apply here: credit goes to the touches of both "
                                "teams (see Credit by team).");
        m_status->setText(status);
    }
    if (m_again)
        recompute();
    else
        Q_EMIT resultsReady();
}

void AttributionPage::waitForResults() {
    if (m_stale)
        start();
    while (m_watcher.isRunning() || !m_applied) {
        m_watcher.waitForFinished();
        onFinished();
    }
    layout()->activate(); // see ScoringPage::waitForResults
}

void AttributionPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        start();
    // Offscreen renders (screenshots, meeting packs) grab right after the page is shown and have no
    // user to keep responsive, so they wait for the numbers instead of capturing "Loading…".
    if (QGuiApplication::platformName() == u"offscreen")
        waitForResults();
}

void AttributionPage::updateChart() {
    const int rows = std::min(m_comparison->rowCount(), kChartRows);
    m_mapper->setRowCount(rows);
    QStringList keys;
    double lo = 0, hi = 0;
    for (int r = 0; r < rows; ++r) {
        keys << m_comparison->index(r, AttributionComparisonModel::kKeyColumn).data().toString();
        for (const AttributionModel m : allAttributionModels()) {
            const double v = double(m_comparison->credit(r, m)) / 100.0;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    m_categories->setCategories(keys);
    const bool money =
        AttributionMetric(m_metricBox->currentData().toInt()) != AttributionMetric::Opportunities;
    const double top = std::max(std::abs(lo), std::abs(hi));
    const double scale = !money ? 1.0 : top >= 2e6 ? 1e6 : top >= 2e3 ? 1e3 : 1.0;
    static_cast<ScaledCredits*>(m_chartCredits)->setScale(scale);
    lo /= scale;
    hi /= scale;
    m_values->setRange(lo, hi > lo ? hi * 1.05 : lo + 1);
    m_values->applyNiceNumbers();
    const QString currency = m_journeys ? m_journeys->currency : QString();
    const QString unit = !money         ? tr("opportunities")
                         : scale >= 1e6 ? tr("%1, millions").arg(currency)
                         : scale >= 1e3 ? tr("%1, thousands").arg(currency)
                                        : currency;
    m_chartView->chart()->setTitle(unit.isEmpty() ? tr("Credit per model, largest keys")
                                                  : tr("Credit per model, largest keys (%1)").arg(unit));
    const int selected = AttributionComparisonModel::columnOf(m_comparison->selectedModel()) - 1;
    const QList<QBarSet*> sets = m_series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QPen pen = sets[i]->pen();
        pen.setWidthF(i == selected ? 2.5 : 0.5);
        pen.setColor(i == selected ? QColor(Qt::black) : sets[i]->color().darker(120));
        sets[i]->setPen(pen);
    }
}

void AttributionPage::showInfluence(const std::vector<TeamInfluence>& teams) {
    if (teams.empty()) {
        m_influence->clear();
        return;
    }
    QString html = QStringLiteral("<table cellspacing=6><tr><th></th><th align=right>%1</th><th "
                                  "align=right>%2</th></tr>")
                       .arg(tr("Sourced"), tr("Influenced"));
    const auto sourcedBy = [](const QString& key) {
        if (const auto team = teamFromKey(key))
            return teamDisplayName(*team);
        if (key == u"partner")
            return tr("Partner");
        if (key == u"unknown")
            return tr("Unknown");
        return key;
    };
    for (const TeamInfluence& t : teams)
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2 (%3)</td><td align=right>%4 (%5)</td></tr>")
                    .arg(sourcedBy(t.team).toHtmlEscaped(), money(t.sourcedValue),
                         QLocale().toString(t.sourcedCount), money(t.influencedValue),
                         QLocale().toString(t.influencedCount));
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Sourced: the deal's source field. Influenced: at least one touch of that team "
                        "before the conversion point. A deal can be influenced by both teams."));
    m_influence->setText(html);
}

void AttributionPage::setModel(AttributionModel model) {
    selectIn(m_modelBox, model);
}

void AttributionPage::setDimension(AttributionDimension by) {
    selectIn(m_byBox, by);
}

void AttributionPage::setMetric(AttributionMetric metric) {
    selectIn(m_metricBox, metric);
}

QString AttributionPage::formulaShown() const {
    return m_formula->toPlainText();
}

QString AttributionPage::statusText() const {
    return m_status->text();
}

} // namespace revalign::ui
