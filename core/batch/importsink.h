#pragma once

#include "batch/importbatch.h"
#include "batch/importfindings.h"
#include "batch/importrecord.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace revalign {

// What the store made of one file's records, after the last one.
struct ImportSinkResult {
    ImportCounts counts;                             // added, updated, unchanged (invalid: the refusals)
    std::vector<std::pair<qint64, QString>> refused; // (line, reason) of rows refused only at the end
    ImportFindings findings;                         // unresolved references, undated facts, stages, notes
};

// Where an import's records go: the pipeline (ImportSession) hands every mapped, validated record of a
// file to a sink and never calls the store itself. The store implements it once per engine
// (StoreImportSink; PostgreSQL's COPY-based one later). The caller that owns the import's transaction
// (core/workflow/importservice) creates the sink inside it and hands it to each file's session.
//
// Per file: begin() -> write()... with flush() after each group of records -> finish() -> close().
// write(), failedField() and flush() run on the pipeline's writer thread, which alone uses the sink
// (and its connection) between begin() and finish(); everything else runs on the caller's thread.
class ImportSink {
public:
    virtual ~ImportSink() = default;

    // A point inside the import's transaction that one file's writes can be taken back to (the session
    // writes a file again when the whole file decides a column's format differently from its first rows).
    virtual void mark() = 0;
    virtual void rollbackToMark() = 0;
    virtual void releaseMark() = 0;

    // Opens the file's batch; every row written until close() carries it.
    virtual ImportBatchId begin(const ImportBatchInfo& info, const ImportRules& rules) = 0;
    // Why the row cannot be written, or nullopt. The record must stay alive and unchanged until the next
    // flush() (the store may write records in groups).
    virtual std::optional<QString> write(const ImportRecord& record) = 0;
    // The field whose value the last refused write() could not take (Field::Ignore: the row as a whole).
    virtual Field failedField() const = 0;
    // Writes what write() left pending: call before the records passed to write() are reused.
    virtual void flush() = 0;
    // After the last record: decides what waited for the end of the file, links references earlier files
    // left pending, and says what the file did.
    virtual ImportSinkResult finish() = 0;
    // Records the batch's final counts (invalid rows included) and the file's fingerprint.
    virtual void close(ImportBatchId batch, const ImportCounts& counts, const QString& fileHash) = 0;
    // Drops a batch that wrote nothing (an empty file, an unchanged re-import): no trace is left.
    virtual void discard(ImportBatchId batch) = 0;
};

} // namespace revalign
