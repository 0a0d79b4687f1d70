#pragma once

#include "import/importprofile.h"

#include <QStringList>

namespace revalign {

// What a profile's mistakes mean for one file, found before any row is read (the profile is data a
// person wrote; a typo in it must not silently drop a column or fail every row).
struct ProfileCheck {
    // Columns the profile names that the header lacks, where the header has a close name instead:
    // "'close_vallue' is not a column of sales_pipeline.csv; did you mean 'close_value'?". The import
    // goes on without that field, and says so.
    QStringList notes;
    // What stops the import: a field every row needs that no column of the header gives, and (for a
    // profile named with --profile) a header without the profile's signature.
    QStringList problems;
};

// `header` as the mapper names it; `forced`: the profile was named by the user, not recognised from the
// header; `fits`: the profile the header is recognised as (suggested instead), or empty.
ProfileCheck checkProfile(const ImportProfile& profile, const QStringList& header, const QString& file,
                          bool forced, const QString& fits);

// "Record ID + Deal Name, or Deal ID + Deal Name".
QString signatureText(const ImportProfile& profile);

} // namespace revalign
