#include "dialogs/drilldowndialog.h"

#include "metrics/funnel.h"
#include "metrics/kpiengine.h"
#include "models/recordtablemodel.h"
#include "store/workspace.h"
#include "util/csvwriter.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

DrillDownDialog::DrillDownDialog(FactSnapshot facts, QString workspacePath, DrillRequest request,
                                 QWidget* parent)
    : QDialog(parent)
    , m_facts(std::move(facts))
    , m_path(std::move(workspacePath))
    , m_request(std::move(request))
    , m_model(new RecordTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(tr("Loading…"), this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this)) {
    setWindowTitle(m_request.title);
    resize(1000, 600);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Records"));
    m_filter->setPlaceholderText(tr("Filter rows…"));
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setClearButtonEnabled(true);
    m_export->setEnabled(false);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export CSV"), m_request.title + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (file.isEmpty())
            return;
        // Every record is read and written: up to a million rows, so off the UI thread. exportCsv only
        // reads the ids and the path, which do not change while the dialog is open.
        m_export->setEnabled(false);
        m_summary->setText(tr("Exporting to %1…").arg(file));
        m_exportWatcher.setFuture(QtConcurrent::run([this, file] { return exportCsv(file); }));
    });
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_exportWatcher.result();
        m_export->setEnabled(true);
        m_summary->setText(error.isEmpty()
                               ? tr("Exported %1 records.").arg(QLocale().toString(qint64(m_ids.size())))
                               : error);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export failed"), error);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &DrillDownDialog::onLoaded);
    const FactSnapshot snapshot = m_facts;
    const QString path = m_path;
    const DrillRequest r = m_request;
    m_watcher.setFuture(QtConcurrent::run([snapshot, path, r]() -> Loaded {
        Loaded out;
        try {
            if (r.ids) {
                out.ids = *r.ids;
                out.opportunities = r.idsAreOpportunities;
            } else if (r.funnelStage >= 0) {
                const int cohort = snapshot->stageOf.mql >= 0 ? snapshot->stageOf.mql : 0;
                out.ids = funnelContacts(*snapshot, r.query, r.funnelMode, r.funnelStage, cohort);
            } else {
                const DrillDown d = drillDown(*snapshot, r.query, r.kpiKey, r.side);
                out.ids = d.ids;
                out.opportunities = d.kind == DrillDown::Kind::Opportunities;
            }
            Workspace ws = Workspace::open(path);
            RecordStore records(ws.db());
            out.table = out.opportunities ? records.opportunities(out.ids, kShownRows)
                                          : records.contacts(out.ids, kShownRows);
        } catch (const Error& e) {
            out.error = e.message();
        }
        return out;
    }));
}

DrillDownDialog::~DrillDownDialog() {
    m_watcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

bool DrillDownDialog::isLoading() const {
    return m_watcher.isRunning();
}

void DrillDownDialog::onLoaded() {
    Loaded result = m_watcher.result();
    if (!result.error.isEmpty()) {
        m_summary->setText(result.error);
        Q_EMIT loaded();
        return;
    }
    m_ids = std::move(result.ids);
    m_opportunities = result.opportunities;
    const QLocale l;
    const qint64 total = result.table.total;
    const qsizetype shown = qsizetype(result.table.rows.size());
    m_model->setTable(std::move(result.table));
    m_view->resizeColumnsToContents();
    QString text = m_opportunities ? tr("%1 opportunities").arg(l.toString(total))
                                   : tr("%1 contacts").arg(l.toString(total));
    if (shown < total)
        text += u' ' + tr("(showing the first %1; the export has all)").arg(l.toString(qint64(shown)));
    m_summary->setText(text);
    m_export->setEnabled(total > 0);
    Q_EMIT loaded();
}

QString DrillDownDialog::exportCsv(const QString& file) const {
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return tr("%1: cannot write: %2").arg(file, out.errorString());
    try {
        Workspace ws = Workspace::open(m_path);
        RecordStore records(ws.db());
        CsvWriter csv(out);
        csv.writeRow(m_opportunities ? RecordStore::opportunityHeaders() : RecordStore::contactHeaders());
        const auto write = [&](const QStringList& row) { csv.writeRow(row); };
        if (m_opportunities)
            records.forEachOpportunity(m_ids, write);
        else
            records.forEachContact(m_ids, write);
        if (!csv.ok()) {
            out.cancelWriting();
            return tr("%1: cannot write (is the disk full?): %2").arg(file, out.errorString());
        }
    } catch (const Error& e) {
        out.cancelWriting();
        return e.message();
    }
    if (!out.commit())
        return tr("%1: cannot write (is the disk full?): %2").arg(file, out.errorString());
    return {};
}

} // namespace revalign::ui
