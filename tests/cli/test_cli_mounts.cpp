#include "store/database.h"
#include "store/workspace.h"
#include "workflow/importservice.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

// Read-only media and a full disk, for real: `revalign-cli` runs in a private mount namespace
// (unshare -m) on a small tmpfs, remounted read-only or filled up. Root ignores file permissions, so
// chmod would not test anything here. Skips (with a warning) where the machine cannot mount.

using namespace revalign;
using revalign::test::TempDir;

namespace {
struct Run {
    int code = -1;
    QString out;
};

// Runs `script` under bash in a private mount namespace; mounts vanish with it.
Run isolated(const QString& script) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("unshare"),
            {QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
             QStringLiteral("bash"), QStringLiteral("-c"), script});
    if (!p.waitForStarted(5000))
        return {};
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

bool canMount(const TempDir& dir) {
    const QString at = dir.path(QStringLiteral("probe"));
    QDir().mkpath(at);
    const Run r = isolated(QStringLiteral("mount -t tmpfs -o size=1m tmpfs '%1' && umount '%1'").arg(at));
    if (r.code != 0)
        WARN("skipped: cannot mount a tmpfs in a private namespace (needs root and unshare): " << r.out);
    return r.code == 0;
}

QString cli() {
    return QStringLiteral(REVALIGN_CLI_BINARY);
}

QString read(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

TEST_CASE("cli on read-only media: info and kpi read the workspace, import refuses, nothing is created") {
    TempDir dir;
    if (!canMount(dir))
        return;
    const QString source = dir.path(QStringLiteral("w.revalign"));
    {
        Workspace ws = Workspace::create(source);
        importFiles(ws, {test::testData(QStringLiteral("import/hubspot-contacts.csv"))}, {});
    }
    const QString mnt = dir.path(QStringLiteral("mnt"));
    QDir().mkpath(mnt);
    const QString script = QStringLiteral(R"sh(
set -u
mount -t tmpfs -o size=8m tmpfs '%1' || exit 77
cp '%2' '%1/w.revalign' && mount -o remount,ro '%1' || exit 77
'%3' info '%1/w.revalign' --json > '%4/info.json'; echo "info $?"
'%3' kpi '%1/w.revalign' --json > '%4/kpi.json'; echo "kpi $?"
'%3' import '%1/w.revalign' '%5'; echo "import $?"
ls '%1'
)sh")
                               .arg(mnt, source, cli(), dir.path(QString()),
                                    test::testData(QStringLiteral("import/hubspot-contacts.csv")));
    const Run r = isolated(script);
    INFO(r.out);
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("info 0\n")));
    CHECK(r.out.contains(QStringLiteral("kpi 0\n")));
    CHECK(r.out.contains(mnt + QStringLiteral("/w.revalign: cannot be changed now: it is on a read-only disk "
                                              "(nothing was written)\nimport 1\n")));
    CHECK(r.out.endsWith(QStringLiteral("import 1\nw.revalign\n"))); // no -wal, no -shm
    const QJsonObject info =
        QJsonDocument::fromJson(read(dir.path(QStringLiteral("info.json"))).toUtf8()).object();
    CHECK(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("contact")).toInt() == 5);
    CHECK(QJsonDocument::fromJson(read(dir.path(QStringLiteral("kpi.json"))).toUtf8()).isObject());
}

TEST_CASE("cli on read-only media: a workspace copied with its -wal and -shm reads its latest changes") {
    TempDir dir;
    if (!canMount(dir))
        return;
    const QString source = dir.path(QStringLiteral("w.revalign"));
    Workspace::create(source);
    const QString copy = dir.path(QStringLiteral("copy"));
    QDir().mkpath(copy);
    {
        // A change still in the WAL when the files are copied (the writer is still open).
        Database db(source, Database::Mode::ReadWrite);
        db.exec("PRAGMA wal_autocheckpoint = 0");
        db.exec("UPDATE setting SET value = 'Only in the WAL' WHERE key = 'name'");
        for (const char* suffix : {"", "-wal", "-shm"})
            REQUIRE(QFile::copy(source + QString::fromLatin1(suffix),
                                copy + QStringLiteral("/w.revalign") + QString::fromLatin1(suffix)));
    }
    const QString mnt = dir.path(QStringLiteral("mnt"));
    QDir().mkpath(mnt);
    const Run r = isolated(QStringLiteral(R"sh(
mount -t tmpfs -o size=8m tmpfs '%1' || exit 77
cp '%2'/w.revalign* '%1/' && mount -o remount,ro '%1' || exit 77
'%3' info '%1/w.revalign'; echo "info $?"
)sh")
                               .arg(mnt, copy, cli()));
    INFO(r.out);
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("(Only in the WAL)")));
    CHECK(r.out.endsWith(QStringLiteral("info 0\n")));
}

