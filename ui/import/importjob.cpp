#include "import/importjob.h"

#include "import/importwizard.h"

#include <QColor>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMetaObject>
#include <QPointer>
#include <QTableWidget>

#include <algorithm>

namespace revalign::ui {

ImportJob::ImportJob(QObject* parent)
    : QObject(parent) {}

ImportJob::~ImportJob() {
    // The worker holds its own workspace connection and the caller's files; let it stop (it rolls back)
    // before the wizard goes away.
    cancel();
    m_future.waitForFinished();
}

void ImportJob::start(const QString& workspace, const std::vector<ImportFileChoice>& files, bool dryRun,
                      bool skipInvalid) {
    cancel();
    m_future.waitForFinished();
    m_cancel = std::make_shared<std::stop_source>();
    m_outcome = {};
    m_running = true;
    QPointer<ImportJob> self(this);
    const std::shared_ptr<std::stop_source> flag = m_cancel;
    // Progress arrives on the worker thread; forward it queued, at most once per per-mille step.
    auto last = std::make_shared<std::atomic_int>(-1);
    auto report = [self, last](int perMille) {
        if (last->exchange(perMille) == perMille)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, perMille] {
                if (self)
                    Q_EMIT self->progress(perMille);
            },
            Qt::QueuedConnection);
    };
    auto wait = [self](const QString& message) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, message] {
                if (self)
                    Q_EMIT self->waiting(message);
            },
            Qt::QueuedConnection);
    };
    m_future = runInBackground<RunOutcome>(
        this,
        [workspace, files, dryRun, skipInvalid, flag, report, wait] {
            return runImport(workspace, files, dryRun, skipInvalid, flag->get_token(), report, wait);
        },
        [this, flag](const RunOutcome& outcome) {
            if (flag != m_cancel)
                return; // a newer run replaced this one
            m_outcome = outcome;
            m_running = false;
            Q_EMIT finished();
        });
}

void ImportJob::cancel() {
    if (m_cancel)
        m_cancel->request_stop();
}

void fillCountsTable(QTableWidget* table, const std::vector<ImportResult>& results, bool withBatch) {
    QStringList headers{QObject::tr("File"),   QObject::tr("Profile"), QObject::tr("Rows"),
                        QObject::tr("New"),    QObject::tr("Updated"), QObject::tr("Unchanged"),
                        QObject::tr("Invalid")};
    if (withBatch)
        headers << QObject::tr("Batch");
    table->clear();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(results.size()));
    const QLocale locale;
    for (int row = 0; row < table->rowCount(); ++row) {
        const ImportResult& r = results[static_cast<size_t>(row)];
        QStringList cells{QFileInfo(r.file).fileName(),      r.profile,
                          locale.toString(r.rows),           locale.toString(r.counts.added),
                          locale.toString(r.counts.updated), locale.toString(r.counts.unchanged),
                          locale.toString(r.counts.invalid)};
        if (withBatch)
            cells << (r.batch.isValid() ? QString::number(r.batch.value()) : QObject::tr("—"));
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 6 && r.counts.invalid > 0)
                item->setForeground(QColor(0xb0, 0x20, 0x20));
            table->setItem(row, c, item);
        }
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Tall enough for every file without a scroll bar for the usual handful.
    const int rows = std::max(1, table->rowCount());
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() + 2);
}

QString findingsText(const std::vector<ImportResult>& results) {
    const QLocale locale;
    QStringList files;
    for (const ImportResult& r : results) {
        const ImportFindings& f = r.findings;
        QStringList items;
        for (const UnresolvedReference& u : f.unresolved)
            items << QObject::tr(
                         "%1: %n reference(s) to records not in the workspace yet (e.g. %2); kept and "
                         "linked when those records are imported",
                         nullptr, int(u.count))
                         .arg(u.field.toHtmlEscaped(), u.examples.join(QStringLiteral(", ")).toHtmlEscaped());
        if (f.linked > 0)
            items << QObject::tr("%n reference(s) that earlier imports kept are now linked", nullptr,
                                 int(f.linked));
        for (const UndatedFact& u : f.undated)
            items << QObject::tr("%1: %n record(s) without a date, kept as reached, date unknown", nullptr,
                                 int(u.count))
                         .arg(u.fact.toHtmlEscaped());
        for (const UndefinedStage& s : f.undefinedStages)
            items << QObject::tr(
                         "deal stage “%1” is not yet defined (%n deal(s)): open until someone defines "
                         "it on the Definitions page",
                         nullptr, int(s.count))
                         .arg(s.stage.toHtmlEscaped());
        for (const QString& note : f.notes)
            items << note.toHtmlEscaped();
        if (items.isEmpty())
            continue;
        files << QStringLiteral("<b>%1</b><ul><li>%2</li></ul>")
                     .arg(QFileInfo(r.file).fileName().toHtmlEscaped(),
                          items.join(QStringLiteral("</li><li>")));
    }
    return files.join(QString());
}

} // namespace revalign::ui
