#include "store/storeimportsink.h"

#include "store/importwriter.h"
#include "store/sqldialect.h"
#include "util/error.h"

namespace revalign {

StoreImportSink::StoreImportSink(Database& db)
    : m_db(db)
    , m_store(db)
    , m_changesAtStart(db.isPostgres() ? 0 : db.totalChanges()) {}

StoreImportSink::~StoreImportSink() = default;

// A savepoint is not free in SQLite: while one is open, every write statement appends the pages it
// changes to the statement journal, which keeps them until the savepoint ends and goes to a temp file once
// it passes 64 KiB. For one weekly deals file (60,000 rows, 3,000 changed) that was 50,000 pwrite calls
// and 102 MB in /var/tmp, a fifth of the import. Nothing needs it when the mark is where the transaction
// began (the first file of an import, the usual case): the transaction is taken back whole and begun again,
// which leaves exactly what the savepoint would. Later files of a multi-file import keep the savepoint.
// PostgreSQL keeps the savepoint: it costs nothing there (no statement journal), and a ROLLBACK would
// end the session's transaction while the import lock's holder row is written outside it.
void StoreImportSink::mark() {
    if (!m_db.isPostgres() && m_db.inTransaction() && m_db.totalChanges() == m_changesAtStart) {
        m_mark = Mark::Restart;
    } else {
        m_store.savepoint();
        m_mark = Mark::Savepoint;
    }
}

void StoreImportSink::rollbackToMark() {
    m_writer.reset(); // its caches describe rows the rollback takes back
    if (m_mark == Mark::Restart) {
        m_db.exec("ROLLBACK");
        m_db.exec("BEGIN IMMEDIATE"); // the caller's Transaction commits or rolls back this one
        m_changesAtStart = m_db.totalChanges();
    } else {
        m_store.rollbackToSavepoint();
    }
    m_mark = Mark::None;
}

void StoreImportSink::releaseMark() {
    if (m_mark == Mark::Savepoint)
        m_store.releaseSavepoint();
    m_mark = Mark::None;
}

ImportBatchId StoreImportSink::begin(const ImportBatchInfo& info, const ImportRules& rules) {
    m_writer.reset();
    m_rules = rules;
    const ImportBatchId batch = m_store.beginBatch(info);
    m_writer = std::make_unique<ImportWriter>(m_db, m_store, batch, m_rules,
                                              info.effectiveAsOf().toSecsSinceEpoch());
    return batch;
}

std::optional<QString> StoreImportSink::write(const ImportRecord& record) {
    return m_writer->write(record);
}

Field StoreImportSink::failedField() const {
    return m_writer->failedField();
}

void StoreImportSink::flush() {
    m_writer->flush();
}

ImportSinkResult StoreImportSink::finish() {
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

void StoreImportSink::close(ImportBatchId batch, const ImportCounts& counts, const QString& fileHash) {
    m_writer.reset();
    // New contacts get their ids from the writer (max + 1 onwards, so their stage entries can be bound in
    // the same grouped insert); PostgreSQL's identity sequence is moved past them. The import lock keeps
    // any other writer of contacts out meanwhile.
    if (m_db.isPostgres() && m_rules.entity == ImportEntity::Contacts)
        m_db.exec(m_db.dialect().syncIdentity("contact"));
    m_store.finishBatch(batch, counts, fileHash);
}

void StoreImportSink::discard(ImportBatchId batch) {
    m_store.discardBatch(batch);
}

} // namespace revalign