// Issue 10.7: with too little space for the checkpoint, the import committed into the WAL, exited 0 and
// said nothing; the next command failed with "disk is full".
TEST_CASE("cli on a full disk: an import whose checkpoint fails says so, and the next open finishes it") {
    TempDir dir;
    if (!canMount(dir))
        return;
    // 40,000 contacts: the file grows by G bytes; the WAL holds about as much. The disk gets room for
    // the WAL and the 4 MB an open for writing asks for, not for the file to grow as well.
    const QString csv = dir.path(QStringLiteral("contacts.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Record ID,First Name,Last Name,Email,Lifecycle Stage,Create Date,Job Title\n");
        for (int i = 0; i < 40000; ++i)
            f.write(QStringLiteral("%1,Ana,Silva,ana.%1@example.com,lead,2024-01-%2 10:00,Head of Operations "
                                   "and Growth %1\n")
                        .arg(i)
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                        .toUtf8());
    }
    const QString empty = dir.path(QStringLiteral("empty.revalign"));
    const QString reference = dir.path(QStringLiteral("reference.revalign"));
    Workspace::create(empty);
    REQUIRE(QFile::copy(empty, reference));
    {
        Workspace ws = Workspace::open(reference);
        REQUIRE(importFiles(ws, {csv}, {}).front().written);
    }
    const qint64 growth = QFileInfo(reference).size() - QFileInfo(empty).size();
    REQUIRE(growth > (qint64(6) << 20));
    const qint64 room = growth + growth / 10 + (qint64(9) << 19); // WAL + 4.5 MB
    const QString mnt = dir.path(QStringLiteral("mnt"));
    const QString out = dir.path(QStringLiteral("out"));
    QDir().mkpath(mnt);
    QDir().mkpath(out);
    const Run r = isolated(QStringLiteral(R"sh(
mount -t tmpfs -o size=96m tmpfs '%1' || exit 77
cp '%2' '%1/w.revalign' || exit 77
free=$(( $(stat -f -c '%a*%S' '%1') ))
head -c $(( free - %3 )) /dev/zero > '%1/filler' || exit 77
'%4' import '%1/w.revalign' '%5'; echo "import $?"
'%4' info '%1/w.revalign' > /dev/null; echo "info $?"
rm '%1/filler'
'%4' info '%1/w.revalign' > /dev/null; echo "info $?"
echo "wal $(cat '%1/w.revalign-wal' 2>/dev/null | wc -c)"
ls '%1'
cp '%1/w.revalign' '%6/'
)sh")
                               .arg(mnt, empty)
                               .arg(room)
                               .arg(cli(), csv, out));
    INFO(r.out);
    REQUIRE(r.code == 0);
    const QString compacting =
        QStringLiteral("the workspace could not be compacted: the disk is full — free space, "
                       "then RevAlign finishes the write\n");
    // The import is in: exit 0, and the user is told what is left to do.
    CHECK(r.out.contains(QStringLiteral("contacts.csv: hubspot-contacts, 40000 rows: 40000 new")));
    CHECK(r.out.contains(mnt + QStringLiteral("/w.revalign: imported; ") + compacting +
                         QStringLiteral("import 0\n")));
    // Still full: reading works, and says the write is not finished.
    CHECK(r.out.contains(mnt + QStringLiteral("/w.revalign: ") + compacting + QStringLiteral("info 0\n")));
    // With space again, the next open finishes it: the WAL is empty, and the content is the import's.
    CHECK(r.out.contains(QStringLiteral("info 0\ninfo 0\nwal 0\n")));
    CHECK_FALSE(r.out.contains(QStringLiteral("w.revalign.writer")));
    // The copy holds the whole import in the file itself (no WAL copied): the same contacts as the reference
    // import (a digest of the whole content would differ by the import's timestamps).
    const auto contacts = [](const QString& path) {
        Database db(path, Database::Mode::ReadOnly);
        Statement q(db, "SELECT count(*) || ' ' || group_concat(source_id || email, ',') FROM "
                        "(SELECT source_id, email FROM contact ORDER BY source_id)");
        REQUIRE(q.step());
        return q.text(0);
    };
    const QString imported = contacts(dir.path(QStringLiteral("out/w.revalign")));
    CHECK(imported.startsWith(QStringLiteral("40000 ")));
    CHECK(imported == contacts(reference));
}
