#pragma once

#include "import/importprofile.h"

#include <vector>

namespace revalign {

// The profiles to choose from: the built-in ones (resources/profiles, compiled in) plus any the user
// saved in the workspace (ImportStore::userProfiles). A user profile with a built-in's name replaces it.
class ProfileCatalog final {
public:
    static ProfileCatalog builtIn();

    // `builtIn` false: a profile the user saved (it wins a tie with a built-in one, see recognise()).
    void add(ImportProfile profile, bool builtIn = false);
    const std::vector<ImportProfile>& profiles() const { return m_profiles; }
    const ImportProfile* find(const QString& name) const;

    // Which profile a header is: the profiles whose signature the header carries (and none of whose
    // `absent` columns it has), the one that maps most of its columns. A user's profile beats a built-in
    // one that fits as well (one saved for this very header must be used the next time); two of the same
    // kind that fit equally well are a tie: the file is refused, naming both, and --profile decides.
    struct Recognition {
        const ImportProfile* profile = nullptr; // null when none fits or on a tie
        std::vector<const ImportProfile*> tied; // two or more on a tie
        int score = 0;
    };
    Recognition recognise(const QStringList& header) const;
    // recognise()'s profile (null when none fits or two tie).
    const ImportProfile* match(const QStringList& header) const;
    // NAME of a profile in the catalog, or PATH of a profile file.
    ImportProfile resolve(const QString& nameOrPath) const;

private:
    std::vector<ImportProfile> m_profiles;
    std::vector<bool> m_builtIn; // per profile
};

} // namespace revalign
