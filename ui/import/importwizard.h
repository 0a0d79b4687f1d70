#pragma once

#include "import/importplan.h"

#include <QFutureWatcher>
#include <QWizard>

#include <atomic>
#include <memory>
#include <vector>

namespace revalign::ui {

class FilesPage;
class FormatPage;
class MappingPage;
class ValidationPage;
class ImportRunPage;

// Imports CSV exports into the open workspace: files -> how they read -> column mapping -> dry run ->
// import (one transaction; undo). Uses the same core calls as `revalign-cli import`.
class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { Files, Format, Mapping, Validation, Run };

    ImportWizard(const QString& workspacePath, const QStringList& files, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // No modal boxes (tests, screenshots): questions take their defaults, errors go to the pages.
    void setHeadless(bool headless) { m_headless = headless; }
    bool isHeadless() const { return m_headless; }

    const QString& workspacePath() const { return m_workspace; }
    const ProfileCatalog& catalog() const { return m_catalog; }
    void reloadCatalog();

    // The chosen files and what the wizard knows about each (index = position in the list).
    std::vector<ImportFileChoice>& files() { return m_files; }
    void setFilePaths(const QStringList& paths);
    // Adds files to the list on the first page (a drop while the wizard is open).
    void addFiles(const QStringList& paths);
    QStringList filePaths() const;
    const PreviewOutcome& preview(int file) const { return m_previews.at(static_cast<size_t>(file)); }
    // Reads the file's preview again on a worker (after an override changed); previewReady tells.
    void requestPreview(int file);
    bool previewsPending() const { return m_pendingPreviews > 0; }
    // The mapping in force for a file: the user's edit, else the profile the preview used.
    ImportProfile profileFor(int file) const;
    void setEditedProfile(int file, const ImportProfile& profile);

    // The file the Format and Mapping pages show.
    int currentFile() const { return m_current; }
    void setCurrentFile(int file);

    // Saves the current file's mapping as a workspace profile named `title`; returns its key or an error.
    QString saveProfile(int file, const QString& title, QString* error);
    bool exportProfile(int file, const QString& path, QString* error) const;
    bool importProfile(int file, const QString& path, QString* error);

    FilesPage* filesPage() const { return m_filesPage; }
    FormatPage* formatPage() const { return m_formatPage; }
    MappingPage* mappingPage() const { return m_mappingPage; }
    ValidationPage* validationPage() const { return m_validationPage; }
    ImportRunPage* runPage() const { return m_runPage; }

Q_SIGNALS:
    void previewReady(int file);
    void currentFileChanged(int file);
    // An import was written or undone: the workspace must be read again.
    void workspaceChanged();

private:
    QString m_workspace;
    ProfileCatalog m_catalog;
    std::vector<ImportFileChoice> m_files;
    std::vector<PreviewOutcome> m_previews;
    std::vector<int> m_generation; // per file: the newest preview request; older results are dropped
    int m_lastGeneration = 0;
    int m_pendingPreviews = 0;
    int m_current = 0;
    bool m_headless = false;
    FilesPage* m_filesPage;
    FormatPage* m_formatPage;
    MappingPage* m_mappingPage;
    ValidationPage* m_validationPage;
    ImportRunPage* m_runPage;
};

// Runs `work` on the thread pool and hands its result to `done` on the UI thread; `owner` going away
// drops the result. Cancellation is the work's own business (an atomic flag it polls).
template <typename Result, typename Work, typename Done>
QFuture<Result> runInBackground(QObject* owner, Work work, Done done);

} // namespace revalign::ui

#include <QtConcurrent/QtConcurrentRun>

template <typename Result, typename Work, typename Done>
QFuture<Result> revalign::ui::runInBackground(QObject* owner, Work work, Done done) {
    auto* watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, owner, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    QFuture<Result> future = QtConcurrent::run(std::move(work));
    watcher->setFuture(future);
    return future;
}
