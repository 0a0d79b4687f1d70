#pragma once

#include "import/importprofile.h"

#include <vector>

namespace revalign {

// The profiles to choose from: the built-in ones (resources/profiles, compiled in) plus any the user
// saved in the workspace (ImportStore::userProfiles). A user profile with a built-in's name replaces it.
class ProfileCatalog final {
public:
    static ProfileCatalog builtIn();

    void add(ImportProfile profile);
    const std::vector<ImportProfile>& profiles() const { return m_profiles; }
    const ImportProfile* find(const QString& name) const;
    // The profile whose signature the header carries, preferring the one that maps most columns, then
    // the one added last (a user's profile over a built-in one).
    const ImportProfile* match(const QStringList& header) const;
    // NAME of a profile in the catalog, or PATH of a profile file.
    ImportProfile resolve(const QString& nameOrPath) const;

private:
    std::vector<ImportProfile> m_profiles;
};

} // namespace revalign
