#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace revalign::test {

TempDir::TempDir() {
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString& name) const {
    return m_dir.filePath(name);
}

QString testData(const QString& relative) {
    return QStringLiteral(REVALIGN_TEST_DATA "/") + relative;
}

QString sharedRealData(const QString& relative) {
    // REVALIGN_SHARED_DATA in the environment points a worktree that lives elsewhere at the shared folder.
    const QString root = qEnvironmentVariableIsSet("REVALIGN_SHARED_DATA")
                             ? qEnvironmentVariable("REVALIGN_SHARED_DATA")
                             : QStringLiteral(REVALIGN_SHARED_DATA);
    const QString path = QDir::cleanPath(root + QStringLiteral("/real/") + relative);
    return QFile::exists(path) ? path : QString();
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray sha256(const QString& path) {
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

QByteArray workspaceContentDigest(const QString& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto each = [&](const char* sql, auto&& onRow) {
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW)
            onRow(st);
        sqlite3_finalize(st);
    };
    QStringList tables;
    each("SELECT name, sql FROM sqlite_master WHERE type IN ('table','index') ORDER BY name",
         [&](sqlite3_stmt* st) {
             const auto* sql = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
             hash.addData(QByteArray(sql ? sql : ""));
             if (sqlite3_column_type(st, 1) != SQLITE_NULL &&
                 QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)))
                     .startsWith("CREATE TABLE"))
                 tables << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
         });
    for (const QString& table : tables) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1, 2";
        each(sql.constData(), [&](sqlite3_stmt* st) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                hash.addData(QByteArray::number(sqlite3_column_type(st, c)));
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
                hash.addData(QByteArray(text ? text : "\x01NULL"));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        });
    }
    sqlite3_close(db);
    return hash.result().toHex();
}

} // namespace revalign::test
