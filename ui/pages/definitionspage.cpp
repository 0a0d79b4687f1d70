#include "pages/definitionspage.h"

#include "dialogs/dealstagedialog.h"
#include "dialogs/kpidialog.h"
#include "dialogs/stagedialog.h"
#include "models/changelogmodel.h"
#include "models/dealstagemodel.h"
#include "models/kpidefinitionmodel.h"
#include "models/stagedefinitionmodel.h"
#include "services/definitionservice.h"
#include "util/error.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace revalign::ui {

namespace {
QTableView* makeView(QAbstractItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

// A tab: an explanation, the table, and (for editable tables) an edit button under it.
QWidget* makeTab(const QString& intro, QTableView* view, QWidget* below, QPushButton* button,
                 QWidget* parent) {
    auto* tab = new QWidget(parent);
    auto* layout = new QVBoxLayout(tab);
    auto* label = new QLabel(intro, tab);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    if (below)
        layout->addWidget(below);
    if (button) {
        auto* row = new QHBoxLayout;
        row->addWidget(button);
        row->addStretch(1);
        layout->addLayout(row);
    }
    view->setParent(tab);
    return tab;
}

void onEnter(QTableView* view, QObject* receiver, std::function<void()> slot) {
    auto* action = new QAction(view);
    action->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, receiver, slot);
    view->addAction(action);
    QObject::connect(view, &QTableView::doubleClicked, receiver, std::move(slot));
}
} // namespace

