#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

// Lets Catch print QStrings in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& s) {
    return os << s.toStdString();
}

namespace revalign::test {

// A fresh temporary folder per test; removed afterwards.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

QString testData(const QString& relative);       // tests/data/<relative>
QString sharedRealData(const QString& relative); // ../shared/data/real/<relative>, empty if absent
QByteArray fileBytes(const QString& path);
QByteArray sha256(const QString& path);
// A digest of a workspace's logical content (every row of every table, in a stable order), so tests can
// say "byte-for-byte equal in content" regardless of page layout.
QByteArray workspaceContentDigest(const QString& path);

} // namespace revalign::test
