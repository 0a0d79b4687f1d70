#pragma once

#include "batch/importsink.h"
#include "store/importstore.h"

#include <memory>

namespace revalign {

class Database;
class ImportWriter;

// The workspace's ImportSink, for a file and for a team workspace on PostgreSQL (the same SQL through the
// engine-neutral Database; a COPY-based bulk path for PostgreSQL is the next step, docs/postgresql.md §7):
// one file's batch goes through ImportStore (the batch row, the undo
// log, savepoints) and ImportWriter (the rows, in multi-row prepared INSERTs). Runs inside the caller's
// Transaction (and BulkLoad); create it after the Transaction so its statements are gone before a
// rollback.
class StoreImportSink final : public ImportSink {
public:
    explicit StoreImportSink(Database& db);
    ~StoreImportSink() override;

    void mark() override;
    void rollbackToMark() override;
    void releaseMark() override;
    ImportBatchId begin(const ImportBatchInfo& info, const ImportRules& rules) override;
    std::optional<QString> write(const ImportRecord& record) override;
    Field failedField() const override;
    void flush() override;
    ImportSinkResult finish() override;
    void close(ImportBatchId batch, const ImportCounts& counts, const QString& fileHash) override;
    void discard(ImportBatchId batch) override;

private:
    Database& m_db;
    ImportStore m_store;
    ImportRules m_rules; // the open file's (the writer keeps a reference)
    std::unique_ptr<ImportWriter> m_writer;
    qint64 m_changesAtStart = 0; // the connection's total changes when the sink was made (after BEGIN)
    enum class Mark { None, Savepoint, Restart } m_mark = Mark::None;
};

} // namespace revalign
