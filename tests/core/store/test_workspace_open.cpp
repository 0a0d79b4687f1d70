#include "store/database.h"
#include "store/migrations.h"
#include "store/workspace.h"
#include "store/writernote.h"

#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

// Issue 10.2 and 10.3: every open refuses a damaged workspace (not only `info`), names the file and its
// .before-vN copy, leaves no -wal/-shm behind; opening for reading never writes; a workspace another
// process is writing to opens read-only and says by whom.

using namespace revalign;
using revalign::test::TempDir;

namespace {
QString openError(const QString& path, WorkspaceAccess access) {
    try {
        Workspace::open(path, access);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

// A workspace with one contact, checkpointed, no -wal/-shm beside it.
QString sealedWorkspace(const TempDir& dir, const char* name) {
    const QString path = dir.path(QString::fromLatin1(name));
    Workspace ws = Workspace::create(path);
    ws.db().exec("INSERT INTO contact(source, source_id, email) VALUES ('hubspot', '1', 'a@example.com')");
    return path;
}

bool journalLeft(const QString& path) {
    return QFile::exists(path + QStringLiteral("-wal")) || QFile::exists(path + QStringLiteral("-shm"));
}
} // namespace

TEST_CASE("open: a workspace with a table, column or index missing is refused by every kind of open") {
    TempDir dir;
    const QString path = sealedWorkspace(dir, "damaged.revalign");
    const auto [sql, what] = GENERATE(table<const char*, const char*>({
        {"DROP TABLE meeting_note", "table 'meeting_note' is missing"},
        {"ALTER TABLE contact DROP COLUMN score", "column 'score' of table 'contact' is missing"},
        {"DROP INDEX opportunity_contact", "index 'opportunity_contact' is missing"},
    }));
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec(sql);
    }
    REQUIRE_FALSE(journalLeft(path));
    // Without a copy from an upgrade the message says to restore a backup; with one it names it.
    const bool withBackup = GENERATE(false, true);
    const QString backup = path + QStringLiteral(".before-v%1").arg(latestSchemaVersion());
    if (withBackup)
        QFile::copy(path, backup);
    const QByteArray before = test::sha256(path);
    for (const WorkspaceAccess access :
         {WorkspaceAccess::Auto, WorkspaceAccess::ReadWrite, WorkspaceAccess::ReadOnly}) {
        INFO(sql << " access " << int(access));
        const QString message = openError(path, access);
        CHECK(message.startsWith(path + QStringLiteral(": the workspace is damaged (")));
        CHECK(message.contains(QString::fromLatin1(what)));
        if (withBackup)
            CHECK(message.endsWith(QStringLiteral("A copy from before the upgrade to version %1 is kept: %2.")
                                       .arg(latestSchemaVersion())
                                       .arg(backup)));
        else
            CHECK(message.endsWith(QStringLiteral("Restore it from a backup.")));
        CHECK_FALSE(journalLeft(path)); // a refused open leaves nothing behind
        CHECK(test::sha256(path) == before);
    }
}

TEST_CASE("open: a file SQLite cannot read is refused as damaged, leaving no journal files") {
    TempDir dir;
    const QString path = sealedWorkspace(dir, "scribbled.revalign");
    QByteArray bytes = test::fileBytes(path);
    for (qsizetype i = 100; i < bytes.size(); ++i) // keep the header: it still looks like ours
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0xff));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    for (const WorkspaceAccess access : {WorkspaceAccess::Auto, WorkspaceAccess::ReadOnly}) {
        const QString message = openError(path, access);
        CHECK(message.startsWith(path + QStringLiteral(": the workspace is damaged")));
        CHECK(message.endsWith(QStringLiteral("Restore it from a backup.")));
        CHECK_FALSE(journalLeft(path));
    }
}

TEST_CASE("open: the full integrity check finds a damaged page that the schema check cannot see") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pages.revalign"));
    {
        Workspace ws = Workspace::create(path);
        Transaction tx(ws.db());
        Statement insert(ws.db(),
                         "INSERT INTO contact(source, source_id, email, title) VALUES ('hubspot', ?, ?, "
                         "'a title long enough to fill pages')");
        for (int i = 0; i < 3000; ++i)
            insert.bind(1, QString::number(i)).bind(2, QStringLiteral("p%1@example.com").arg(i)).run();
        tx.commit();
    }
    QByteArray bytes = test::fileBytes(path);
    const qsizetype page = 4096;
    REQUIRE(bytes.size() > 20 * page);
    // Scribble over the middle of a page near the end (a contact or index page, not the schema).
    for (qsizetype i = bytes.size() - 3 * page + 8; i < bytes.size() - 2 * page; ++i)
        bytes[i] = static_cast<char>(0x5A ^ (i & 0xff));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    Workspace ws = Workspace::open(path, WorkspaceAccess::ReadOnly); // the schema is whole
    CHECK_FALSE(ws.integrityProblems().isEmpty());
}

