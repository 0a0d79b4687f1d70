#include "import/profilecatalog.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace revalign {

ProfileCatalog ProfileCatalog::builtIn() {
    ProfileCatalog catalog;
    const QDir dir(QStringLiteral(":/profiles"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("%1: cannot read built-in profile").arg(file.fileName()));
        catalog.add(ImportProfile::fromJsonBytes(file.readAll(), file.fileName()), /*builtIn=*/true);
    }
    return catalog;
}

void ProfileCatalog::add(ImportProfile profile, bool builtIn) {
    for (size_t i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].name == profile.name) {
            m_profiles[i] = std::move(profile);
            m_builtIn[i] = builtIn;
            return;
        }
    }
    m_profiles.push_back(std::move(profile));
    m_builtIn.push_back(builtIn);
}

const ImportProfile* ProfileCatalog::find(const QString& name) const {
    for (const ImportProfile& p : m_profiles)
        if (p.name == name)
            return &p;
    return nullptr;
}

ProfileCatalog::Recognition ProfileCatalog::recognise(const QStringList& header) const {
    Recognition r;
    std::vector<size_t> best;
    for (size_t i = 0; i < m_profiles.size(); ++i) {
        const int score = m_profiles[i].matchScore(header);
        if (score <= 0 || score < r.score)
            continue;
        if (score > r.score)
            best.clear();
        r.score = score;
        best.push_back(i);
    }
    // A user's profile over the built-in ones that fit as well.
    const bool anyUser = std::any_of(best.begin(), best.end(), [&](size_t i) { return !m_builtIn[i]; });
    if (anyUser)
        best.erase(std::remove_if(best.begin(), best.end(), [&](size_t i) { return m_builtIn[i]; }),
                   best.end());
    if (best.size() == 1)
        r.profile = &m_profiles[best.front()];
    else
        for (size_t i : best)
            r.tied.push_back(&m_profiles[i]);
    return r;
}

const ImportProfile* ProfileCatalog::match(const QStringList& header) const {
    return recognise(header).profile;
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
