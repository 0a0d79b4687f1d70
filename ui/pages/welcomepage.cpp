#include "pages/welcomepage.h"

#include "teamaddress.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace revalign::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    auto* title = new QLabel(tr("Welcome to RevAlign"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    title->setFont(f);
    auto* blurb =
        new QLabel(tr("One workspace file holds the definitions marketing and sales agreed on — personas, "
                      "funnel stages, KPIs and targets — and the numbers from your CRM exports, side by "
                      "side. Create a workspace, open one, or drop a .revalign file on this window."),
                   this);
    blurb->setWordWrap(true);
    auto* newButton = new QPushButton(tr("&New workspace…"), this);
    auto* openButton = new QPushButton(tr("&Open workspace…"), this);
    auto* connectButton = new QPushButton(tr("Connect to &team workspace…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(connectButton);
    buttons->addStretch();
    auto* recentLabel = new QLabel(tr("Recent workspaces"), this);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT openPathRequested(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecentFiles(const QStringList& paths) {
    m_recent->clear();
    for (const QString& path : paths) {
        // A team workspace's URL arrives without its password (teamaddress.h's visibleRecent()).
        auto* item = new QListWidgetItem(locationTitle(path) + QStringLiteral("  —  ") + displayAddress(path),
                                         m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (paths.isEmpty())
        new QListWidgetItem(tr("(none yet)"), m_recent);
}

} // namespace revalign::ui
