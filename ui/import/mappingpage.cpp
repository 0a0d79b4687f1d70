#include "import/mappingpage.h"

#include "import/importwizard.h"
#include "ui_mappingpage.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>

#include <algorithm>

namespace revalign::ui {

namespace {
constexpr int kIgnore = -1;

bool isRequired(ImportEntity entity, Field field) {
    for (const std::vector<Field>& group : requiredFieldGroups(entity))
        if (std::find(group.begin(), group.end(), field) != group.end())
            return true;
    return false;
}

QStringList headerOf(const PreviewOutcome& outcome) {
    return outcome.preview.header;
}
} // namespace

MappingPage::MappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<::Ui::MappingPage>())
    , m_wizard(wizard) {
    m_ui->setupUi(this);
    setTitle(tr("Column mapping"));
    setSubTitle(tr("Which field each column fills. Fields marked * are required; columns set to "
                   "“(ignore)” are not imported."));
    QHeaderView* header = m_ui->mappingTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->mappingTable->verticalHeader()->hide();
    connect(m_ui->fileCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling)
            m_wizard->setCurrentFile(index);
    });
    connect(m_wizard, &ImportWizard::currentFileChanged, this, [this](int file) {
        if (m_wizard->currentId() == ImportWizard::Mapping)
            showFile(file);
    });
    connect(m_wizard, &ImportWizard::previewReady, this, [this](int file) {
        Q_EMIT completeChanged();
        // Rebuild only when the columns changed (a different profile or delimiter), not after each edit.
        if (m_wizard->currentId() == ImportWizard::Mapping && file == m_wizard->currentFile() &&
            m_ui->mappingTable->rowCount() != headerOf(m_wizard->preview(file)).size())
            showFile(file);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MappingPage::saveAsProfile);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MappingPage::exportProfile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &MappingPage::loadProfile);
    m_ui->saveButton->setToolTip(tr("Keep this mapping in the workspace: the next file with these columns is "
                                    "recognised by it"));
    m_ui->exportButton->setToolTip(tr("Write the mapping to a JSON file to share with a colleague"));
    m_ui->importButton->setToolTip(tr("Use a mapping from a JSON profile file"));
}

MappingPage::~MappingPage() = default;

void MappingPage::initializePage() {
    m_filling = true;
    m_ui->fileCombo->clear();
    for (const ImportFileChoice& f : m_wizard->files())
        m_ui->fileCombo->addItem(QFileInfo(f.path).fileName(), f.path);
    m_filling = false;
    showFile(m_wizard->currentFile());
}

QComboBox* MappingPage::fieldCombo(int column) const {
    return qobject_cast<QComboBox*>(m_ui->mappingTable->cellWidget(column, 2));
}

QString MappingPage::requiredText() const {
    return m_ui->requiredLabel->text();
}

void MappingPage::showFile(int file) {
    if (file < 0 || file >= static_cast<int>(m_wizard->files().size()))
        return;
    m_filling = true;
    m_ui->fileCombo->setCurrentIndex(file);
    const PreviewOutcome& outcome = m_wizard->preview(file);
    const ImportProfile profile = m_wizard->profileFor(file);
    const QStringList header = headerOf(outcome);
    m_ui->entityLabel->setText(tr("Profile %1 — rows become %2")
                                   .arg(profileLabel(profile), toKey(profile.entity).replace(u'_', u' ')));
    QTableWidget* table = m_ui->mappingTable;
    table->setRowCount(static_cast<int>(header.size()));
    for (int row = 0; row < header.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(header.at(row)));
        QStringList samples;
        for (const QStringList& r : outcome.preview.rows)
            if (row < r.size() && !r.at(row).trimmed().isEmpty() && samples.size() < 3 &&
                !samples.contains(r.at(row)))
                samples << r.at(row);
        auto* sample = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        sample->setForeground(palette().color(QPalette::PlaceholderText));
        table->setItem(row, 1, sample);
        auto* combo = new QComboBox(table);
        combo->addItem(tr("(ignore)"), kIgnore);
        for (const Field field : fieldsFor(profile))
            combo->addItem(isRequired(profile.entity, field) ? tr("%1 *").arg(fieldKey(field))
                                                             : fieldKey(field),
                           static_cast<int>(field));
        const Field current = fieldForColumn(profile, header.at(row));
        combo->setCurrentIndex(
            std::max(0, combo->findData(current == Field::Ignore ? kIgnore : static_cast<int>(current))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, row, combo] { fieldChosen(row, combo); });
        table->setCellWidget(row, 2, combo);
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(2);
    m_filling = false;
    fieldChosen(-1, nullptr);
}

