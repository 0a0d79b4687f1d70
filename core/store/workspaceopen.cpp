#include "store/workspace.h"

#include "store/migrations.h"
#include "store/pg/pgconninfo.h"
#include "store/schemacheck.h"
#include "store/schemameta.h"
#include "store/writernote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStorageInfo>

// Opening a workspace (split from workspace.cpp): read-write or read-only, the checks that refuse a
// damaged file, the upgrade of an older one, and the checkpoint a full disk left unfinished.

namespace revalign {

namespace {
// Below this much free space a workspace is opened for reading: a write would fail half-way (an import
// needs far more; a meeting note a page or two, plus the WAL).
constexpr qint64 kMinFreeBytes = qint64(4) << 20;
// A WAL bigger than SQLite's own auto-checkpoint leaves (1000 pages) is one a write could not copy
// into the file: the open finishes it.
constexpr qint64 kPendingWalBytes = qint64(4) << 20;

QString walPath(const QString& path) {
    return path + QStringLiteral("-wal");
}

qint64 fileSize(const QString& path) {
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

// The -wal and -shm that a refused open created are removed again (SQLite leaves them after a read-only
// connection): a refused file is left exactly as it was found.
class JournalFiles final {
public:
    explicit JournalFiles(const QString& path)
        : m_path(path)
        , m_wal(QFile::exists(walPath(path)))
        , m_shm(QFile::exists(path + QStringLiteral("-shm"))) {}
    void removeNew() const {
        const QString shm = m_path + QStringLiteral("-shm");
        if (!m_wal && fileSize(walPath(m_path)) == 0)
            QFile::remove(walPath(m_path));
        if (!m_shm && !QFile::exists(walPath(m_path)))
            QFile::remove(shm);
    }

private:
    QString m_path;
    bool m_wal;
    bool m_shm;
};

// A read that touches the schema: a file SQLite cannot read fails here, before anything else happens.
void probe(Database& db) {
    Statement probe(db, "SELECT count(*) FROM sqlite_master");
    probe.step();
}

Error damaged(const QString& path, const QString& what) {
    return Error(QCoreApplication::translate(
                     "Workspace",
                     "%1: the workspace is damaged (%2); RevAlign does not read or change a damaged "
                     "workspace.%3")
                     .arg(path, what, backupHint(path)));
}
} // namespace

QString backupHint(const QString& path) {
    const QFileInfo info(path);
    const QRegularExpression version(QStringLiteral(R"(\.before-v(\d+)$)"));
    int newest = -1;
    for (const QString& name :
         info.dir().entryList({info.fileName() + QStringLiteral(".before-v*")}, QDir::Files)) {
        const auto m = version.match(name);
        if (m.hasMatch())
            newest = std::max(newest, m.captured(1).toInt());
    }
    if (newest < 0)
        return QCoreApplication::translate("Workspace", " Restore it from a backup.");
    return QCoreApplication::translate("Workspace",
                                       " A copy from before the upgrade to version %1 is kept: %2.")
        .arg(newest)
        .arg(path + QStringLiteral(".before-v%1").arg(newest));
}

QString Workspace::writeBlocker(const QString& path) {
    if (PgConnInfo::isUrl(path))
        return {}; // a server: whether this session may write is what open() finds out (SchemaMeta)
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    const QStorageInfo disk(folder);
    if (disk.isValid() && disk.isReadOnly())
        return QCoreApplication::translate("Workspace", "it is on a read-only disk");
    if (!file.isWritable())
        return QCoreApplication::translate("Workspace", "the file is read-only");
    if (!QFileInfo(folder).isWritable())
        return QCoreApplication::translate("Workspace", "its folder is read-only");
    if (disk.isValid() && disk.bytesAvailable() < kMinFreeBytes)
        return QCoreApplication::translate("Workspace", "the disk is full (%1 free)")
            .arg(QLocale().formattedDataSize(disk.bytesAvailable(), 1, QLocale::DataSizeTraditionalFormat));
    try {
        Database db(path, Database::Mode::ReadWrite);
        if (!db.writeLockFree()) {
            const QString writer = currentWriter(path);
            return writer.isEmpty()
                       ? QCoreApplication::translate("Workspace", "another program is writing to it")
                       : QCoreApplication::translate("Workspace", "another import is writing to it (%1)")
                             .arg(writer);
        }
    } catch (const Error&) {
        // What cannot even be opened is for open() to explain.
    }
    return {};
}

Workspace Workspace::open(const QString& path, WorkspaceAccess access) {
    if (PgConnInfo::isUrl(path))
        return openTeam(path, access);
    checkWorkspaceHeader(path);
    const JournalFiles journal(path);
    try {
        Workspace ws =
            access == WorkspaceAccess::ReadOnly
                ? openForReading(path, QCoreApplication::translate("Workspace", "opened for reading"))
                : openForWriting(path, access);
        ws.finishCheckpoint();
        return ws;
    } catch (const Error& e) {
        journal.removeNew(); // the connection is closed by now
        throw Error(e.message().startsWith(path) ? e.message()
                                                 : QStringLiteral("%1: %2").arg(path, e.message()));
    }
}

Workspace Workspace::openForWriting(const QString& path, WorkspaceAccess access) {
    const auto cannotWrite = [&](const QString& why) {
        if (access == WorkspaceAccess::ReadWrite)
            throw Error(QCoreApplication::translate("Workspace",
                                                    "%1: cannot be changed now: %2 (nothing was written)")
                            .arg(path, why));
        return openForReading(path, why);
    };
    const QString blocker = writeBlocker(path);
    if (!blocker.isEmpty())
        return cannotWrite(blocker);
    Workspace ws{Database(path, Database::Mode::ReadWrite)};
    if (ws.m_db.isReadOnly()) {
        ws.m_db.close();
        return cannotWrite(QCoreApplication::translate("Workspace", "the file is read-only"));
    }
    try {
        probe(ws.m_db);
    } catch (const Error& e) {
        const Database::Failure failure = ws.m_db.lastFailure();
        ws.m_db.close();
        // No -shm could be created beside it: a folder that is read-only in a way the checks above miss.
        if (failure == Database::Failure::CannotOpen && access == WorkspaceAccess::Auto)
            return openForReading(path, QCoreApplication::translate("Workspace", "its folder is read-only"));
        if (failure == Database::Failure::Damaged)
            throw damaged(path, e.message().mid(path.size() + 2));
        throw;
    }
    const int version = SchemaMeta(ws.m_db).version();
    if (version < latestSchemaVersion()) {
        // An upgrade writes into the file: only into a sound one, and only after a copy of it exactly as it
        // is (with its WAL, if any) is kept beside it.
        if (const QStringList problems = revalign::integrityProblems(ws.m_db, /*full=*/true);
            !problems.isEmpty())
            throw damaged(path, problems.join(QStringLiteral("; ")));
        const QString backup = path + QStringLiteral(".before-v%1").arg(latestSchemaVersion());
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile::remove(backup + suffix);
            if (QFile::exists(path + suffix) && !QFile::copy(path + suffix, backup + suffix))
                throw Error(
                    QCoreApplication::translate("Workspace", "%1: cannot keep a copy before upgrading (%2)")
                        .arg(path, backup));
        }
    }
    ws.configureConnection();
    if (version < latestSchemaVersion())
        migrate(ws.m_db);
    ws.requireSound();
    return ws;
}

Workspace Workspace::openForReading(const QString& path, const QString& readOnlyReason) {
    Workspace ws{Database(path, Database::Mode::ReadOnly)};
    try {
        probe(ws.m_db);
    } catch (const Error& e) {
        const Database::Failure failure = ws.m_db.lastFailure();
        ws.m_db.close();
        if (failure == Database::Failure::Damaged)
            throw damaged(path, e.message().mid(path.size() + 2));
        if (failure != Database::Failure::CannotOpen && failure != Database::Failure::ReadOnly &&
            failure != Database::Failure::DiskIo)
            throw;
        // A read-only folder or disk: SQLite cannot create the -shm file WAL mode shares between readers.
        // Without a WAL beside it the file alone is the whole workspace, and nobody can change it there:
        // read it as immutable (no locks, no -shm). With a WAL, its changes would be ignored: refuse.
        if (fileSize(walPath(path)) > 0)
            throw Error(
                QCoreApplication::translate(
                    "Workspace",
                    "%1: cannot read it here: %2 holds changes not yet written into the workspace, and "
                    "its folder cannot be written; copy both files to a folder you can write to")
                    .arg(path, walPath(path)));
        ws = Workspace(Database(path, Database::Mode::ReadOnlyImmutable));
        probe(ws.m_db);
    }
    const int version = SchemaMeta(ws.m_db).version();
    if (version < latestSchemaVersion()) {
        // The one write an open for reading makes: the upgrade, where the file can be written at all.
        const QString blocker = writeBlocker(path);
        if (!blocker.isEmpty())
            throw Error(
                QCoreApplication::translate(
                    "Workspace",
                    "%1: written by an older RevAlign (workspace version %2); it is upgraded the first "
                    "time it is opened where it can be written, and here %3")
                    .arg(path)
                    .arg(version)
                    .arg(blocker));
        ws.m_db.close();
        openForWriting(path, WorkspaceAccess::ReadWrite);
        return openForReading(path, readOnlyReason);
    }
    ws.requireSound();
    ws.m_db.exec("PRAGMA query_only = ON");
    ws.m_readOnlyReason = readOnlyReason;
    ws.m_db.setReadOnlyReason(readOnlyReason);
    return ws;
}

void Workspace::requireSound() {
    if (const QStringList problems = schemaProblems(m_db); !problems.isEmpty())
        throw damaged(path(), problems.join(QStringLiteral("; ")));
}

void Workspace::finishCheckpoint() {
    // An earlier write committed into the WAL but could not copy it into the file (the disk was full):
    // this open finishes it, whatever it was opened for — the content does not change, the WAL only
    // moves into the file. A read-only connection cannot, so a second one does where the file can be
    // written; it does not wait for other readers (the GUI's pages): their last connection finishes.
    if (fileSize(walPath(path())) <= kPendingWalBytes)
        return;
    QString problem;
    if (!m_db.isReadOnly() && m_readOnlyReason.isEmpty()) {
        problem = m_db.checkpoint(/*truncate=*/true);
    } else if (writeBlocker(path()).isEmpty()) {
        Database writer(path(), Database::Mode::ReadWrite);
        writer.setBusyTimeout(0);
        // A connection that has read nothing yet does not know the file is in WAL mode: its checkpoint
        // would do nothing and report success.
        probe(writer);
        problem = writer.checkpoint(/*truncate=*/true);
    } else {
        const QStorageInfo disk(QFileInfo(path()).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < kMinFreeBytes)
            problem = QCoreApplication::translate("Database", "the disk is full");
    }
    if (!problem.isEmpty())
        m_notices
            << QCoreApplication::translate(
                   "Workspace",
                   "the workspace could not be compacted: %1 — free space, then RevAlign finishes the write")
                   .arg(problem);
}

void Workspace::compact() {
    if (const QString problem = m_db.checkpoint(/*truncate=*/true); !problem.isEmpty())
        m_notices
            << QCoreApplication::translate(
                   "Workspace",
                   "the workspace could not be compacted: %1 — free space, then RevAlign finishes the write")
                   .arg(problem);
}

QStringList Workspace::integrityProblems() {
    return revalign::integrityProblems(m_db, /*full=*/true);
}

} // namespace revalign
