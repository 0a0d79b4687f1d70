#include "import/importwizard.h"

#include "import/filespage.h"
#include "import/formatpage.h"
#include "import/importrunpage.h"
#include "import/mappingpage.h"
#include "import/validationpage.h"
#include "store/workspace.h"
#include "workflow/importservice.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace revalign::ui {

namespace {
constexpr int kPreviewRows = 50;
}

ImportWizard::ImportWizard(const QString& workspacePath, const QStringList& files, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspacePath)
    , m_catalog(loadCatalog(workspacePath))
    , m_filesPage(new FilesPage(this))
    , m_formatPage(new FormatPage(this))
    , m_mappingPage(new MappingPage(this))
    , m_validationPage(new ValidationPage(this))
    , m_runPage(new ImportRunPage(this)) {
    setWindowTitle(tr("Import files"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(980, 720);
    setPage(Files, m_filesPage);
    setPage(Format, m_formatPage);
    setPage(Mapping, m_mappingPage);
    setPage(Validation, m_validationPage);
    setPage(Run, m_runPage);
    addFiles(files);
}

void ImportWizard::addFiles(const QStringList& paths) {
    if (paths.isEmpty())
        return;
    m_filesPage->addFiles(paths);
    setFilePaths(m_filesPage->paths());
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reloadCatalog() {
    m_catalog = loadCatalog(m_workspace);
}

void ImportWizard::setFilePaths(const QStringList& paths) {
    std::vector<ImportFileChoice> files;
    std::vector<PreviewOutcome> previews;
    for (const QString& path : paths) {
        const auto known = std::find_if(m_files.begin(), m_files.end(),
                                        [&](const ImportFileChoice& f) { return f.path == path; });
        if (known != m_files.end()) {
            files.push_back(*known);
            previews.push_back(m_previews[static_cast<size_t>(known - m_files.begin())]);
            continue;
        }
        ImportFileChoice f;
        f.path = path;
        f.size = QFileInfo(path).size();
        files.push_back(f);
        previews.emplace_back();
    }
    const bool changed = filePaths() != paths;
    m_files = std::move(files);
    m_previews = std::move(previews);
    if (changed) {
        m_generation.assign(m_files.size(), 0);
        for (int i = 0; i < static_cast<int>(m_files.size()); ++i)
            if (!m_previews[static_cast<size_t>(i)].loaded)
                requestPreview(i);
    }
    m_current = std::clamp(m_current, 0, std::max(0, static_cast<int>(m_files.size()) - 1));
}

QStringList ImportWizard::filePaths() const {
    QStringList paths;
    for (const ImportFileChoice& f : m_files)
        paths << f.path;
    return paths;
}

void ImportWizard::requestPreview(int file) {
    const auto at = static_cast<size_t>(file);
    if (at >= m_files.size())
        return;
    const int generation = m_generation[at] = ++m_lastGeneration;
    ++m_pendingPreviews;
    const ImportFileChoice choice = m_files[at];
    const ProfileCatalog catalog = m_catalog;
    const QString path = choice.path;
    runInBackground<PreviewOutcome>(
        this, [choice, catalog] { return readPreview(choice, catalog, kPreviewRows); },
        [this, file, generation, path](const PreviewOutcome& outcome) {
            --m_pendingPreviews;
            const auto i = static_cast<size_t>(file);
            if (i >= m_files.size())
                return;
            // A stale result (the file list or the overrides changed meanwhile) is dropped, but the pages
            // still hear about it: the last pending read may be a stale one, and Next waits for it.
            if (m_files[i].path == path && m_generation[i] == generation)
                m_previews[i] = outcome;
            Q_EMIT previewReady(file);
        });
}

ImportProfile ImportWizard::profileFor(int file) const {
    const auto at = static_cast<size_t>(file);
    if (at < m_files.size() && m_files[at].editedProfile)
        return *m_files[at].editedProfile;
    return at < m_previews.size() ? m_previews[at].profile : ImportProfile{};
}

void ImportWizard::setEditedProfile(int file, const ImportProfile& profile) {
    const auto at = static_cast<size_t>(file);
    if (at >= m_files.size())
        return;
    m_files[at].editedProfile = profile;
    requestPreview(file);
}

void ImportWizard::setCurrentFile(int file) {
    if (file < 0 || file >= static_cast<int>(m_files.size()) || file == m_current)
        return;
    m_current = file;
    Q_EMIT currentFileChanged(file);
}

QString ImportWizard::saveProfile(int file, const QString& title, QString* error) {
    ImportProfile profile = profileFor(file);
    const QString name = title.trimmed()
                             .toLower()
                             .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"))
                             .remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (name.isEmpty()) {
        *error = tr("Give the profile a name with at least one letter or digit.");
        return {};
    }
    profile.name = name;
    profile.title = title.trimmed();
    // Recognised next time by this very header: every column the mapping uses must be present.
    // The columns left out are named too (as "ignore"), so this profile fits this header better than any
    // built-in one that maps fewer of its columns.
    QStringList signature;
    for (const QString& column : preview(file).preview.header) {
        if (fieldForColumn(profile, column) != Field::Ignore)
            signature << column;
        else {
            setColumnField(profile, column, Field::Ignore);
            profile.columns.emplace_back(column, Field::Ignore);
        }
    }
    if (!signature.isEmpty())
        profile.signatures = {signature};
    const ImportFileChoice& choice = m_files[static_cast<size_t>(file)];
    const CsvFormat& format = preview(file).preview.format;
    // Remember how the file was read when the user had to say it, so the next file reads the same way.
    if (choice.delimiter)
        profile.delimiter = choice.delimiter;
    if (!choice.encoding.isEmpty() || format.encodingOverridden)
        profile.encoding = format.encoding;
    if (choice.dateOrder != DateOrder::Auto)
        profile.dateOrder = choice.dateOrder;
    if (choice.decimal != DecimalMark::Auto)
        profile.decimal = choice.decimal;
    try {
        Workspace ws = Workspace::open(m_workspace);
        revalign::saveProfile(ws, profile);
    } catch (const Error& e) {
        *error = e.message();
        return {};
    }
    reloadCatalog();
    m_files[static_cast<size_t>(file)].profileName = profile.name;
    m_files[static_cast<size_t>(file)].editedProfile = profile;
    requestPreview(file);
    return profile.name;
}

bool ImportWizard::exportProfile(int file, const QString& path, QString* error) const {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(profileFor(file).toJsonBytes()) < 0 || !out.commit()) {
        *error = tr("%1: cannot write the file: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

bool ImportWizard::importProfile(int file, const QString& path, QString* error) {
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the file: %2").arg(path, in.errorString());
        return false;
    }
    try {
        ImportProfile profile = ImportProfile::fromJsonBytes(in.readAll(), path);
        setEditedProfile(file, profile);
    } catch (const Error& e) {
        *error = e.message();
        return false;
    }
    return true;
}

} // namespace revalign::ui
