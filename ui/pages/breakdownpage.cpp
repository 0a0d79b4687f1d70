#include "pages/breakdownpage.h"

#include "metrics/kpisupport.h"
#include "models/breakdowntablemodel.h"
#include "uitext.h"
#include "util/error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

BreakdownPage::BreakdownPage(QWidget* parent)
    : QWidget(parent)
    , m_by(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_model(new BreakdownTableModel(this))
    , m_table(new QTableView(this)) {
    auto* title = new QLabel(tr("Breakdowns"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    struct Choice {
        Dimension by;
        QString item, column;
    };
    const Choice dimensions[] = {
        {Dimension::Owner, tr("By owner"), tr("Owner")},
        {Dimension::Manager, tr("By manager"), tr("Manager")},
        {Dimension::Region, tr("By region"), tr("Region")},
        {Dimension::Team, tr("By team"), tr("Team")},
        {Dimension::DealStage, tr("By deal stage"), tr("Deal stage")},
        {Dimension::Channel, tr("By channel"), tr("Channel")},
        {Dimension::Campaign, tr("By campaign"), tr("Campaign")},
        {Dimension::Persona, tr("By persona"), tr("Persona")},
        {Dimension::Segment, tr("By segment"), tr("Segment")},
    };
    for (const Choice& c : dimensions) {
        m_by->addItem(c.item, int(c.by));
        m_by->setItemData(m_by->count() - 1, c.column, Qt::UserRole + 1);
    }
    m_by->setAccessibleName(tr("Break down by"));
    m_metric->setAccessibleName(tr("Sort by"));
    m_note->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Breakdown table"));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_by);
    controls->addWidget(new QLabel(tr("sorted by"), this));
    controls->addWidget(m_metric);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    connect(m_by, &QComboBox::currentIndexChanged, this, &BreakdownPage::recompute);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &BreakdownPage::recompute);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_dirty) {
            m_dirty = false;
            recompute();
            return;
        }
        Result r = m_watcher.result();
        const QString metric = m_metric->currentData().toString();
        m_model->setRows(std::move(r.rows), metric, m_facts->kpis,
                         m_by->currentData(Qt::UserRole + 1).toString(), m_facts->settings.currency);
        const QString reason = unsupportedReason(*m_facts, metric, m_query.filters);
        m_note->setText(
            !r.error.isEmpty() ? r.error
            : !reason.isEmpty()
                ? tr("%1: n/a — %2").arg(m_metric->currentText(), builtinText("KpiSupport", reason))
                : tr("Forecast roll-ups count the deals closing in the range: Commit = closed + "
                     "commit, Best case adds best case, Pipeline adds the rest of the pipeline."));
        Q_EMIT computed();
    });
}

BreakdownPage::~BreakdownPage() {
    m_watcher.waitForFinished();
}

bool BreakdownPage::isComputing() const {
    return m_watcher.isRunning();
}

void BreakdownPage::fillMetrics() {
    const QString current = m_metric->currentData().toString();
    const QSignalBlocker block(m_metric);
    m_metric->clear();
    for (const KpiDefinition& k : m_facts->kpis)
        m_metric->addItem(builtinText("KpiDefinition", k.name), k.key);
    const int index = m_metric->findData(current.isEmpty() ? QStringLiteral("bookings") : current);
    m_metric->setCurrentIndex(index >= 0 ? index : 0);
}

void BreakdownPage::setSnapshot(FactSnapshot facts) {
    m_facts = std::move(facts);
    if (m_facts)
        fillMetrics();
    recompute();
}

void BreakdownPage::setQuery(const MetricQuery& query) {
    m_query = query;
    recompute();
}

void BreakdownPage::setDimension(Dimension by) {
    m_by->setCurrentIndex(m_by->findData(int(by)));
}

void BreakdownPage::setMetric(const QString& kpiKey) {
    m_metric->setCurrentIndex(m_metric->findData(kpiKey));
}

void BreakdownPage::recompute() {
    if (!m_facts)
        return;
    if (m_watcher.isRunning()) {
        m_dirty = true;
        return;
    }
    const FactSnapshot facts = m_facts;
    const MetricQuery query = m_query;
    const Dimension by = Dimension(m_by->currentData().toInt());
    // Without an owner hierarchy every record falls under one "(none)" row: say so instead.
    const bool noHierarchy =
        (by == Dimension::Manager || by == Dimension::Region) && facts->dictionary(by).size() <= 1;
    const QString noHierarchyText =
        noHierarchy ? tr("No owner in this workspace has a %1: import the CRM's users or a list of owners "
                         "with their manager and region.")
                          .arg(by == Dimension::Manager ? tr("manager") : tr("region"))
                    : QString();
    m_watcher.setFuture(QtConcurrent::run([facts, query, by, noHierarchyText]() -> Result {
        Result r;
        if (!noHierarchyText.isEmpty()) {
            r.error = noHierarchyText;
            return r;
        }
        try {
            r.rows = computeBreakdown(*facts, query, by);
        } catch (const Error& e) {
            r.error = e.message();
        }
        return r;
    }));
}

} // namespace revalign::ui
