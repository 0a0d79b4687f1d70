#include "pages/summarypage.h"

#include "kpiformat.h"
#include "models/personasummarymodel.h"
#include "models/stagesummarymodel.h"
#include "widgets/counttile.h"
#include "workspaceloader.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace revalign::ui {

namespace {
QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QLabel* sectionLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    label->setFont(f);
    return label;
}
} // namespace

SummaryPage::SummaryPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_contacts(new CountTile(tr("Contacts"), this))
    , m_accounts(new CountTile(tr("Accounts"), this))
    , m_opportunities(new CountTile(tr("Opportunities"), this))
    , m_touchpoints(new CountTile(tr("Touchpoints"), this))
    , m_campaigns(new CountTile(tr("Campaigns"), this))
    , m_owners(new CountTile(tr("People (owners)"), this))
    , m_stageModel(new StageSummaryModel(this))
    , m_personaModel(new PersonaSummaryModel(this))
    , m_stageView(makeTable(m_stageModel, tr("Funnel stages"), this))
    , m_personaView(makeTable(m_personaModel, tr("Personas"), this)) {
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    m_title->setFont(f);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* tiles = new QHBoxLayout;
    for (CountTile* tile : {m_contacts, m_accounts, m_opportunities, m_touchpoints, m_campaigns, m_owners})
        tiles->addWidget(tile);

    auto* tables = new QGridLayout;
    tables->addWidget(sectionLabel(tr("Agreed funnel"), this), 0, 0);
    tables->addWidget(sectionLabel(tr("Personas"), this), 0, 1);
    tables->addWidget(m_stageView, 1, 0);
    tables->addWidget(m_personaView, 1, 1);
    tables->setColumnStretch(0, 3);
    tables->setColumnStretch(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addLayout(tiles);
    layout->addSpacing(12);
    layout->addLayout(tables, 1);
}

void SummaryPage::setOverview(const WorkspaceOverview& o) {
    const QLocale l;
    const auto count = [&](const char* table) {
        const auto it = o.summary.counts.find(QString::fromLatin1(table));
        return it == o.summary.counts.end() ? qint64(0) : it->second;
    };
    m_title->setText(o.settings.name);
    const QString range =
        o.summary.dataFrom.isValid()
            ? tr("Data from %1 to %2").arg(formatDate(o.summary.dataFrom), formatDate(o.summary.dataTo))
            : tr("No data imported yet");
    m_subtitle->setText(tr("%1 · %2 · currency %3").arg(range, o.path, o.settings.currency));
    m_contacts->setValue(l.toString(count("contact")));
    m_accounts->setValue(l.toString(count("account")));
    m_opportunities->setValue(l.toString(count("opportunity")));
    m_touchpoints->setValue(l.toString(count("touchpoint")));
    m_campaigns->setValue(l.toString(count("campaign")));
    m_owners->setValue(l.toString(count("owner")));

    std::map<QString, qint64> entered(o.summary.contactsByStage.begin(), o.summary.contactsByStage.end());
    m_stageModel->setStages(o.stages, std::move(entered));
    m_personaModel->setPersonas(o.personas, o.summary.contactsByPersona);
    m_stageView->resizeColumnsToContents();
    m_personaView->resizeColumnsToContents();
    m_stageView->horizontalHeader()->setStretchLastSection(true);
}

} // namespace revalign::ui