void MappingPage::fieldChosen(int column, QComboBox* combo) {
    const int file = m_wizard->currentFile();
    if (m_filling || file < 0 || file >= static_cast<int>(m_wizard->files().size()))
        return;
    const QStringList header = headerOf(m_wizard->preview(file));
    if (combo && column >= 0 && column < header.size()) {
        ImportProfile profile = m_wizard->profileFor(file);
        const int chosen = combo->currentData().toInt();
        setColumnField(profile, header.at(column),
                       chosen == kIgnore ? Field::Ignore : static_cast<Field>(chosen));
        m_wizard->setEditedProfile(file, profile);
    }
    const ImportProfile profile = m_wizard->profileFor(file);
    const QStringList missing = missingRequired(profile, header);
    if (!m_wizard->preview(file).error.isEmpty())
        m_ui->requiredLabel->setText(u"<span style='color:#b02020'>" %
                                     m_wizard->preview(file).error.toHtmlEscaped() % u"</span>");
    else if (missing.isEmpty())
        m_ui->requiredLabel->setText(u"<span style='color:#1f7a3a'>" %
                                     tr("Every required field has a column.") % u"</span>");
    else
        m_ui->requiredLabel->setText(u"<span style='color:#b02020'><b>" % tr("Cannot continue:") % u"</b> " %
                                     tr("map a column to %1 — every row of %2 needs one.")
                                         .arg(missing.join(tr("; and to ")), toKey(profile.entity))
                                         .toHtmlEscaped() %
                                     u"</span>");
    Q_EMIT completeChanged();
}

bool MappingPage::isComplete() const {
    if (m_wizard->previewsPending() && m_wizard->files().empty())
        return false;
    for (int i = 0; i < static_cast<int>(m_wizard->files().size()); ++i) {
        const PreviewOutcome& o = m_wizard->preview(i);
        if (!o.loaded || !o.error.isEmpty() ||
            !missingRequired(m_wizard->profileFor(i), o.preview.header).isEmpty())
            return false;
    }
    return !m_wizard->files().empty();
}

void MappingPage::report(const QString& title, const QString& message) {
    m_ui->requiredLabel->setText(message.toHtmlEscaped());
    if (!m_wizard->isHeadless())
        QMessageBox::warning(this, title, message);
}

void MappingPage::saveAsProfile() {
    const int file = m_wizard->currentFile();
    const ImportProfile current = m_wizard->profileFor(file);
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("Save as profile"),
        tr("Name for this mapping (the next import with these columns uses it):"), QLineEdit::Normal,
        tr("%1 (edited)").arg(current.title.isEmpty() ? current.name : current.title), &ok);
    if (!ok)
        return;
    QString error;
    const QString name = m_wizard->saveProfile(file, title, &error);
    if (name.isEmpty())
        report(tr("Save as profile"), error);
    else
        m_ui->requiredLabel->setText(
            tr("Saved as profile “%1” in this workspace.").arg(name).toHtmlEscaped());
}

void MappingPage::exportProfile() {
    const int file = m_wizard->currentFile();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export profile"), QDir::home().filePath(m_wizard->profileFor(file).name + u".json"),
        tr("Import profiles (*.json)"));
    QString error;
    if (!path.isEmpty() && !m_wizard->exportProfile(file, path, &error))
        report(tr("Export profile"), error);
}

void MappingPage::loadProfile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load profile"), QDir::homePath(),
                                                      tr("Import profiles (*.json)"));
    QString error;
    if (path.isEmpty())
        return;
    if (!m_wizard->importProfile(m_wizard->currentFile(), path, &error))
        report(tr("Load profile"), error);
    else
        showFile(m_wizard->currentFile());
}

} // namespace revalign::ui
