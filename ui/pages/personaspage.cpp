#include "pages/personaspage.h"

#include "dialogs/personadialog.h"
#include "models/personalistmodel.h"
#include "models/personasummarymodel.h"
#include "services/definitionservice.h"
#include "services/personapreview.h"
#include "workspaceloader.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace revalign::ui {

namespace {
QLabel* headline(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QAction* addKeyAction(QWidget* on, const QList<QKeySequence>& keys, QObject* receiver,
                      std::function<void()> slot) {
    auto* action = new QAction(on);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, receiver, std::move(slot));
    on->addAction(action);
    return action;
}
} // namespace

PersonasPage::PersonasPage(QWidget* parent)
    : QWidget(parent)
    , m_service(new DefinitionService(this))
    , m_preview(new PersonaPreview(this))
    , m_model(new PersonaListModel(this))
    , m_view(new QTableView(this))
    , m_newButton(new QPushButton(tr("&New persona…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_removeButton(new QPushButton(tr("&Delete…"), this))
    , m_detailsBox(new QGroupBox(tr("Selected persona"), this))
    , m_details(new QLabel(m_detailsBox))
    , m_outside(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this)) {
    auto* intro = new QLabel(tr("Who we sell to, and the rules that sort every contact into a persona. "
                                "Press Enter to edit the selected persona, Delete to remove it, Insert "
                                "to add one."),
                             this);
    intro->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Personas"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_newButton->setAccessibleName(tr("New persona"));
    m_editButton->setAccessibleName(tr("Edit persona"));
    m_removeButton->setAccessibleName(tr("Delete persona"));
    m_outside->setAccessibleName(tr("Contacts outside every persona"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setAccessibleName(tr("Re-classifying contacts"));
    m_progress->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(headline(tr("Personas"), this));
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    auto* detailsLayout = new QVBoxLayout(m_detailsBox);
    detailsLayout->addWidget(m_details);
    detailsLayout->addStretch(1);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Selected persona"));
    auto* body = new QHBoxLayout;
    body->addWidget(m_view, 3);
    body->addWidget(m_detailsBox, 2);
    layout->addLayout(body, 1);
    layout->addWidget(m_outside);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_newButton, &QPushButton::clicked, this, &PersonasPage::newPersona);
    connect(m_editButton, &QPushButton::clicked, this, &PersonasPage::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &PersonasPage::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &PersonasPage::editSelected);
    addKeyAction(m_view, {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, this,
                 [this] { editSelected(); });
    addKeyAction(m_view, {QKeySequence::Delete}, this, [this] { removeSelected(); });
    addKeyAction(m_view, {QKeySequence(Qt::Key_Insert)}, this, [this] { newPersona(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PersonasPage::updateActions);
    connect(m_service, &DefinitionService::writeFinished, this, &PersonasPage::writeFinished);
    connect(m_service, &DefinitionService::progress, this, [this](qint64 done, qint64 total) {
        // QProgressBar takes ints; a percentage is all it needs to show.
        m_progress->setRange(0, 100);
        m_progress->setValue(total > 0 ? static_cast<int>(done * 100 / total) : 100);
    });
    connect(m_service, &DefinitionService::personasLoaded, this, [this] {
        const Persona* selected = selectedPersona();
        const PersonaId keep = selected ? selected->id : PersonaId{};
        m_model->setPersonas(m_service->personas()->personas, m_service->personas()->counts);
        showPersonas();
        selectPersona(keep);
    });
    updateActions();
}

PersonasPage::~PersonasPage() = default;

void PersonasPage::setWorkspace(const WorkspaceOverview& overview) {
    m_path = overview.path;
    m_service->setWorkspace(m_path);
    m_preview->setWorkspace(m_path);
    // The overview counts by persona name (names are unique); the page keys them by id.
    std::map<PersonaId, qint64> counts;
    for (const auto& [name, n] : overview.summary.contactsByPersona) {
        if (name.isEmpty())
            counts[PersonaId{}] = n;
        for (const Persona& p : overview.personas)
            if (p.name == name)
                counts[p.id] = n;
    }
    m_model->setPersonas(overview.personas, std::move(counts));
    m_status->clear();
    showPersonas();
    selectPersona(PersonaId{});
}

void PersonasPage::clearWorkspace() {
    m_path.clear();
    m_service->setWorkspace({});
    m_preview->setWorkspace({});
    m_model->setPersonas({}, {});
    m_status->clear();
    showPersonas();
}

void PersonasPage::showPersonas() {
    const QLocale l;
    const qint64 outside = m_model->countOf(PersonaId{});
    qint64 total = 0;
    for (const auto& [id, n] : m_model->counts())
        total += n;
    m_outside->setText(
        m_path.isEmpty()
            ? QString()
            : tr("%1 of %2 contacts match no persona.").arg(l.toString(outside), l.toString(total)));
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
    updateActions();
}

void PersonasPage::selectPersona(PersonaId id) {
    // Keep the selection across reloads; otherwise start on the first persona so Enter edits right away.
    const int row = id.isValid() && m_model->rowOf(id) >= 0 ? m_model->rowOf(id) : 0;
    if (row < m_model->rowCount())
        m_view->selectRow(row);
    showDetails();
}

void PersonasPage::showDetails() {
    const Persona* p = selectedPersona();
    m_detailsBox->setVisible(p != nullptr);
    if (!p)
        return;
    qint64 total = 0;
    for (const auto& [id, n] : m_model->counts())
        total += n;
    const QLocale l;
    const qint64 count = m_model->countOf(p->id);
    const auto section = [](const QString& title, const QString& text) {
        return text.isEmpty() ? QString()
                              : QStringLiteral("<p><b>%1</b><br>%2</p>")
                                    .arg(title.toHtmlEscaped(),
                                         text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    };
    m_details->setText(QStringLiteral("<h3>%1</h3>").arg(p->name.toHtmlEscaped()) +
                       section(tr("Description"), p->description) + section(tr("Pains"), p->pains) +
                       section(tr("Goals"), p->goals) +
                       section(tr("Classification rules"), PersonaSummaryModel::rulesText(*p)) +
                       section(tr("Contacts"),
                               total > 0 ? tr("%1 (%2% of all contacts)")
                                               .arg(l.toString(count),
                                                    l.toString(100.0 * double(count) / double(total), 'f', 1))
                                         : l.toString(count)));
}

const Persona* PersonasPage::selectedPersona() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->personaAt(rows.first().row());
}

void PersonasPage::updateActions() {
    const bool ready = !m_path.isEmpty() && !m_service->isWriting();
    m_newButton->setEnabled(ready);
    m_editButton->setEnabled(ready && selectedPersona());
    m_removeButton->setEnabled(ready && selectedPersona());
}

PersonaDialog* PersonasPage::createDialog(const Persona& persona) {
    auto* dialog = new PersonaDialog(persona, m_model->personas(), m_model->counts(), m_preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void PersonasPage::newPersona() {
    if (m_path.isEmpty() || m_service->isWriting())
        return;
    PersonaDialog* dialog = createDialog(Persona{});
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { savePersona(dialog->persona(), dialog->note()); });
    dialog->open();
}

void PersonasPage::editSelected() {
    const Persona* persona = selectedPersona();
    if (!persona || m_service->isWriting())
        return;
    PersonaDialog* dialog = createDialog(*persona);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { savePersona(dialog->persona(), dialog->note()); });
    dialog->open();
}

void PersonasPage::removeSelected() {
    const Persona* persona = selectedPersona();
    if (!persona || m_service->isWriting())
        return;
    const PersonaId id = persona->id;
    bool ok = false;
    // One question both confirms and asks for the change-log note.
    const QString note = QInputDialog::getText(
        this, tr("Delete persona"),
        tr("Delete the persona “%1”? Its %2 contacts will be re-classified among the other personas.\n\n"
           "Note for the change log (optional):")
            .arg(persona->name, QLocale().toString(m_model->countOf(id))),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        removePersona(id, note.trimmed());
}

void PersonasPage::setBusy(bool busy, const QString& message) {
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0); // busy until the first progress report
    m_status->setText(message);
    updateActions();
}

bool PersonasPage::savePersona(const Persona& persona, const QString& note) {
    if (!m_service->savePersona(persona, note))
        return false;
    setBusy(true, tr("Saving “%1” and re-classifying every contact…").arg(persona.name));
    return true;
}

bool PersonasPage::removePersona(PersonaId id, const QString& note) {
    if (!m_service->removePersona(id, note))
        return false;
    setBusy(true, tr("Deleting the persona and re-classifying every contact…"));
    return true;
}

void PersonasPage::writeFinished(bool ok, const QString& message) {
    setBusy(false, ok ? tr("Saved; every contact has been re-classified.")
                      : tr("Nothing was changed: %1").arg(message));
    if (ok) {
        m_service->reloadPersonas();
        Q_EMIT personasChanged();
    }
    Q_EMIT saved(ok, message);
}

} // namespace revalign::ui
