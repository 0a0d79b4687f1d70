#include "pages/importpage.h"

#include "models/importbatchmodel.h"
#include "store/importstore.h"
#include "store/workspace.h"
#include "util/useridentity.h"
#include "workflow/importservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace revalign::ui {

ImportPage::ImportPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ImportBatchModel(this))
    , m_emptyLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_undoButton(new QPushButton(tr("&Undo last import"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto* title = new QLabel(tr("Import"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto* intro = new QLabel(
        tr("Bring in this week’s CRM exports: HubSpot, Salesforce, Pipedrive or Marketo "
           "CSV files or Excel workbooks, or your own columns with a saved profile. Records already in the "
           "workspace are updated, not duplicated. You can also drop files on this "
           "window."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* importButton = new QPushButton(tr("Import files…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    QFont buttonFont = importButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.25);
    importButton->setFont(buttonFont);
    importButton->setMinimumHeight(44);
    importButton->setMinimumWidth(importButton->sizeHint().width() + 48);
    importButton->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* recent = new QLabel(tr("Recent imports"), this);
    QFont bold = recent->font();
    bold.setBold(true);
    recent->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(recent);
    m_emptyLabel->setText(tr("Nothing imported into this workspace yet."));
    m_emptyLabel->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    // With nothing imported the label takes the room the table would, so the page stays top-aligned.
    m_emptyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_emptyLabel, 1);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Recent imports"));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(ImportBatchModel::File, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    auto* undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undoButton);
    auto* undoNote = new QLabel(
        tr("Undo puts back exactly what your newest import changed, unless someone imported after it."),
        this);
    undoNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    undoRow->addWidget(undoNote, 1);
    layout->addLayout(undoRow);

    connect(importButton, &QPushButton::clicked, this, &ImportPage::importRequested);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        if (m_model->batches().empty())
            return;
        const ImportBatchSummary& last = m_model->batches().front();
        if (!m_headless && QMessageBox::question(this, tr("Undo last import"),
                                                 tr("Undo the import of %1 (%2 new, %3 updated)?")
                                                     .arg(last.info.fileName)
                                                     .arg(last.counts.added)
                                                     .arg(last.counts.updated)) != QMessageBox::Yes)
            return;
        QString message;
        if (!undoLast(&message) && !m_headless)
            QMessageBox::warning(this, tr("Undo last import"), message);
    });
    refresh();
}

void ImportPage::setWorkspace(const QString& path) {
    m_path = path;
    refresh();
}

void ImportPage::refresh() {
    std::vector<ImportBatchSummary> batches;
    if (!m_path.isEmpty()) {
        try {
            Workspace ws = Workspace::open(m_path);
            batches = ImportStore(ws.db()).batches();
        } catch (const Error&) {
        }
    }
    m_model->setBatches(std::move(batches));
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(ImportBatchModel::File, QHeaderView::Stretch);
    const bool empty = m_model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    m_view->setVisible(!empty);
    m_undoButton->setEnabled(!empty);
}

bool ImportPage::undoLast(QString* message) {
    if (m_path.isEmpty())
        return false;
    try {
        Workspace ws = Workspace::open(m_path);
        // Only this user's own last import, and only when nobody imported after it (undoLastBatchBy).
        ImportWait wait;
        wait.noWait = true; // a button in the GUI thread: say who imports now instead of freezing
        const UndoOutcome outcome = undoLastImport(ws, wait);
        if (outcome.status != UndoOutcome::Status::Undone) {
            *message = outcome.message();
            return false;
        }
    } catch (const Error& e) {
        *message = e.message();
        return false;
    }
    refresh();
    Q_EMIT workspaceChanged();
    return true;
}

} // namespace revalign::ui
