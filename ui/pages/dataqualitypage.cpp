#include "pages/dataqualitypage.h"

#include "models/qualityfindingmodel.h"
#include "pages/dashboardpage.h"
#include "store/qualitystore.h"
#include "store/workspace.h"
#include "uitext.h"
#include "util/error.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

DataQualityPage::DataQualityPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new QualityFindingModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_show(new QPushButton(tr("&Show the records…"), this)) {
    auto* title = new QLabel(tr("Data quality"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    auto* intro = new QLabel(tr("What the imported data cannot support. Records with impossible dates are "
                                "left out of the figures they would distort, and those figures say how many "
                                "were left out. The checks cover the whole workspace, whatever the filters. "
                                "Fix the records in the "
                                "CRM and import again."),
                             this);
    intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Data quality summary"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Data quality findings"));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_show->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_show, &QPushButton::clicked, this, [this] { showRecords(); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { showRecords(i.row()); });
    auto* enter = new QAction(m_view);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, this, [this] { showRecords(); });
    m_view->addAction(enter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_show->setEnabled(selectedRow() >= 0); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DataQualityPage::onChecked);
}

DataQualityPage::~DataQualityPage() {
    m_watcher.waitForFinished();
}

bool DataQualityPage::isComputing() const {
    return m_watcher.isRunning();
}

void DataQualityPage::setWorkspace(const QString& path, FactSnapshot facts) {
    m_watcher.waitForFinished();
    if (path.isEmpty() || !facts) {
        m_model->setReport({});
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("Checking…"));
    m_watcher.setFuture(QtConcurrent::run([path, facts]() -> Outcome {
        Outcome out;
        try {
            Workspace ws = Workspace::open(path);
            out.report = checkDataQuality(*facts, QualityStore(ws.db()).read());
        } catch (const Error& e) {
            out.error = e.message();
        }
        return out;
    }));
}

void DataQualityPage::onChecked() {
    Outcome out = m_watcher.result();
    if (!out.error.isEmpty()) {
        m_summary->setText(out.error);
        return;
    }
    qint64 records = 0;
    for (const QualityFinding& f : out.report.findings)
        records += f.count;
    const int findings = int(out.report.findings.size());
    const int checks = int(out.report.checks.size());
    m_summary->setText(findings == 0 ? tr("%n check(s) ran; nothing found.", nullptr, checks)
                                     : tr("%n check(s) ran.", nullptr, checks) + u' ' +
                                           tr("%n finding(s).", nullptr, findings));
    m_model->setReport(std::move(out.report));
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(QualityFindingModel::Finding, std::min(m_view->columnWidth(0), 460));
    m_view->resizeRowsToContents();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    Q_EMIT checked(findings, records);
}

int DataQualityPage::selectedRow() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void DataQualityPage::showRecords(int row) {
    const QualityFinding* f = m_model->findingAt(row >= 0 ? row : selectedRow());
    if (!f)
        return;
    DrillRequest r;
    r.title = builtinText("DataQuality", f->title);
    r.ids = f->ids;
    r.idsAreOpportunities = f->kind == RecordKind::Opportunities;
    Q_EMIT drillRequested(r);
}

} // namespace revalign::ui
