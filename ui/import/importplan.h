#pragma once

#include "import/importsession.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

namespace revalign::ui {

// What the wizard knows about one chosen file: the user's overrides (empty / 0 / Auto = detect) and,
// once they edit the mapping, their version of the profile.
struct ImportFileChoice {
    QString path;
    qint64 size = 0;
    QString profileName; // empty = recognise by header
    QString encoding;
    char delimiter = 0;
    QString sheet; // a workbook's sheet; empty = the first visible sheet with cells
    DateOrder dateOrder = DateOrder::Auto;
    DecimalMark decimal = DecimalMark::Auto;
    std::optional<ImportProfile> editedProfile;
    QDate asOf; // the day the export was taken (its deals' snapshot); invalid = now
};

// A preview read on a worker thread.
struct PreviewOutcome {
    ImportPreview preview;
    ImportProfile profile; // the profile the session used (edited or resolved)
    QString error;         // a file-level problem: unreadable, no profile recognises the header, ...
    bool loaded = false;
};

// A dry run or an import, run on a worker thread with its own workspace connection.
struct RunOutcome {
    std::vector<ImportResult> results;
    QString error;
    bool cancelled = false;
};

// The session the CLI would build for the same file and flags, plus the wizard's edited mapping.
// `asOf`: the moment of the deals snapshot (ImportOptions::asOf).
std::unique_ptr<ImportSession> makeSession(const ImportFileChoice& file, const ProfileCatalog& catalog,
                                           bool skipInvalid, ProgressCallback progress, QDateTime asOf = {});

PreviewOutcome readPreview(const ImportFileChoice& file, const ProfileCatalog& catalog, int rows);

// Dry run or import of every file in one transaction (importSessions). `stop` is polled through the
// progress callback and ends a wait for a team workspace's import lock; `progress` gets a per-mille of the
// whole job; `waiting` gets "Import by anna@laptop since 09:14 — waiting…" while another import runs.
RunOutcome runImport(const QString& workspacePath, const std::vector<ImportFileChoice>& files, bool dryRun,
                     bool skipInvalid, std::stop_token stop,
                     const std::function<void(int perMille)>& progress,
                     const std::function<void(const QString& message)>& waiting = {});

// The raw fields of the record that starts at physical `line` of a file (for the error detail box).
QStringList readRecordAt(const ImportFileChoice& file, qint64 line);

// Profile catalog of a workspace (built-ins plus saved ones); built-ins only when it cannot be opened.
ProfileCatalog loadCatalog(const QString& workspacePath);

// "HubSpot contacts (hubspot · contacts)".
QString profileLabel(const ImportProfile& profile);
QString formatSize(qint64 bytes);

// The fields offered for a column of this profile's entity (what the store reads for it), plus any field
// the profile already maps, in the enum's order.
std::vector<Field> fieldsFor(const ImportProfile& profile);

// Which required field groups the profile leaves unmapped for this header (each as "a or b").
QStringList missingRequired(const ImportProfile& profile, const QStringList& header);
// The field a header column feeds in the profile (Field::Ignore when none).
Field fieldForColumn(const ImportProfile& profile, const QString& column);
// Points `column` at `field` (Ignore = not imported), keeping the other columns as they are.
void setColumnField(ImportProfile& profile, const QString& column, Field field);

} // namespace revalign::ui
