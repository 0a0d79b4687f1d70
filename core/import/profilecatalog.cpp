#include "import/profilecatalog.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace revalign {

ProfileCatalog ProfileCatalog::builtIn() {
    ProfileCatalog catalog;
    const QDir dir(QStringLiteral(":/profiles"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("%1: cannot read built-in profile").arg(file.fileName()));
        catalog.add(ImportProfile::fromJsonBytes(file.readAll(), file.fileName()));
    }
    return catalog;
}

void ProfileCatalog::add(ImportProfile profile) {
    for (ImportProfile& p : m_profiles) {
        if (p.name == profile.name) {
            p = std::move(profile);
            return;
        }
    }
    m_profiles.push_back(std::move(profile));
}

const ImportProfile* ProfileCatalog::find(const QString& name) const {
    for (const ImportProfile& p : m_profiles)
        if (p.name == name)
            return &p;
    return nullptr;
}

const ImportProfile* ProfileCatalog::match(const QStringList& header) const {
    const ImportProfile* best = nullptr;
    int bestScore = 0;
    for (const ImportProfile& p : m_profiles) {
        const int score = p.matchScore(header);
        // On a tie the profile added later wins: user profiles come after the built-in ones, and one
        // saved for this very header (the wizard's "Save as profile") must be used the next time.
        if (score > 0 && score >= bestScore) {
            best = &p;
            bestScore = score;
        }
    }
    return best;
}

ImportProfile ProfileCatalog::resolve(const QString& nameOrPath) const {
    if (const ImportProfile* p = find(nameOrPath))
        return *p;
    if (QFileInfo(nameOrPath).isFile()) {
        QFile file(nameOrPath);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("%1: cannot read: %2").arg(nameOrPath, file.errorString()));
        return ImportProfile::fromJsonBytes(file.readAll(), nameOrPath);
    }
    QStringList names;
    for (const ImportProfile& p : m_profiles)
        names << p.name;
    throw Error(QCoreApplication::translate("Import", "no import profile named '%1' (known: %2)")
                    .arg(nameOrPath, names.join(QStringLiteral(", "))));
}

} // namespace revalign
