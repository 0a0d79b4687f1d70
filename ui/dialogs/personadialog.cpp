#include "dialogs/personadialog.h"

#include "models/personapreviewmodel.h"
#include "services/definitionservice.h"
#include "services/personapreview.h"
#include "ui_personadialog.h"

#include <QColorDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace revalign::ui {

namespace {
std::optional<int> spinValue(const QSpinBox* spin) {
    // The minimum shows the "any size" special text.
    return spin->value() == spin->minimum() ? std::nullopt : std::optional<int>(spin->value());
}
} // namespace

PersonaDialog::PersonaDialog(const Persona& persona, std::vector<Persona> all,
                             std::map<PersonaId, qint64> now, PersonaPreview* preview, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::PersonaDialog>())
    , m_original(persona)
    , m_color(persona.color)
    , m_all(std::move(all))
    , m_now(std::move(now))
    , m_preview(preview)
    , m_previewModel(new PersonaPreviewModel(this)) {
    m_ui->setupUi(this);
    setWindowTitle(persona.id.isValid() ? tr("Edit persona “%1”").arg(persona.name) : tr("New persona"));
    m_ui->nameEdit->setText(persona.name);
    m_ui->descriptionEdit->setPlainText(persona.description);
    m_ui->painsEdit->setPlainText(persona.pains);
    m_ui->goalsEdit->setPlainText(persona.goals);
    m_ui->titleKeywordsEdit->setText(persona.titleKeywords.join(QStringLiteral(", ")));
    m_ui->industriesEdit->setText(persona.industries.join(QStringLiteral(", ")));
    m_ui->countriesEdit->setText(persona.countries.join(QStringLiteral(", ")));
    m_ui->minEmployeesSpin->setValue(persona.minEmployees.value_or(0));
    m_ui->maxEmployeesSpin->setValue(persona.maxEmployees.value_or(0));
    m_ui->whoLabel->setText(changedByText());
    m_ui->previewView->setModel(m_previewModel);
    m_ui->previewView->horizontalHeader()->setSectionResizeMode(PersonaPreviewModel::Name,
                                                                QHeaderView::Stretch);
    m_ui->previewView->horizontalHeader()->setStretchLastSection(false);
    m_ui->previewView->setMinimumWidth(380);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    showColour();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_ui->colorButton, &QPushButton::clicked, this, &PersonaDialog::chooseColour);
    for (QLineEdit* edit :
         {m_ui->nameEdit, m_ui->titleKeywordsEdit, m_ui->industriesEdit, m_ui->countriesEdit})
        connect(edit, &QLineEdit::textChanged, this, &PersonaDialog::edited);
    for (QSpinBox* spin : {m_ui->minEmployeesSpin, m_ui->maxEmployeesSpin})
        connect(spin, &QSpinBox::valueChanged, this, &PersonaDialog::edited);
    if (m_preview) {
        connect(m_preview, &PersonaPreview::countsReady, this, &PersonaDialog::showCounts);
        connect(m_preview, &PersonaPreview::failed, this, [this](const QString& message) {
            m_ui->previewStatus->setText(tr("The preview failed: %1").arg(message));
        });
    }
    edited();
}

PersonaDialog::~PersonaDialog() = default;

QStringList PersonaDialog::splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(u',')) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed, Qt::CaseInsensitive))
            out << trimmed;
    }
    return out;
}

Persona PersonaDialog::persona() const {
    Persona p = m_original;
    p.name = m_ui->nameEdit->text().trimmed();
    p.description = m_ui->descriptionEdit->toPlainText().trimmed();
    p.pains = m_ui->painsEdit->toPlainText().trimmed();
    p.goals = m_ui->goalsEdit->toPlainText().trimmed();
    p.color = m_color;
    p.titleKeywords = splitList(m_ui->titleKeywordsEdit->text());
    p.industries = splitList(m_ui->industriesEdit->text());
    p.countries = splitList(m_ui->countriesEdit->text());
    p.minEmployees = spinValue(m_ui->minEmployeesSpin);
    p.maxEmployees = spinValue(m_ui->maxEmployeesSpin);
    return p;
}

QString PersonaDialog::note() const {
    return m_ui->noteEdit->text().trimmed();
}

std::vector<Persona> PersonaDialog::previewList() const {
    // The edited persona keeps its place in the priority order; a new one goes last, as it is stored.
    std::vector<Persona> list = m_all;
    const Persona edited = persona();
    bool replaced = false;
    for (Persona& p : list)
        if (edited.id.isValid() && p.id == edited.id) {
            p = edited;
            replaced = true;
        }
    if (!replaced)
        list.push_back(edited);
    return list;
}

QString PersonaDialog::problem() const {
    const Persona p = persona();
    if (p.name.isEmpty())
        return tr("Give the persona a name.");
    for (const Persona& other : m_all)
        if (other.id != p.id && other.name.compare(p.name, Qt::CaseInsensitive) == 0)
            return tr("Another persona is already called “%1”.").arg(other.name);
    if (p.minEmployees && p.maxEmployees && *p.minEmployees > *p.maxEmployees)
        return tr("The company size range is empty: “from” is larger than “to”.");
    return {};
}

QString PersonaDialog::remark() const {
    const QString issue = problem();
    if (!issue.isEmpty())
        return issue + u' ';
    return persona().hasRules() ? QString() : tr("Without rules this persona matches no contact.") + u' ';
}

void PersonaDialog::edited() {
    const std::vector<Persona> list = previewList();
    m_previewModel->setPersonas(list, m_now);
    // A persona without rules may be saved (its rules filled in later); a name clash may not.
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem().isEmpty());
    m_ui->previewStatus->setText(remark() + tr("Counting…"));
    if (m_preview)
        m_preview->request(list);
}

void PersonaDialog::showCounts() {
    m_previewModel->setPreview(m_preview->counts());
    m_ui->previewView->resizeColumnsToContents();
    m_ui->previewView->horizontalHeader()->setSectionResizeMode(PersonaPreviewModel::Name,
                                                                QHeaderView::Stretch);
    const QLocale l;
    m_ui->previewStatus->setText(remark() +
                                 tr("Counted over all %1 contacts; nothing is saved until you press Save.")
                                     .arg(l.toString(m_preview->contactCount())));
}

void PersonaDialog::chooseColour() {
    const QColor chosen = QColorDialog::getColor(QColor(m_color), this, tr("Persona colour"));
    if (chosen.isValid()) {
        m_color = chosen.name();
        showColour();
        edited();
    }
}

void PersonaDialog::showColour() {
    QPixmap swatch(16, 16);
    swatch.fill(QColor(m_color));
    m_ui->colorButton->setIcon(QIcon(swatch));
    m_ui->colorButton->setText(m_color);
    m_ui->colorButton->setAccessibleDescription(tr("Current colour %1").arg(m_color));
}

} // namespace revalign::ui
