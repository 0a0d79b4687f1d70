#include "import/filespage.h"

#include "import/importwizard.h"
#include "ui_filespage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSettings>

namespace revalign::ui {

namespace {
const QString kLastFolder = QStringLiteral("import/lastFolder");
}

FilesPage::FilesPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<::Ui::FilesPage>())
    , m_wizard(wizard) {
    m_ui->setupUi(this);
    setTitle(tr("Files"));
    setSubTitle(tr("Which exports to import into this workspace."));
    m_ui->filesTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->filesTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->filesTree->header()->setStretchLastSection(true);
    connect(m_ui->addButton, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_ui->filesTree->selectedItems());
        Q_EMIT completeChanged();
    });
    connect(m_ui->filesTree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_ui->removeButton->setEnabled(!m_ui->filesTree->selectedItems().isEmpty()); });
    m_ui->removeButton->setEnabled(false);
    m_ui->asOfEdit->setMaximumDate(QDate::currentDate());
    m_ui->asOfEdit->setDate(QDate::currentDate());
}

FilesPage::~FilesPage() = default;

void FilesPage::initializePage() {
    m_ui->filesTree->setFocus();
}

void FilesPage::chooseFiles() {
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose exports"), settings.value(kLastFolder, QDir::homePath()).toString(),
        tr("CSV and Excel exports (*.csv *.txt *.tsv *.xlsx *.xlsm);;CSV exports (*.csv *.txt *.tsv);;Excel "
           "workbooks (*.xlsx *.xlsm);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kLastFolder, QFileInfo(paths.first()).absolutePath());
    addFiles(paths);
}

void FilesPage::addFiles(const QStringList& paths) {
    const QStringList known = this->paths();
    for (const QString& p : paths) {
        const QFileInfo info(p);
        const QString path = info.absoluteFilePath();
        if (known.contains(path) || !info.isFile())
            continue;
        auto* item = new QTreeWidgetItem(m_ui->filesTree, {info.fileName(), formatSize(info.size()),
                                                           QDir::toNativeSeparators(info.absolutePath())});
        item->setData(0, Qt::UserRole, path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QDir::toNativeSeparators(path));
    }
    Q_EMIT completeChanged();
}

QStringList FilesPage::paths() const {
    QStringList out;
    for (int i = 0; i < m_ui->filesTree->topLevelItemCount(); ++i)
        out << m_ui->filesTree->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return out;
}

bool FilesPage::isComplete() const {
    return m_ui->filesTree->topLevelItemCount() > 0;
}

bool FilesPage::validatePage() {
    m_wizard->setFilePaths(paths());
    for (ImportFileChoice& f : m_wizard->files())
        f.asOf = asOf();
    return true;
}

QDate FilesPage::asOf() const {
    return m_ui->asOfEdit->date();
}

void FilesPage::setAsOf(const QDate& day) {
    m_ui->asOfEdit->setDate(day);
}

} // namespace revalign::ui
