#pragma once

#include "batch/importfindings.h"
#include "batch/importrecord.h"
#include "batch/importsink.h"
#include "import/csvreader.h"
#include "import/errorgroups.h"
#include "import/importprofile.h"
#include "import/profilecatalog.h"
#include "import/profilecheck.h"
#include "import/recordmapper.h"
#include "import/recordsource.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace revalign {

struct ImportOptions {
    QString profile;     // a profile name in the catalog or a profile file; empty = recognise by header
    CsvReadOptions read; // encoding / delimiter overrides, progress callback (covers both passes)
    QString sheet;       // a workbook's sheet (--sheet); empty = the first visible sheet with cells
    DateOrder dateOrder = DateOrder::Auto;
    DecimalMark decimal = DecimalMark::Auto;
    bool skipInvalid = false; // import the valid rows and report the rest (default: all or nothing)
    // A profile named in `profile` must find its signature in the header (--profile on the command line).
    // The wizard turns it off: there the user sees the mapping of the profile they chose and edits it.
    bool requireSignature = true;
    bool dryRun = false;     // validate and count, write nothing
    size_t maxErrors = 1000; // row errors kept one by one in a result (all are counted in errorGroups)
    // The moment the files describe: a deals file becomes the deals' snapshot as of then (asOfMoment()
    // turns the CLI's --as-of DATE into one). Invalid: the import time.
    QDateTime asOf;
};

// What the wizard shows before anything is written: how the file reads and how its first rows map.
struct ImportPreview {
    CsvFormat format;
    std::optional<WorkbookFormat> workbook; // set for a workbook: its sheets, the one read, the header row
    QStringList header;
    QStringList headerNotes;
    QString profile;
    QStringList unmappedColumns;
    std::vector<ColumnFormat> columnFormats; // decided from the preview rows only
    QStringList formatProblems;
    QStringList profileNotes;          // profile columns the header lacks, with the close name it has
    QStringList profileProblems;       // what stops the import: a needed field no column gives, no signature
    std::vector<QStringList> rows;     // the raw fields of the first rows
    std::vector<ImportRecord> records; // the same rows mapped (invalid rows left out)
    std::vector<RowError> errors;
};

// The outcome of importing one file.
struct ImportResult {
    QString file;
    QString profile;
    CsvFormat format;
    QString sheet; // the workbook sheet read; empty for a CSV file
    QStringList headerNotes;
    // Everything the import says about the file beyond counts: the header notes, the profile's columns
    // the header lacks, values read as empty, values a profile folds with a note.
    QStringList notes;
    std::vector<ColumnFormat> columnFormats;
    qint64 rows = 0;
    ImportCounts counts;
    std::vector<RowError> errors;        // the first maxErrors row errors, in line order
    std::vector<ErrorGroup> errorGroups; // every row error, grouped by column, reason and value
    qint64 errorCount = 0;               // all row errors (a row can have several)
    // Unresolved references, undated facts, undefined deal stages and notes of the file's rows.
    ImportFindings findings;
    ImportBatchId batch; // valid when written
    bool written = false;
};

// One file through the whole pipeline (GnuCash's sequence): decode -> tokenize -> map columns through a
// profile -> decide each typed column's format from the whole column (pass 1) -> normalize and
// validate each row -> hand it to an ImportSink (pass 2, inside the caller's transaction). Nothing here is
// SQL and nothing here calls the store: the sink does the writing (core/workflow/importservice wires them).
// Runs on any thread (the wizard uses QtConcurrent::run); the progress callback may cancel.
class ImportSession final {
public:
    ImportSession(const QString& path, const ProfileCatalog& catalog, ImportOptions options);
    ~ImportSession();

    const QString& path() const { return m_path; }
    const CsvFormat& format() const { return m_reader->format(); }
    // How a workbook was read (sheet, header row, rows skipped); null for a CSV file.
    const WorkbookFormat* workbook() const { return m_reader->workbook(); }
    const QStringList& header() const { return m_headerNames; }
    const ImportProfile& profile() const { return m_profile; }
    // The wizard edits the mapping: a changed profile applies to the next preview() or write().
    void setProfile(const ImportProfile& profile) {
        m_profile = profile;
        m_edited = true;
    }

    ImportPreview preview(int rows);

    // Both passes; writes into the sink (inside the caller's open transaction) unless the options or
    // invalid rows say not to (then result.written is false and the caller must roll back what this wrote).
    ImportResult write(ImportSink& sink);

private:
    void readHeader();
    QStringList headerNotes(const RecordMapper& mapper) const;
    bool progress(qint64 done, qint64 total, int pass, int passes);
    // Pass 2: rewinds, hashes the file, maps each row (sniffing it too when `sniff`) and writes it.
    ImportResult writeRows(ImportSink& sink, RecordMapper& mapper, ImportResult result, bool sniff,
                           int passes);

    ProfileCheck checkProfileFor(const RecordMapper& mapper) const;

    QString m_path;
    ImportOptions m_options;
    ImportProfile m_profile;
    std::unique_ptr<RecordSource> m_reader; // a CSV file or a workbook's sheet
    bool m_forced = false; // named with --profile (or chosen), not recognised from the header
    bool m_edited = false; // the wizard changed the mapping: it is the user's, signature or not
    QString m_fits;        // the profile the header is recognised as, if any
    CsvRecord m_header;
    QStringList m_headerNames;
};

// The order importSessions() writes sessions in: by dependencyRank() of their profile's entity; among
// contacts, lead lists before contact lists (a contact matching a lead by email updates that person);
// then by profile name and file name, so that any order of the same files gives the same workspace.
std::vector<ImportSession*> dependencyOrder(std::vector<ImportSession*> sessions);

} // namespace revalign