TEST_CASE("open: reading never writes, and a write through a read-only open fails with a message") {
    TempDir dir;
    const QString path = sealedWorkspace(dir, "ro.revalign");
    const QByteArray before = test::sha256(path);
    {
        Workspace ws = Workspace::open(path, WorkspaceAccess::ReadOnly);
        CHECK(ws.isReadOnly());
        CHECK(ws.summary().counts.at(QStringLiteral("contact")) == 1);
        CHECK_THROWS_WITH(ws.db().exec("INSERT INTO setting(key, value) VALUES ('x', 'y')"),
                          Catch::Contains("read-only") && Catch::StartsWith(path.toStdString()));
    }
    CHECK(test::sha256(path) == before);
}

TEST_CASE("open: a workspace another process is writing to opens read-only and names the writer") {
    TempDir dir;
    const QString path = sealedWorkspace(dir, "busy.revalign");
    CHECK(Workspace::writeBlocker(path).isEmpty());
    Database other(path, Database::Mode::ReadWrite);
    other.exec("BEGIN IMMEDIATE");
    other.exec("INSERT INTO setting(key, value) VALUES ('half', 'written')");
    const WriterNote note(path, {QStringLiteral("/data/leads.csv")});
    const QString blocker = Workspace::writeBlocker(path);
    CHECK(blocker.startsWith(QStringLiteral("another import is writing to it (")));
    CHECK(blocker.contains(QStringLiteral("importing leads.csv, process ")));
    {
        Workspace ws = Workspace::open(path); // Auto: reads what is committed
        CHECK(ws.readOnlyReason() == blocker);
        CHECK(ws.summary().counts.at(QStringLiteral("contact")) == 1);
        CHECK_THROWS_WITH(ws.db().exec("DELETE FROM contact"), Catch::Contains("another import is writing"));
    }
    CHECK_THROWS_WITH(Workspace::open(path, WorkspaceAccess::ReadWrite),
                      Catch::Contains("cannot be changed now: another import is writing to it"));
    other.exec("ROLLBACK");
    CHECK(Workspace::writeBlocker(path).isEmpty()); // a note left behind counts only while the lock is held
    CHECK_FALSE(Workspace::open(path).isReadOnly());
}

TEST_CASE("open: SQLite's 'disk I/O error' and 'unable to open database file' are said for people") {
    const QString path = QStringLiteral("/some/where/w.revalign");
    CHECK(describeSqliteFailure(14, path, QStringLiteral("unable to open database file")) ==
          QStringLiteral("cannot open the file, or create its journal files (w.revalign-wal, w.revalign-shm) "
                         "beside it: the folder may be read-only, missing or on a full disk"));
    CHECK(describeSqliteFailure(10 | (3 << 8), path, QStringLiteral("disk I/O error")) ==
          QStringLiteral("the disk could not be read or written; check that the drive is still connected and "
                         "has free space (disk I/O error)"));
    CHECK(describeSqliteFailure(13, path, QStringLiteral("database or disk is full")) ==
          QStringLiteral("the disk is full (nothing was written)"));
}

// Issue 10.7: a WAL a full disk left behind was never copied into the file by the next open; for an open
// for reading, the second connection that does it had read nothing, did not know the file was in WAL
// mode, and its checkpoint did nothing while reporting success.
TEST_CASE("open: a WAL a full disk left behind is copied into the file by the next open, for reading too") {
    const auto access =
        GENERATE(WorkspaceAccess::ReadOnly, WorkspaceAccess::Auto, WorkspaceAccess::ReadWrite);
    TempDir dir;
    const QString path = sealedWorkspace(dir, "pending.revalign");
    const QString copy = dir.path(QStringLiteral("copy.revalign"));
    {
        // Commits that stay in the WAL (no checkpoint), copied while the writer is open, as a full disk
        // leaves them: 2,000 × a 3 kB value is ~6 MB of WAL, over the 4 MB the open treats as pending.
        Database db(path, Database::Mode::ReadWrite);
        db.exec("PRAGMA wal_autocheckpoint = 0");
        for (int i = 0; i < 2000; ++i)
            Statement(db, "UPDATE setting SET value = ?1 WHERE key = 'name'")
                .bind(1, QString(3000, u'x') + QString::number(i))
                .run();
        for (const char* suffix : {"", "-wal", "-shm"})
            REQUIRE(QFile::copy(path + QString::fromLatin1(suffix), copy + QString::fromLatin1(suffix)));
    }
    REQUIRE(QFileInfo(copy + QStringLiteral("-wal")).size() > (qint64(4) << 20));
    {
        Workspace ws = Workspace::open(copy, access);
        CHECK(ws.notices().isEmpty());
        CHECK(QFileInfo(copy + QStringLiteral("-wal")).size() == 0);
    }
    CHECK(test::workspaceContentDigest(copy) == test::workspaceContentDigest(path));
}
