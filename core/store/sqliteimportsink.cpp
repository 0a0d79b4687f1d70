#include "store/sqliteimportsink.h"

#include "store/importwriter.h"
#include "util/error.h"

namespace revalign {

SqliteImportSink::SqliteImportSink(Database& db)
    : m_db(db)
    , m_store(db) {}

SqliteImportSink::~SqliteImportSink() = default;

void SqliteImportSink::mark() {
    m_store.savepoint();
}

void SqliteImportSink::rollbackToMark() {
    m_writer.reset(); // its caches describe rows the rollback takes back
    m_store.rollbackToSavepoint();
}

void SqliteImportSink::releaseMark() {
    m_store.releaseSavepoint();
}

ImportBatchId SqliteImportSink::begin(const ImportBatchInfo& info, const ImportRules& rules) {
    m_writer.reset();
    m_rules = rules;
    const ImportBatchId batch = m_store.beginBatch(info);
    m_writer = std::make_unique<ImportWriter>(m_db, m_store, batch, m_rules,
                                              info.effectiveAsOf().toSecsSinceEpoch());
    return batch;
}

std::optional<QString> SqliteImportSink::write(const ImportRecord& record) {
    return m_writer->write(record);
}

Field SqliteImportSink::failedField() const {
    return m_writer->failedField();
}

void SqliteImportSink::flush() {
    m_writer->flush();
}

ImportSinkResult SqliteImportSink::finish() {
    ImportSinkResult out;
    // Rows that waited for the end of the file (the email fallback's rule 3) are decided now, before the
    // references they satisfy are linked.
    out.refused = m_writer->finish();
    m_writer->linkPending();
    out.findings = m_writer->takeFindings();
    out.findings.notes << m_writer->notes();
    out.counts = m_writer->counts();
    return out;
}

void SqliteImportSink::close(ImportBatchId batch, const ImportCounts& counts, const QString& fileHash) {
    m_writer.reset();
    m_store.finishBatch(batch, counts, fileHash);
}

void SqliteImportSink::discard(ImportBatchId batch) {
    m_store.discardBatch(batch);
}

} // namespace revalign
