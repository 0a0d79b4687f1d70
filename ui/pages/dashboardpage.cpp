#include "pages/dashboardpage.h"

#include "kpiformat.h"
#include "metrics/kpisupport.h"
#include "models/charttablemodel.h"
#include "models/dealpipelinemodel.h"
#include "uitext.h"
#include "widgets/chartpanel.h"
#include "widgets/funnelwidget.h"
#include "widgets/kpitile.h"

#include <QButtonGroup>
#include <QChart>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace revalign::ui {

namespace {
const QStringList kMarketingTiles{QStringLiteral("leads_created"), QStringLiteral("mqls"),
                                  QStringLiteral("lead_to_mql_rate"), QStringLiteral("cost_per_mql")};
const QStringList kHandoffTiles{QStringLiteral("mql_acceptance_rate"), QStringLiteral("sla_compliance"),
                                QStringLiteral("median_hours_to_first_touch"),
                                QStringLiteral("mql_to_sql_rate")};
const QStringList kSalesTiles{QStringLiteral("sqls"), QStringLiteral("pipeline_created"),
                              QStringLiteral("win_rate"), QStringLiteral("bookings")};

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

std::vector<double> seriesOf(const std::vector<SeriesPoint>& series, const QString& key) {
    std::vector<double> out;
    for (const SeriesPoint& p : series) {
        const auto it = p.values.find(key);
        out.push_back(it != p.values.end() && it->second ? *it->second : 0.0);
    }
    return out;
}
} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_overview(new QWidget(this))
    , m_chartArea(new QWidget(this))
    , m_error(new QLabel(this))
    , m_qualityBadge(new QPushButton(this))
    , m_undatedNote(new QLabel(this))
    , m_funnelHeading(heading(tr("Funnel"), this))
    , m_funnelStack(new QStackedWidget(this))
    , m_funnel(new FunnelWidget(this))
    , m_dealModel(new DealPipelineModel(this))
    , m_dealTable(new QTableView(this))
    , m_dealSummary(new QLabel(this))
    , m_funnelMode(new QButtonGroup(this))
    , m_channelMetric(new QComboBox(this))
    , m_rejections(new ChartPanel(tr("Top rejection reasons"), ChartPanel::Kind::HorizontalBars, this))
    , m_leadsByChannel(new ChartPanel(tr("Leads by channel"), ChartPanel::Kind::StackedBars, this))
    , m_mqlsByPersona(new ChartPanel(tr("MQLs by persona"), ChartPanel::Kind::HorizontalBars, this))
    , m_costPerMql(new ChartPanel(tr("Cost per MQL by campaign"), ChartPanel::Kind::HorizontalBars, this))
    , m_marketingPipeline(new ChartPanel(tr("Pipeline created: marketing-sourced vs all"),
                                         ChartPanel::Kind::GroupedBars, this))
    , m_handoff(
          new ChartPanel(tr("MQL handoff: accepted, rejected, pending"), ChartPanel::Kind::StackedBars, this))
    , m_sqlsAndOpps(new ChartPanel(tr("SQLs and opportunities created"), ChartPanel::Kind::GroupedBars, this))
    , m_pipelineByStage(new ChartPanel(tr("Deal pipeline: open and weighted amount by stage"),
                                       ChartPanel::Kind::HorizontalBars, this))
    , m_bookings(new ChartPanel(tr("Bookings vs target"), ChartPanel::Kind::GroupedBars, this)) {
    m_error->setWordWrap(true);
    m_error->hide();
    m_error->setAccessibleName(tr("Error"));
    m_qualityBadge->setAccessibleName(tr("Data quality"));
    m_qualityBadge->setToolTip(tr("What the data cannot support: open the Data quality page"));
    m_qualityBadge->hide();
    connect(m_qualityBadge, &QPushButton::clicked, this, &DashboardPage::dataQualityRequested);
    m_undatedNote->setWordWrap(true);
    m_undatedNote->hide();

    // Top band: three groups of tiles, marketing | handoff | sales.
    auto* tiles = new QHBoxLayout;
    tiles->addWidget(buildTileBand(tr("Marketing"), kMarketingTiles), 1);
    tiles->addWidget(buildTileBand(tr("Handoff (shared)"), kHandoffTiles), 1);
    tiles->addWidget(buildTileBand(tr("Sales"), kSalesTiles), 1);

    auto* flow = new QRadioButton(tr("Flow"), this);
    auto* cohort = new QRadioButton(tr("Cohort"), this);
    flow->setToolTip(tr("How many entered each stage within the period"));
    cohort->setToolTip(tr("Of the MQLs of the period, how many have reached each later stage so far"));
    m_funnelMode->addButton(flow, int(FunnelMode::Flow));
    m_funnelMode->addButton(cohort, int(FunnelMode::Cohort));
    flow->setChecked(true);
    connect(m_funnelMode, &QButtonGroup::idClicked, this, &DashboardPage::funnelModeChanged);
    m_funnelModeBox = new QWidget(this);
    auto* modes = new QHBoxLayout(m_funnelModeBox);
    modes->setContentsMargins(0, 0, 0, 0);
    modes->addWidget(flow);
    modes->addWidget(cohort);
    auto* funnelHeader = new QHBoxLayout;
    funnelHeader->addWidget(m_funnelHeading);
    funnelHeader->addStretch();
    funnelHeader->addWidget(m_funnelModeBox);
    // A workspace without contacts (a sales-led CRM export) shows its deal pipeline here instead.
    m_dealTable->setModel(m_dealModel);
    m_dealTable->setAccessibleName(tr("Deal pipeline"));
    m_dealTable->verticalHeader()->hide();
    m_dealTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dealTable->setAlternatingRowColors(true);
    m_dealTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dealSummary->setWordWrap(true);
    auto* dealPage = new QWidget(this);
    auto* dealLayout = new QVBoxLayout(dealPage);
    dealLayout->setContentsMargins(0, 0, 0, 0);
    dealLayout->addWidget(m_dealTable, 1);
    dealLayout->addWidget(m_dealSummary);
    m_funnelStack->addWidget(m_funnel);
    m_funnelStack->addWidget(dealPage);
    auto* funnelBox = new QVBoxLayout;
    funnelBox->addLayout(funnelHeader);
    funnelBox->addWidget(m_funnelStack, 1);
    auto* middle = new QHBoxLayout;
    middle->addLayout(funnelBox, 3);
    middle->addWidget(m_rejections, 2);

    auto* overviewLayout = new QVBoxLayout(m_overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addLayout(tiles);
    overviewLayout->addLayout(middle, 1);

    // The two columns.
    m_channelMetric->addItem(tr("Leads"), QStringLiteral("leads_created"));
    m_channelMetric->addItem(tr("MQLs"), QStringLiteral("mqls"));
    m_channelMetric->setAccessibleName(tr("Channel chart shows"));
    connect(m_channelMetric, &QComboBox::currentIndexChanged, this, &DashboardPage::updateCharts);
    auto* columns = new QGridLayout(m_chartArea);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* marketingHeader = new QHBoxLayout;
    marketingHeader->addWidget(heading(tr("Marketing"), this));
    marketingHeader->addStretch();
    marketingHeader->addWidget(m_channelMetric);
    columns->addLayout(marketingHeader, 0, 0);
    columns->addWidget(heading(tr("Sales"), this), 0, 1);
    const std::pair<ChartPanel*, ChartPanel*> rows[] = {{m_leadsByChannel, m_handoff},
                                                        {m_mqlsByPersona, m_sqlsAndOpps},
                                                        {m_costPerMql, m_pipelineByStage},
                                                        {m_marketingPipeline, m_bookings}};
    columns->setColumnStretch(0, 1); // marketing and sales side by side, as wide as each other
    columns->setColumnStretch(1, 1);
    int row = 1;
    for (const auto& [left, right] : rows) {
        columns->addWidget(left, row, 0);
        columns->addWidget(right, row, 1);
        left->setMinimumHeight(260);
        right->setMinimumHeight(260);
        ++row;
    }
    for (ChartPanel* p : {m_leadsByChannel, m_handoff, m_sqlsAndOpps, m_marketingPipeline, m_bookings})
        p->setUnit(KpiUnit::Count, QString());

    auto* content = new QWidget(this);
    m_content = content;
    auto* contentLayout = new QVBoxLayout(content);
    auto* notices = new QHBoxLayout;
    notices->addWidget(m_undatedNote, 1);
    notices->addWidget(m_qualityBadge, 0, Qt::AlignRight | Qt::AlignTop);
    contentLayout->addWidget(m_error);
    contentLayout->addLayout(notices);
    contentLayout->addWidget(m_overview);
    contentLayout->addWidget(m_chartArea, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Drill-down wiring: every bar, tile and stage opens the records behind it.
    connect(m_funnel, &FunnelWidget::stageClicked, this, [this](int stage) {
        DrillRequest r;
        r.title = tr("Funnel: %1").arg(m_stageNames.value(stage));
        r.query = m_data.query;
        r.query.range = m_data.report.range;
        r.funnelStage = stage;
        r.funnelMode = funnelMode();
        Q_EMIT drillRequested(r);
    });
    connect(m_leadsByChannel, &ChartPanel::barClicked, this, [this](int series, int period) {
        if (series < 0 || size_t(series) >= m_data.leadsByChannel.groups.size())
            return;
        const GroupSeries& g = m_data.leadsByChannel.groups[size_t(series)];
        if (g.code < 0)
            return; // "Other" folds several channels: no single filter describes it
        MetricQuery q = periodQuery(period);
        q.filters.channels = {g.name};
        const QString key = m_channelMetric->currentData().toString();
        requestDrill(
            tr("%1 from %2, %3").arg(m_channelMetric->currentText(), g.name, fullPeriodLabel(period)), key,
            q);
    });
    connect(m_mqlsByPersona, &ChartPanel::barClicked, this, [this](int, int category) {
        const QString persona = m_mqlsByPersona->model()->categories().value(category);
        MetricQuery q = m_data.query;
        q.range = m_data.report.range;
        q.filters.personas = {persona == tr("(none)") ? QStringLiteral("(none)") : persona};
        requestDrill(tr("MQLs: %1").arg(persona), QStringLiteral("mqls"), q);
    });
    connect(m_costPerMql, &ChartPanel::barClicked, this, [this](int, int category) {
        const QString campaign = m_costPerMql->model()->categories().value(category);
        MetricQuery q = m_data.query;
        q.range = m_data.report.range;
        q.filters.campaigns = {campaign};
        requestDrill(tr("MQLs from %1").arg(campaign), QStringLiteral("mqls"), q);
    });
    connect(m_handoff, &ChartPanel::barClicked, this, [this](int series, int period) {
        const MetricQuery q = periodQuery(period);
        const QString when = fullPeriodLabel(period);
        if (series == 0)
            requestDrill(tr("Accepted MQLs, %1").arg(when), QStringLiteral("mql_acceptance_rate"), q);
        else if (series == 1)
            requestDrill(tr("Rejected MQLs, %1").arg(when), QStringLiteral("mql_rejection_reasons"), q);
        else
            requestDrill(tr("All MQLs, %1").arg(when), QStringLiteral("mqls"), q);
    });
    connect(m_sqlsAndOpps, &ChartPanel::barClicked, this, [this](int series, int period) {
        const QString when = fullPeriodLabel(period);
        requestDrill(series == 0 ? tr("SQLs, %1").arg(when) : tr("Opportunities created, %1").arg(when),
                     series == 0 ? QStringLiteral("sqls") : QStringLiteral("opportunities_created"),
                     periodQuery(period));
    });
    connect(m_marketingPipeline, &ChartPanel::barClicked, this, [this](int series, int period) {
        const QString when = fullPeriodLabel(period);
        requestDrill(tr("Pipeline created, %1").arg(when),
                     series == 0 ? QStringLiteral("marketing_sourced_pipeline")
                                 : QStringLiteral("pipeline_created"),
                     periodQuery(period));
    });
    connect(m_bookings, &ChartPanel::barClicked, this, [this](int, int period) {
        requestDrill(tr("Bookings, %1").arg(fullPeriodLabel(period)), QStringLiteral("bookings"),
                     periodQuery(period));
    });
    connect(m_pipelineByStage, &ChartPanel::barClicked, this, [this](int, int) {
        MetricQuery q = m_data.query;
        q.range = m_data.report.range;
        requestDrill(tr("Open pipeline"), QStringLiteral("weighted_pipeline"), q);
    });
    connect(m_rejections, &ChartPanel::barClicked, this, [this](int, int) {
        MetricQuery q = m_data.query;
        q.range = m_data.report.range;
        requestDrill(tr("Rejected MQLs"), QStringLiteral("mql_rejection_reasons"), q);
    });
}

QWidget* DashboardPage::buildTileBand(const QString& title, const QStringList& keys) {
    auto* box = new QGroupBox(title, this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(6);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto* tile = new KpiTile(keys[i], box);
        m_tiles[keys[i]] = tile;
        grid->addWidget(tile, int(i / 2), int(i % 2));
        connect(tile, &KpiTile::clicked, this, [this](const QString& key) {
            const KpiValue* v = m_data.report.find(key);
            MetricQuery q = m_data.query;
            q.range = m_data.report.range;
            requestDrill(v ? builtinText("KpiDefinition", v->name) : key, key, q);
        });
    }
    return box;
}

void DashboardPage::requestDrill(const QString& title, const QString& kpiKey, MetricQuery query,
                                 DrillSide side) {
    DrillRequest r;
    r.title = title;
    r.query = std::move(query);
    r.kpiKey = kpiKey;
    r.side = side;
    Q_EMIT drillRequested(r);
}

QString DashboardPage::fullPeriodLabel(int period) const {
    if (period < 0 || size_t(period) >= m_data.series.size())
        return {};
    return periodLabel(m_data.series[size_t(period)].range, m_data.query.period);
}

MetricQuery DashboardPage::periodQuery(int period) const {
    MetricQuery q = m_data.query;
    if (period >= 0 && size_t(period) < m_data.series.size())
        q.range = m_data.series[size_t(period)].range;
    return q;
}

FunnelMode DashboardPage::funnelMode() const {
    return FunnelMode(m_funnelMode->checkedId());
}

void DashboardPage::setFunnelMode(FunnelMode mode) {
    m_funnelMode->button(int(mode))->setChecked(true);
}

KpiTile* DashboardPage::tile(const QString& key) const {
    const auto it = m_tiles.find(key);
    return it == m_tiles.end() ? nullptr : it->second;
}

QList<ChartPanel*> DashboardPage::charts() const {
    return {m_rejections, m_leadsByChannel, m_mqlsByPersona,   m_costPerMql, m_marketingPipeline,
            m_handoff,    m_sqlsAndOpps,    m_pipelineByStage, m_bookings};
}

void DashboardPage::setSection(Section section) {
    m_overview->setVisible(section != Section::Charts);
    m_chartArea->setVisible(section != Section::Overview);
}

void DashboardPage::setDataQuality(int findings, qint64 records) {
    m_qualityBadge->setText(tr("⚠ Data quality: %n finding(s)", nullptr, findings) + QStringLiteral(" · ") +
                            tr("%n record(s)", nullptr, int(std::min<qint64>(records, INT_MAX))));
    m_qualityBadge->setVisible(findings > 0);
}

bool DashboardPage::showsDealPipelineInsteadOfFunnel() const {
    return m_funnelStack->currentIndex() == 1;
}

void DashboardPage::setData(const DashboardData& data, const QStringList& stageNames) {
    if (!data.complete && data.error.isEmpty()) {
        // The overview arrives first: keep the breakdown charts' data until their half follows.
        DashboardData merged = data;
        merged.leadsByChannel = std::move(m_data.leadsByChannel);
        merged.byPersona = std::move(m_data.byPersona);
        merged.byCampaign = std::move(m_data.byCampaign);
        m_data = std::move(merged);
    } else {
        m_data = data;
    }
    m_stageNames = stageNames;
    m_error->setText(data.error);
    m_error->setVisible(!data.error.isEmpty());
    updateTiles();
    m_funnel->setReport(data.funnel, stageNames);
    m_dealModel->setReport(data.dealPipeline, data.report.currency);
    m_dealSummary->setText(m_dealModel->summary());
    // Every stage in view without scrolling (a sales process has a dozen stages at most).
    m_dealTable->setMinimumHeight(m_dealTable->horizontalHeader()->sizeHint().height() +
                                  m_dealTable->verticalHeader()->defaultSectionSize() *
                                      std::min(m_dealModel->rowCount(), 14) +
                                  2 * m_dealTable->frameWidth() + 2);
    const bool noLeads = !data.funnel.reason.isEmpty() && data.dealPipeline.reason.isEmpty();
    m_funnelStack->setCurrentIndex(noLeads ? 1 : 0);
    m_funnelHeading->setText(noLeads ? tr("Deal pipeline") : tr("Funnel"));
    // Flow/cohort and the rejection reasons are about contacts: without any, the deal pipeline gets the row.
    m_funnelModeBox->setVisible(!noLeads);
    m_rejections->setVisible(!noLeads);
    const UndatedRecords& u = data.report.undated;
    m_undatedNote->setText(u.any() ? tr("Left out of this period for want of a date: %1 and %2. Choose "
                                        "“All time” to count them.")
                                         .arg(tr("%n contact(s)", nullptr, int(u.contacts)),
                                              tr("%n deal(s)", nullptr, int(u.opportunities)))
                                   : QString());
    m_undatedNote->setVisible(u.any());
    updateCharts();
}

void DashboardPage::updateTiles() {
    const KpiReport& r = m_data.report;
    for (const auto& [key, tile] : m_tiles) {
        const KpiValue* v = r.find(key);
        KpiTile::Content c;
        if (!v) {
            c.title = key;
            c.value = formatKpi(std::nullopt, KpiUnit::Count, r.currency);
            tile->setContent(c);
            continue;
        }
        c.title = builtinText("KpiDefinition", v->name);
        c.value = formatKpiValue(v->key, v->value, v->unit, r.currency);
        c.tooltip = builtinText("KpiDefinition", v->formula);
        if (!v->reason.isEmpty()) {
            // The data cannot support this KPI: n/a with the reason, no target, no trend of zeros.
            c.reason = builtinText("KpiSupport", v->reason);
            tile->setContent(c);
            continue;
        }
        c.status = targetStatus(v->value, v->target, v->direction);
        // The target is shown only where its status is: beside a value it can be held against.
        if (v->target && (c.status == TargetStatus::OnTarget || c.status == TargetStatus::OffTarget))
            c.target = tr("Target %1").arg(formatKpiValue(v->key, v->target, v->unit, r.currency));
        if (!r.allTime) {
            c.change = tr("%1 vs previous").arg(formatChange(v->value, v->previous, v->unit));
            c.changeGood = changeIsGood(v->value, v->previous, v->direction);
        }
        QStringList notes;
        if (r.partial)
            notes << tr("So far: the period is still in progress");
        for (const auto& [part, n] : v->detail)
            if (part == u"left_out_impossible_dates" && n > 0)
                notes << tr("%n deal(s) with impossible dates left out", nullptr, int(n));
        c.note = notes.join(u'\n');
        c.sparkline = seriesOf(m_data.series, key);
        tile->setContent(c);
    }
}

void DashboardPage::updateCharts() {
    const KpiReport& r = m_data.report;
    const PeriodKind kind = m_data.query.period;
    std::vector<DateRange> ranges;
    for (const SeriesPoint& p : m_data.series)
        ranges.push_back(p.range);
    QStringList periods = periodLabels(ranges, kind);
    for (size_t i = 0; i < m_data.series.size(); ++i)
        if (m_data.series[i].partial)
            periods[qsizetype(i)] = tr("%1 (so far)").arg(periods[qsizetype(i)]);
    // A chart with nothing to draw says why: the data's reason, else that the period had none.
    const auto reasonOf = [&](const char* key, const QString& otherwise) {
        const KpiValue* v = r.find(QString::fromLatin1(key));
        return v && !v->reason.isEmpty() ? builtinText("KpiSupport", v->reason) : otherwise;
    };
    const QString nothing = tr("Nothing in this period.");
    m_rejections->setEmptyText(
        reasonOf("mql_rejection_reasons", tr("No MQLs were rejected in this period.")));
    m_leadsByChannel->setEmptyText(reasonOf("leads_created", nothing));
    m_mqlsByPersona->setEmptyText(reasonOf("mqls", tr("No MQLs in this period.")));
    m_costPerMql->setEmptyText(
        reasonOf("cost_per_mql", tr("No campaign cost or no MQLs from campaigns in this period.")));
    m_marketingPipeline->setEmptyText(
        reasonOf("pipeline_created", tr("No pipeline was created in this period.")));
    m_handoff->setEmptyText(reasonOf("mql_acceptance_rate", tr("No MQLs in this period.")));
    m_sqlsAndOpps->setEmptyText(reasonOf("opportunities_created", nothing));
    m_pipelineByStage->setEmptyText(
        reasonOf("weighted_pipeline", tr("No open deals at the end of this period.")));
    m_bookings->setEmptyText(reasonOf("bookings", nothing));

    // Rejection reasons, most frequent first.
    if (const KpiValue* v = r.find(QStringLiteral("mql_rejection_reasons"))) {
        auto reasons = v->detail;
        std::stable_sort(reasons.begin(), reasons.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        if (reasons.size() > 7)
            reasons.resize(7);
        std::reverse(reasons.begin(), reasons.end()); // horizontal bars draw bottom-up
        QStringList names;
        std::vector<double> counts;
        for (const auto& [name, n] : reasons) {
            names << name;
            counts.push_back(n);
        }
        m_rejections->setTable(names, {tr("Rejected MQLs")}, {counts});
    }

    // Leads (or MQLs) by channel, stacked per period.
    {
        const QString key = m_channelMetric->currentData().toString();
        QStringList names;
        std::vector<std::vector<double>> values;
        for (const GroupSeries& g : m_data.leadsByChannel.groups) {
            names << (g.name == u"(none)" ? tr("(none)") : g.name);
            std::vector<double> column;
            for (const auto& point : g.values) {
                const auto it = point.find(key);
                column.push_back(it != point.end() && it->second ? *it->second : 0.0);
            }
            values.push_back(std::move(column));
        }
        const QStringList labels = periodLabels(m_data.leadsByChannel.periods, kind);
        m_leadsByChannel->chart()->setTitle(key == u"mqls" ? tr("MQLs by channel") : tr("Leads by channel"));
        m_leadsByChannel->setTable(labels, names, std::move(values));
    }

    // One KPI per row of a breakdown, largest first, top N.
    const auto breakdownChart = [&](ChartPanel* panel, const std::vector<BreakdownRow>& rows,
                                    const QString& key, const QString& seriesName, const QString& rankKey,
                                    size_t top, const QString& noneLabel) {
        std::vector<const BreakdownRow*> sorted;
        for (const BreakdownRow& row : rows)
            sorted.push_back(&row);
        const auto valueOf = [](const BreakdownRow* row, const QString& k) {
            const auto it = row->values.find(k);
            return it != row->values.end() && it->second ? *it->second : 0.0;
        };
        std::stable_sort(sorted.begin(), sorted.end(), [&](const BreakdownRow* a, const BreakdownRow* b) {
            return valueOf(a, rankKey) > valueOf(b, rankKey);
        });
        std::vector<const BreakdownRow*> shown;
        for (const BreakdownRow* row : sorted)
            if (shown.size() < top && valueOf(row, rankKey) > 0)
                shown.push_back(row);
        std::reverse(shown.begin(), shown.end());
        QStringList names;
        std::vector<double> values;
        for (const BreakdownRow* row : shown) {
            // Long campaign names would push the axis off the chart: keep them to one short line.
            QString name = row->name == u"(none)" ? noneLabel : row->name;
            if (name.size() > 32)
                name = name.left(31) + QStringLiteral("…");
            names << name;
            values.push_back(valueOf(row, key));
        }
        panel->setTable(names, {seriesName}, {values});
    };
    m_mqlsByPersona->setUnit(KpiUnit::Count, r.currency);
    breakdownChart(m_mqlsByPersona, m_data.byPersona, QStringLiteral("mqls"), tr("MQLs"),
                   QStringLiteral("mqls"), 8, tr("(no persona)"));
    m_costPerMql->setUnit(KpiUnit::Money, r.currency);
    breakdownChart(m_costPerMql, m_data.byCampaign, QStringLiteral("cost_per_mql"), tr("Cost per MQL"),
                   QStringLiteral("mqls"), 8, tr("(no campaign)"));
    const KpiValue* cost = r.find(QStringLiteral("cost_per_mql"));
    m_costPerMql->setNote(
        cost && !cost->value &&
                (!m_data.query.filters.personas.isEmpty() || !m_data.query.filters.owners.isEmpty())
            ? tr("Campaign cost cannot be split by persona or owner: cost per MQL is n/a "
                 "with those filters.")
            : QString());
    // The deal pipeline in the workspace's stage order (horizontal bars draw bottom-up).
    m_pipelineByStage->setUnit(KpiUnit::Money, r.currency);
    {
        QStringList stages;
        std::vector<double> open, weighted;
        for (const DealStageRow& row : m_data.dealPipeline.stages) {
            if (row.closed)
                continue;
            stages.append(row.name == u"(no stage)" ? tr("(no stage)") : row.name);
            open.push_back(row.amount);
            weighted.push_back(row.weighted);
        }
        std::reverse(stages.begin(), stages.end());
        std::reverse(open.begin(), open.end());
        std::reverse(weighted.begin(), weighted.end());
        m_pipelineByStage->setTable(stages, {tr("Open amount"), tr("Weighted")}, {open, weighted});
    }

    m_marketingPipeline->setUnit(KpiUnit::Money, r.currency);
    m_marketingPipeline->setTable(periods, {tr("Marketing-sourced"), tr("All pipeline created")},
                                  {seriesOf(m_data.series, QStringLiteral("marketing_sourced_pipeline")),
                                   seriesOf(m_data.series, QStringLiteral("pipeline_created"))});

    m_handoff->setTable(periods, {tr("Accepted"), tr("Rejected"), tr("Pending")},
                        {seriesOf(m_data.series, QStringLiteral("mqls_accepted")),
                         seriesOf(m_data.series, QStringLiteral("mqls_rejected")),
                         seriesOf(m_data.series, QStringLiteral("mqls_pending"))});

    m_sqlsAndOpps->setTable(periods, {tr("SQLs"), tr("Opportunities created")},
                            {seriesOf(m_data.series, QStringLiteral("sqls")),
                             seriesOf(m_data.series, QStringLiteral("opportunities_created"))});

    m_bookings->setUnit(KpiUnit::Money, r.currency);
    m_bookings->setTable(periods, {tr("Bookings")}, {seriesOf(m_data.series, QStringLiteral("bookings"))});
    m_bookings->setTargetLine(tr("Target"), m_data.bookingsTargets);
}

} // namespace revalign::ui