DefinitionsPage::DefinitionsPage(QWidget* parent)
    : QWidget(parent)
    , m_service(new DefinitionService(this))
    , m_stageModel(new StageDefinitionModel(this))
    , m_kpiModel(new KpiDefinitionModel(this))
    , m_changeModel(new ChangeLogModel(this))
    , m_dealStageModel(new DealStageModel(this))
    , m_tabs(new QTabWidget(this))
    , m_stageView(makeView(m_stageModel, tr("Funnel stages"), this))
    , m_kpiView(makeView(m_kpiModel, tr("KPI registry"), this))
    , m_changeView(makeView(m_changeModel, tr("Change log"), this))
    , m_dealStageView(makeView(m_dealStageModel, tr("Deal stages"), this))
    , m_editStage(new QPushButton(tr("&Edit stage…"), this))
    , m_editKpi(new QPushButton(tr("Edit &KPI…"), this))
    , m_editDealStage(new QPushButton(tr("&Define deal stage…"), this))
    , m_kpiDetails(new QLabel(this))
    , m_status(new QLabel(this)) {
    auto* title = new QLabel(tr("Definitions"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    m_editStage->setAccessibleName(tr("Edit stage"));
    m_editKpi->setAccessibleName(tr("Edit KPI"));
    m_editDealStage->setAccessibleName(tr("Define deal stage"));
    m_tabs->setAccessibleName(tr("Definitions"));
    m_status->setAccessibleName(tr("Status"));
    m_kpiDetails->setAccessibleName(tr("Selected KPI"));
    m_kpiDetails->setWordWrap(true);
    m_kpiDetails->setTextFormat(Qt::RichText);
    m_kpiDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Definitions are read in full; rows grow to show them rather than hiding them behind an ellipsis.
    m_stageView->setWordWrap(true);
    m_stageView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kpiView->setWordWrap(false);
    m_changeView->setWordWrap(false);

    m_tabs->addTab(makeTab(tr("The funnel both teams agreed, in order. Press Enter to edit a stage."),
                           m_stageView, nullptr, m_editStage, m_tabs),
                   tr("Funnel stages"));
    m_tabs->addTab(makeTab(tr("The KPIs both teams are judged by, with their targets. Press Enter to edit "
                              "a KPI; its formula in words is shown under the table."),
                           m_kpiView, m_kpiDetails, m_editKpi, m_tabs),
                   tr("KPIs and targets"));
    m_dealStageTab = makeTab(
        tr("The sales process, in order: whether deals in each stage are open, won or lost, the probability "
           "and forecast category a deal takes when its export leaves them out. Stages an import met first "
           "are not yet defined: their deals count as open at 0 % until someone defines them. Press Enter "
           "to define a stage; deals in it follow, except values their own export gave."),
        m_dealStageView, nullptr, m_editDealStage, m_tabs);
    m_tabs->addTab(m_dealStageTab, tr("Deal stages"));
    m_tabs->addTab(makeTab(tr("Every change to the agreed definitions, newest first."), m_changeView, nullptr,
                           nullptr, m_tabs),
                   tr("Change log"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_editStage, &QPushButton::clicked, this, &DefinitionsPage::editSelectedStage);
    connect(m_editKpi, &QPushButton::clicked, this, &DefinitionsPage::editSelectedKpi);
    connect(m_editDealStage, &QPushButton::clicked, this, &DefinitionsPage::editSelectedDealStage);
    onEnter(m_stageView, this, [this] { editSelectedStage(); });
    onEnter(m_kpiView, this, [this] { editSelectedKpi(); });
    onEnter(m_dealStageView, this, [this] { editSelectedDealStage(); });
    for (QTableView* view : {m_stageView, m_kpiView, m_dealStageView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            updateActions();
            showKpiDetails();
        });
    connect(m_service, &DefinitionService::writeFinished, this, &DefinitionsPage::writeFinished);
    updateActions();
}

void DefinitionsPage::setWorkspace(const QString& path) {
    m_path = path;
    m_service->setWorkspace(path);
    m_status->clear();
    reload();
}

void DefinitionsPage::reload() {
    DefinitionsSnapshot snapshot;
    if (!m_path.isEmpty()) {
        try {
            // A handful of stages, a few dozen KPIs and the last 1000 changes: read directly, so the
            // page is complete the moment it is shown.
            snapshot = DefinitionService::readDefinitions(m_path);
        } catch (const Error& e) {
            m_status->setText(e.message());
        }
    }
    m_stageModel->setStages(std::move(snapshot.stages));
    m_kpiModel->setKpis(std::move(snapshot.kpis));
    m_changeModel->setChanges(std::move(snapshot.changes));
    m_dealStageModel->setStages(std::move(snapshot.dealStages));
    const int undefined = m_dealStageModel->undefinedCount();
    m_tabs->setTabText(m_tabs->indexOf(m_dealStageTab),
                       undefined > 0 ? tr("Deal stages (%n not yet defined)", nullptr, undefined)
                                     : tr("Deal stages"));
    for (QTableView* view : {m_stageView, m_kpiView, m_changeView, m_dealStageView}) {
        view->resizeColumnsToContents();
        // Breathing room: Thai headers in bold otherwise end exactly on the column line.
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, view->columnWidth(c) + view->fontMetrics().averageCharWidth() * 2);
    }
    // Long free text gets the room that is left, not its full single-line width.
    m_stageView->setColumnWidth(StageDefinitionModel::Definition, 400);
    m_kpiView->setColumnWidth(KpiDefinitionModel::Formula, 400);
    m_changeView->setColumnWidth(ChangeLogModel::Change,
                                 qMin(m_changeView->columnWidth(ChangeLogModel::Change), 420));
    m_stageView->resizeRowsToContents();
    // Start on the first row so Enter edits right away.
    for (QTableView* view : {m_stageView, m_kpiView, m_dealStageView})
        if (view->model()->rowCount() > 0 && !view->selectionModel()->hasSelection())
            view->selectRow(0);
    updateActions();
    showKpiDetails();
}

void DefinitionsPage::showKpiDetails() {
    const KpiDefinition* kpi = m_kpiModel->kpiAt(selectedRow(m_kpiView));
    m_kpiDetails->setText(kpi ? tr("<b>%1</b> (%2): %3")
                                    .arg(KpiDefinitionModel::kpiDisplayName(*kpi).toHtmlEscaped(),
                                         kpi->key.toHtmlEscaped(),
                                         KpiDefinitionModel::kpiDisplayFormula(*kpi).toHtmlEscaped())
                              : QString());
}

void DefinitionsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Persona edits on the other page add to the change log; pick them up when coming back.
    if (!m_path.isEmpty() && !m_service->isWriting())
        reload();
}

int DefinitionsPage::selectedRow(const QTableView* view) const {
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void DefinitionsPage::updateActions() {
    const bool ready = !m_path.isEmpty() && !m_service->isWriting();
    m_editStage->setEnabled(ready && selectedRow(m_stageView) >= 0);
    m_editKpi->setEnabled(ready && selectedRow(m_kpiView) >= 0);
    const DealStage* deal = m_dealStageModel->stageAt(selectedRow(m_dealStageView));
    m_editDealStage->setEnabled(ready && deal);
    m_editDealStage->setText(deal && deal->defined ? tr("&Edit deal stage…") : tr("&Define deal stage…"));
}

void DefinitionsPage::showDealStages() {
    m_tabs->setCurrentWidget(m_dealStageTab);
    for (int row = 0; row < m_dealStageModel->rowCount(); ++row)
        if (!m_dealStageModel->stageAt(row)->defined) {
            m_dealStageView->selectRow(row);
            break;
        }
    m_dealStageView->setFocus();
}

void DefinitionsPage::editSelectedDealStage() {
    const DealStage* stage = m_dealStageModel->stageAt(selectedRow(m_dealStageView));
    if (!stage || m_service->isWriting())
        return;
    auto* dialog = new DealStageDialog(*stage, m_dealStageModel->rowCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applyDealStageEdit(dialog->stage(), dialog->note()); });
    dialog->open();
}

bool DefinitionsPage::applyDealStageEdit(const DealStage& stage, const QString& note) {
    if (!m_service->updateDealStage(stage, note))
        return false;
    m_writingDealStage = true;
    m_status->setText(tr("Saving…"));
    updateActions();
    return true;
}

void DefinitionsPage::editSelectedStage() {
    const FunnelStage* stage = m_stageModel->stageAt(selectedRow(m_stageView));
    if (!stage || m_service->isWriting())
        return;
    auto* dialog = new StageDialog(*stage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applyStageEdit(dialog->stage(), dialog->note()); });
    dialog->open();
}

void DefinitionsPage::editSelectedKpi() {
    const KpiDefinition* kpi = m_kpiModel->kpiAt(selectedRow(m_kpiView));
    if (!kpi || m_service->isWriting())
        return;
    auto* dialog = new KpiDialog(*kpi, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applyKpiEdit(dialog->kpi(), dialog->note()); });
    dialog->open();
}

bool DefinitionsPage::applyStageEdit(const FunnelStage& stage, const QString& note) {
    if (!m_service->updateStage(stage, note))
        return false;
    m_status->setText(tr("Saving…"));
    updateActions();
    return true;
}

bool DefinitionsPage::applyKpiEdit(const KpiDefinition& kpi, const QString& note) {
    if (!m_service->updateKpi(kpi, note))
        return false;
    m_status->setText(tr("Saving…"));
    updateActions();
    return true;
}

void DefinitionsPage::writeFinished(bool ok, const QString& message) {
    m_status->setText(ok ? tr("Saved; the change is in the change log.")
                         : tr("Nothing was changed: %1").arg(message));
    if (ok)
        reload();
    updateActions();
    const bool dealStage = std::exchange(m_writingDealStage, false);
    Q_EMIT saved(ok, message);
    if (ok && dealStage)
        Q_EMIT dealStagesChanged();
}

} // namespace revalign::ui
