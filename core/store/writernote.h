#pragma once

#include <QString>
#include <QStringList>

namespace revalign {

// Who is writing a workspace, so that other processes can name them ("locked by another process's
// import" should say which). An import's own rows are invisible to other connections until it commits,
// so the note is a small file beside the workspace, NAME.revalign.writer, kept while the import's
// transaction is open and removed afterwards (also when the import fails). A note left by a killed
// import is harmless: it is read only while the workspace's write lock is really held, and the next
// import replaces it.
class WriterNote final {
public:
    WriterNote(const QString& workspacePath, const QStringList& files);
    ~WriterNote();
    WriterNote(const WriterNote&) = delete;
    WriterNote& operator=(const WriterNote&) = delete;

private:
    QString m_path;
};

// "revalign-cli import leads.csv, process 4242, since 10:02", or empty when no note is there.
QString currentWriter(const QString& workspacePath);

} // namespace revalign
