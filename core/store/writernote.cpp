#include "store/writernote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace revalign {

namespace {
QString notePath(const QString& workspacePath) {
    return workspacePath + QStringLiteral(".writer");
}
} // namespace

WriterNote::WriterNote(const QString& workspacePath, const QStringList& files)
    : m_path(notePath(workspacePath)) {
    QStringList names;
    for (const QString& f : files)
        names << QFileInfo(f).fileName();
    const QJsonObject note{{QStringLiteral("program"), QCoreApplication::applicationName()},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("files"), QJsonArray::fromStringList(names)},
                           {QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    // Best effort: a folder that takes the workspace's journal takes this too; without it the others
    // merely cannot name the writer.
    QSaveFile out(m_path);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(note).toJson(QJsonDocument::Compact));
        if (!out.commit())
            m_path.clear();
    } else {
        m_path.clear();
    }
}

WriterNote::~WriterNote() {
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

QString currentWriter(const QString& workspacePath) {
    QFile in(notePath(workspacePath));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject note = QJsonDocument::fromJson(in.read(64 * 1024)).object();
    if (note.isEmpty())
        return {};
    QStringList files;
    for (const auto& f : note.value(QStringLiteral("files")).toArray())
        files << f.toString();
    const QDateTime since =
        QDateTime::fromString(note.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return QCoreApplication::translate("Workspace", "%1 importing %2, process %3, since %4")
        .arg(note.value(QStringLiteral("program")).toString(), files.join(QStringLiteral(", ")))
        .arg(note.value(QStringLiteral("pid")).toInteger())
        .arg(QLocale().toString(since, QLocale::ShortFormat));
}

} // namespace revalign
