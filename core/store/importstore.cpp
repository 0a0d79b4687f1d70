#include "store/importstore.h"

#include "store/database.h"

#include <QCoreApplication>

#include <string>

namespace revalign {

namespace {
// Tables an import writes, children first (the order rows must be deleted in).
constexpr const char* kImportTables[] = {"touchpoint", "opportunity", "contact_stage", "contact",
                                         "campaign",   "account",     "owner"};

std::vector<std::string> columnsOf(Database& db, std::string_view table) {
    std::vector<std::string> out;
    Statement st(db, "PRAGMA table_info(" + std::string(table) + ")");
    while (st.step())
        out.push_back(st.text(1).toStdString());
    return out;
}

bool knownTable(std::string_view table) {
    for (const char* t : kImportTables)
        if (table == t)
            return true;
    return false;
}
} // namespace

ImportBatchId ImportStore::beginBatch(const ImportBatchInfo& info) {
    Statement st(m_db, "INSERT INTO import_batch(file_name, file_hash, profile, imported_at, entity, source) "
                       "VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, info.fileName)
        .bind(2, info.fileHash)
        .bind(3, info.profile)
        .bind(4, info.importedAt.toSecsSinceEpoch())
        .bind(5, info.entity)
        .bind(6, info.source)
        .run();
    m_seq = -1;
    return ImportBatchId{m_db.lastInsertRowId()};
}

void ImportStore::finishBatch(ImportBatchId batch, const ImportCounts& c, const QString& fileHash) {
    Statement st(m_db, "UPDATE import_batch SET rows_new = ?, rows_updated = ?, rows_unchanged = ?, "
                       "rows_invalid = ?, file_hash = ? WHERE id = ?");
    st.bind(1, c.added).bind(2, c.updated).bind(3, c.unchanged).bind(4, c.invalid).bind(5, fileHash);
    st.bind(6, batch.value()).run();
}

void ImportStore::savepoint() {
    m_db.exec("SAVEPOINT import_file");
}

void ImportStore::rollbackToSavepoint() {
    m_db.exec("ROLLBACK TO import_file");
    m_db.exec("RELEASE import_file");
}

void ImportStore::releaseSavepoint() {
    m_db.exec("RELEASE import_file");
}

void ImportStore::discardBatch(ImportBatchId batch) {
    Statement st(m_db, "DELETE FROM import_batch WHERE id = ?");
    st.bind(1, batch.value()).run();
}

void ImportStore::prepareBulkLoad() {
    // A load appends to the right edge of every b-tree, so a modest page cache serves it as well as a big
    // one; 16 MB (SQLite's default is 2 MB) also caps the sorter that rebuilds a deferred index, which
    // keeps peak memory flat however large the file.
    m_db.exec("PRAGMA cache_size = -16384");
}

std::string ImportStore::deferIndex(std::string_view table, std::string_view index) {
    {
        Statement empty(m_db, "SELECT NOT EXISTS (SELECT 1 FROM " + std::string(table) + ")");
        if (!empty.step() || empty.int64(0) == 0)
            return {};
    }
    std::string create;
    {
        Statement sql(m_db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
        sql.bind(1, index);
        if (!sql.step())
            return {};
        create = sql.text(0).toStdString();
    } // DROP INDEX needs no statement of this connection still reading
    m_db.exec("DROP INDEX " + std::string(index));
    return create;
}

void ImportStore::restoreIndex(const std::string& sql) {
    if (!sql.empty())
        m_db.exec(sql);
}

std::vector<ImportBatchSummary> ImportStore::batches() {
    std::vector<ImportBatchSummary> out;
    Statement st(m_db, "SELECT id, file_name, file_hash, profile, imported_at, entity, source, rows_new, "
                       "rows_updated, rows_unchanged, rows_invalid FROM import_batch ORDER BY id");
    while (st.step()) {
        ImportBatchSummary s;
        s.id = ImportBatchId{st.int64(0)};
        s.info = {st.text(1), st.text(2), st.text(3),
                  st.text(5), st.text(6), QDateTime::fromSecsSinceEpoch(st.int64(4), Qt::UTC)};
        s.counts = {st.int64(7), st.int64(8), st.int64(9), st.int64(10)};
        out.push_back(s);
    }
    return out;
}

void ImportStore::rememberBefore(ImportBatchId batch, std::string_view table, qint64 rowId) {
    if (!knownTable(table))
        throw Error(QStringLiteral("internal: no undo for table %1")
                        .arg(QString::fromUtf8(table.data(), qsizetype(table.size()))));
    if (m_seq < 0) {
        Statement max(m_db, "SELECT coalesce(max(seq), 0) FROM import_undo WHERE batch_id = ?");
        max.bind(1, batch.value());
        max.step();
        m_seq = max.int64(0);
    }
    std::string pairs;
    for (const std::string& c : columnsOf(m_db, table))
        pairs += (pairs.empty() ? "'" : ", '") + c + "', \"" + c + "\"";
    Statement st(m_db, "INSERT INTO import_undo(batch_id, seq, table_name, row_id, before) SELECT ?, ?, '" +
                           std::string(table) + "', rowid, json_object(" + pairs + ") FROM " +
                           std::string(table) + " WHERE rowid = ?");
    st.bind(1, batch.value()).bind(2, ++m_seq).bind(3, rowId).run();
}

std::optional<ImportBatchSummary> ImportStore::undoLastBatch() {
    const std::vector<ImportBatchSummary> all = batches();
    if (all.empty())
        return std::nullopt;
    const ImportBatchSummary last = all.back();
    const qint64 batch = last.id.value();
    Transaction tx(m_db);
    // Put changed rows back first (latest change first, so the oldest before-image wins); what still
    // carries the batch id afterwards was added by it.
    Statement undo(m_db,
                   "SELECT table_name, row_id, before FROM import_undo WHERE batch_id = ? ORDER BY seq DESC");
    undo.bind(1, batch);
    while (undo.step()) {
        const std::string table = undo.text(0).toStdString();
        if (!knownTable(table))
            continue;
        std::string sets;
        for (const std::string& c : columnsOf(m_db, table))
            sets += (sets.empty() ? "\"" : ", \"") + c + "\" = json_extract(?1, '$.\"" + c + "\"')";
        Statement restore(m_db, "UPDATE " + table + " SET " + sets + " WHERE rowid = ?2");
        restore.bind(1, undo.text(2)).bind(2, undo.int64(1)).run();
    }
    for (const char* table : kImportTables) {
        Statement del(m_db, std::string("DELETE FROM ") + table + " WHERE batch_id = ?");
        del.bind(1, batch).run();
    }
    Statement clearLog(m_db, "DELETE FROM import_undo WHERE batch_id = ?");
    clearLog.bind(1, batch).run();
    Statement drop(m_db, "DELETE FROM import_batch WHERE id = ?");
    drop.bind(1, batch).run();
    tx.commit();
    return last;
}

void ImportStore::saveProfile(const ImportProfile& profile) {
    Statement st(m_db, "INSERT INTO import_profile(name, json, saved_at) VALUES (?, ?, strftime('%s','now')) "
                       "ON CONFLICT(name) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at");
    st.bind(1, profile.name).bind(2, QString::fromUtf8(profile.toJsonBytes())).run();
}

std::vector<ImportProfile> ImportStore::userProfiles() {
    std::vector<ImportProfile> out;
    Statement st(m_db, "SELECT name, json FROM import_profile ORDER BY name");
    while (st.step())
        out.push_back(ImportProfile::fromJsonBytes(
            st.text(1).toUtf8(),
            QCoreApplication::translate("Import", "saved profile '%1'").arg(st.text(0))));
    return out;
}

bool ImportStore::removeProfile(const QString& name) {
    Statement st(m_db, "DELETE FROM import_profile WHERE name = ?");
    st.bind(1, name).run();
    return m_db.changes() > 0;
}

} // namespace revalign
