#include "pages/funnelpage.h"

#include "models/dealpipelinemodel.h"
#include "models/funneltablemodel.h"
#include "uitext.h"
#include "util/error.h"
#include "widgets/funnelwidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

namespace {
constexpr int kMaxSlices = 6;
}

FunnelPage::FunnelPage(QWidget* parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_split(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_chart(new FunnelWidget(this))
    , m_model(new FunnelTableModel(this))
    , m_table(new QTableView(this))
    , m_dealModel(new DealPipelineModel(this))
    , m_dealTable(new QTableView(this))
    , m_dealSummary(new QLabel(this)) {
    m_mode->addItem(tr("Flow: entered in the period"), int(FunnelMode::Flow));
    m_mode->addItem(tr("Cohort: MQLs of the period, progress so far"), int(FunnelMode::Cohort));
    m_mode->setAccessibleName(tr("Funnel mode"));
    m_split->addItem(tr("No split"), -1);
    m_split->addItem(tr("Split by persona"), int(Dimension::Persona));
    m_split->addItem(tr("Split by channel"), int(Dimension::Channel));
    m_split->setAccessibleName(tr("Split funnel by"));
    m_note->setWordWrap(true);
    m_note->setText(
        tr("A contact that reached a later stage without a recorded time for an earlier one counts as "
           "having passed it (skipped stages). Ageing: contacts still in a stage at the end of the "
           "period; rejected MQLs are not open."));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Funnel table"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_dealTable->setModel(m_dealModel);
    m_dealTable->verticalHeader()->hide();
    m_dealTable->setAlternatingRowColors(true);
    m_dealTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dealTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dealTable->setAccessibleName(tr("Deal pipeline"));
    m_dealTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dealSummary->setWordWrap(true);
    auto* dealHeading = new QLabel(tr("Deal pipeline, in the workspace's stage order"), this);
    QFont bold = dealHeading->font();
    bold.setBold(true);
    dealHeading->setFont(bold);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_mode);
    controls->addWidget(m_split);
    controls->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(controls);
    layout->addWidget(m_chart);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(dealHeading);
    layout->addWidget(m_dealTable, 1);
    layout->addWidget(m_dealSummary);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &FunnelPage::recompute);
    connect(m_split, &QComboBox::currentIndexChanged, this, &FunnelPage::recompute);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_dirty) {
            m_dirty = false;
            recompute();
            return;
        }
        Result r = m_watcher.result();
        QStringList names;
        for (const StageFacts& s : m_facts->stages)
            names << builtinText("FunnelStage", s.name);
        std::vector<FunnelTableModel::Slice> slices;
        for (auto& [name, report] : r.slices)
            slices.push_back({name, std::move(report)});
        m_chart->setReport(r.report, names);
        // Without contacts the stage table would be zeros: the chart says why instead.
        const bool leads = r.report.reason.isEmpty();
        m_table->setVisible(leads);
        m_mode->setVisible(leads);
        m_split->setVisible(leads);
        m_note->setVisible(leads || !r.error.isEmpty());
        m_model->setReport(std::move(r.report), names, std::move(slices));
        m_dealModel->setReport(std::move(r.deals), m_facts->settings.currency);
        m_dealSummary->setText(m_dealModel->summary());
        if (!r.error.isEmpty())
            m_note->setText(r.error);
        Q_EMIT computed();
    });
    connect(m_chart, &FunnelWidget::stageClicked, this, [this](int stage) {
        MetricQuery q = m_query;
        Q_EMIT stageClicked(q, FunnelMode(m_mode->currentData().toInt()), stage);
    });
}

FunnelPage::~FunnelPage() {
    m_watcher.waitForFinished();
}

bool FunnelPage::isComputing() const {
    return m_watcher.isRunning();
}

void FunnelPage::setSnapshot(FactSnapshot facts) {
    m_facts = std::move(facts);
    recompute();
}

void FunnelPage::setQuery(const MetricQuery& query) {
    m_query = query;
    recompute();
}

void FunnelPage::recompute() {
    if (!m_facts)
        return;
    if (m_watcher.isRunning()) {
        m_dirty = true;
        return;
    }
    const FactSnapshot facts = m_facts;
    const MetricQuery query = m_query;
    const FunnelMode mode = FunnelMode(m_mode->currentData().toInt());
    const int split = m_split->currentData().toInt();
    m_watcher.setFuture(QtConcurrent::run([facts, query, mode, split]() -> Result {
        Result r;
        try {
            const int cohort = facts->stageOf.mql >= 0 ? facts->stageOf.mql : 0;
            r.report = computeFunnel(*facts, query, mode, cohort);
            r.deals = computeDealPipeline(*facts, query);
            if (split >= 0) {
                // The largest slices by their first-stage count; the rest are left to the filters.
                const Dimension by = Dimension(split);
                std::vector<std::pair<qint64, QString>> sizes;
                const Dictionary& dict = facts->dictionary(by);
                for (qint32 code = 0; code < dict.size(); ++code) {
                    MetricQuery q = query;
                    const QString name = code == 0 ? QStringLiteral("(none)") : dict.name(code);
                    (by == Dimension::Persona ? q.filters.personas : q.filters.channels) = QStringList{name};
                    FunnelReport slice = computeFunnel(*facts, q, mode, cohort);
                    const qint64 size = slice.stages.empty() ? 0 : slice.stages.front().count;
                    if (size > 0) {
                        sizes.emplace_back(size, name);
                        r.slices.emplace_back(name, std::move(slice));
                    }
                }
                std::stable_sort(r.slices.begin(), r.slices.end(), [](const auto& a, const auto& b) {
                    const qint64 ca = a.second.stages.empty() ? 0 : a.second.stages.front().count;
                    const qint64 cb = b.second.stages.empty() ? 0 : b.second.stages.front().count;
                    return ca > cb;
                });
                if (r.slices.size() > size_t(kMaxSlices))
                    r.slices.resize(size_t(kMaxSlices));
            }
        } catch (const Error& e) {
            r.error = e.message();
        }
        return r;
    }));
}

} // namespace revalign::ui
