#include "store/importstore.h"

#include "store/database.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <string>

namespace revalign {

namespace {
// Tables an import writes, children first (the order rows must be deleted in). Deal stages an import
// met first are its own until someone defines them (then their batch is cleared).
constexpr const char* kImportTables[] = {"deal_state",    "pending_reference", "touchpoint", "opportunity",
                                         "contact_stage", "contact",           "campaign",   "account",
                                         "owner",         "deal_stage"};

struct Column {
    std::string name;
    std::string type;
};

std::vector<Column> columnsOf(Database& db, std::string_view table) {
    std::vector<Column> out;
    Statement st(db, db.dialect().columnsQuery());
    st.bind(1, table);
    while (st.step())
        out.push_back({std::string(st.textView(0)), std::string(st.textView(1))});
    return out;
}

std::vector<std::string> namesOf(const std::vector<Column>& columns) {
    std::vector<std::string> out;
    for (const Column& c : columns)
        out.push_back(c.name);
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
    Statement st(m_db, "INSERT INTO import_batch(file_name, file_hash, profile, imported_at, entity, source, "
                       "as_of, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    st.bind(1, info.fileName)
        .bind(2, info.fileHash)
        .bind(3, info.profile)
        .bind(4, info.importedAt.toSecsSinceEpoch())
        .bind(5, info.entity)
        .bind(6, info.source)
        .bind(7, info.asOf.isValid() ? std::optional<qint64>(info.asOf.toSecsSinceEpoch()) : std::nullopt)
        .bind(8, info.importedBy.isNull() ? QStringLiteral("") : info.importedBy);
    m_seq = -1;
    return ImportBatchId{st.runReturningId()};
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
    // Explicitly, not by ON DELETE CASCADE: imports run with foreign keys off (BulkLoad).
    Statement log(m_db, "DELETE FROM import_undo WHERE batch_id = ?");
    log.bind(1, batch.value()).run();
    Statement st(m_db, "DELETE FROM import_batch WHERE id = ?");
    st.bind(1, batch.value()).run();
}

BulkLoad::BulkLoad(Database& db)
    : m_db(db)
    , m_cacheSize(db.pragmaInt("cache_size"))
    , m_foreignKeys(db.pragmaInt("foreign_keys") != 0)
    , m_autoCheckpoint(db.pragmaInt("wal_autocheckpoint")) {
    m_db.exec("PRAGMA cache_size = -16384");
    m_db.exec("PRAGMA foreign_keys = OFF");
    // SQLite's checkpoint after COMMIT ignores its own failure: a full disk then leaves a 192 MB WAL
    // behind an import that said it succeeded. The import checkpoints itself (Workspace::compact()) and
    // reports what fails.
    m_db.exec("PRAGMA wal_autocheckpoint = 0");
}

BulkLoad::~BulkLoad() {
    try {
        m_db.exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
        m_db.exec("PRAGMA wal_autocheckpoint = " + std::to_string(m_autoCheckpoint));
        if (m_foreignKeys)
            m_db.exec("PRAGMA foreign_keys = ON");
    } catch (const Error&) {
        // A connection that cannot run a PRAGMA is closing anyway; nothing stored depends on these.
    }
}

void BulkLoad::verify() {
#ifndef NDEBUG
    for (const char* table : kImportTables) {
        Statement check(m_db, std::string("PRAGMA foreign_key_check(") + table + ")");
        if (check.step())
            throw Error(QStringLiteral("internal: the import stored a dangling reference: %1 row %2 -> %3")
                            .arg(check.text(0), QString::number(check.int64(1)), check.text(2)));
    }
#endif
}

std::vector<ImportBatchSummary> ImportStore::batches() {
    std::vector<ImportBatchSummary> out;
    Statement st(
        m_db, "SELECT id, file_name, file_hash, profile, imported_at, entity, source, rows_new, "
              "rows_updated, rows_unchanged, rows_invalid, as_of, imported_by FROM import_batch ORDER BY id");
    while (st.step()) {
        ImportBatchSummary s;
        s.id = ImportBatchId{st.int64(0)};
        s.info = {st.text(1),
                  st.text(2),
                  st.text(3),
                  st.text(5),
                  st.text(6),
                  QDateTime::fromSecsSinceEpoch(st.int64(4), Qt::UTC),
                  st.isNull(11) ? QDateTime() : QDateTime::fromSecsSinceEpoch(st.int64(11), Qt::UTC),
                  st.text(12)};
        s.counts = {st.int64(7), st.int64(8), st.int64(9), st.int64(10)};
        out.push_back(s);
    }
    return out;
}

qint64 ImportStore::nextSeq(ImportBatchId batch) {
    if (m_seq < 0) {
        Statement max(m_db, "SELECT coalesce(max(seq), 0) FROM import_undo WHERE batch_id = ?");
        max.bind(1, batch.value());
        max.step();
        m_seq = max.int64(0);
    }
    return ++m_seq;
}

Statement& ImportStore::beforeImage(std::string_view table) {
    if (!knownTable(table))
        throw Error(QStringLiteral("internal: no undo for table %1")
                        .arg(QString::fromUtf8(table.data(), qsizetype(table.size()))));
    auto it = m_beforeImages.find(table);
    if (it == m_beforeImages.end()) {
        const std::string image = m_db.dialect().jsonObject(namesOf(columnsOf(m_db, table)));
        const std::string t(table);
        // Stage entries are found by their key (?3, ?4); every other table by its id (?3). row_id is
        // informational for stage entries: the restore reads the key back from the before-image.
        const std::string where =
            table == "contact_stage" ? " WHERE contact_id = ?3 AND stage_id = ?4" : " WHERE id = ?3";
        const std::string rowId = table == "contact_stage" ? "contact_id" : "id";
        it = m_beforeImages
                 .emplace(t, std::make_unique<Statement>(
                                 m_db, "INSERT INTO import_undo(batch_id, seq, table_name, row_id, before) "
                                       "SELECT ?1, ?2, '" +
                                           t + "', " + rowId + ", " + image + " FROM " + t + where))
                 .first;
    }
    return *it->second;
}

void ImportStore::rememberBefore(ImportBatchId batch, std::string_view table, qint64 rowId) {
    if (table == "contact_stage")
        throw Error(QStringLiteral("internal: stage entries are remembered by key"));
    Statement& st = beforeImage(table);
    st.bind(1, batch.value()).bind(2, nextSeq(batch)).bind(3, rowId).run();
}

void ImportStore::rememberStageBefore(ImportBatchId batch, qint64 contactId, qint64 stageId) {
    Statement& st = beforeImage("contact_stage");
    st.bind(1, batch.value()).bind(2, nextSeq(batch)).bind(3, contactId).bind(4, stageId).run();
}

std::optional<ImportBatchSummary> ImportStore::undoLastBatch() {
    Transaction tx(m_db);
    const std::vector<ImportBatchSummary> all = batches();
    if (all.empty())
        return std::nullopt;
    const ImportBatchSummary last = all.back();
    undoBatch(last.id.value());
    tx.commit();
    return last;
}

UndoOutcome ImportStore::undoLastBatchBy(const QString& who) {
    // The check and the undo share one write transaction: no import can slip in between.
    Transaction tx(m_db);
    const std::vector<ImportBatchSummary> all = batches(); // by id: the order they were made in
    UndoOutcome out;
    if (all.empty())
        return out;
    const auto isYours = [&](const ImportBatchSummary& b) {
        return b.info.importedBy.isEmpty() || b.info.importedBy == who;
    };
    if (isYours(all.back())) {
        announce(all.back().id, "undo", who);
        undoBatch(all.back().id.value());
        tx.commit();
        out.status = UndoOutcome::Status::Undone;
        out.undone = all.back();
        return out;
    }
    out.blocker = all.back();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (isYours(*it)) {
            out.yours = *it;
            break;
        }
        ++out.laterImports;
    }
    out.status = out.yours ? UndoOutcome::Status::NotLatest : UndoOutcome::Status::NoneOfYours;
    return out;
}

std::optional<ImportBatchSummary> ImportStore::undoNewestBatches(std::vector<ImportBatchId> ids,
                                                                 const QString& by) {
    std::sort(ids.begin(), ids.end(), [](ImportBatchId a, ImportBatchId b) { return a.value() > b.value(); });
    Transaction tx(m_db);
    const std::vector<ImportBatchSummary> all = batches(); // by id
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i >= all.size())
            return std::nullopt; // already gone: nothing of ours is left to undo
        const ImportBatchSummary& newest = all[all.size() - 1 - i];
        if (newest.id.value() != ids[i].value())
            return newest;
    }
    for (const ImportBatchId batch : ids) {
        announce(batch, "undo", by);
        undoBatch(batch.value());
    }
    tx.commit();
    return std::nullopt;
}

void ImportStore::announce(ImportBatchId batch, std::string_view kind, const QString& by) {
    if (!m_db.isPostgres())
        return;
    // A file name is cut to 200 characters: the server refuses payloads of 8,000 bytes and more. Channels
    // are database-wide, so the payload names the workspace's schema: listeners on another workspace in
    // the same database ignore it.
    Statement st(m_db,
                 "SELECT pg_notify('revalign_workspace', json_build_object('kind', ?2::text, 'batch', id, "
                 "'by', ?3::text, 'file', left(file_name, 200), 'entity', entity, 'at', imported_at, "
                 "'new', rows_new, 'updated', rows_updated, 'schema', current_schema())::text) "
                 "FROM import_batch WHERE id = ?1");
    st.bind(1, batch.value()).bindView(2, kind).bind(3, by);
    while (st.step()) {
    }
}

std::vector<OtherImport> ImportStore::importsByOthersSince(const QString& who, const QDateTime& since) {
    std::vector<OtherImport> out;
    Statement st(
        m_db, "SELECT imported_by, file_name, imported_at, rows_new + rows_updated FROM import_batch "
              "WHERE imported_at >= ? AND imported_by <> '' AND imported_by <> ? ORDER BY imported_at, id");
    st.bind(1, since.toSecsSinceEpoch()).bind(2, who);
    while (st.step())
        out.push_back(
            {st.text(0), st.text(1), QDateTime::fromSecsSinceEpoch(st.int64(2), Qt::UTC), st.int64(3)});
    return out;
}

std::vector<OtherImport> ImportStore::importsTodayByOthers(const QString& who) {
    return importsByOthersSince(who, QDate::currentDate().startOfDay());
}

QString UndoOutcome::message(const QDateTime& now) const {
    const auto when = [&](const ImportBatchSummary& b) {
        const QDateTime local = b.info.importedAt.toTimeZone(now.timeZone());
        const QString time = local.toString(QStringLiteral("HH:mm"));
        return local.date() == now.date() ? QCoreApplication::translate("ImportStore", "at %1").arg(time)
                                          : QCoreApplication::translate("ImportStore", "on %1 at %2")
                                                .arg(local.date().toString(Qt::ISODate), time);
    };
    switch (status) {
    case Status::Undone:
        return QCoreApplication::translate("ImportStore", "Undid the import of %1 (%2 new, %3 updated rows).")
            .arg(undone->info.fileName)
            .arg(undone->counts.added)
            .arg(undone->counts.updated);
    case Status::NothingToUndo:
        return QCoreApplication::translate("ImportStore", "There is no import to undo.");
    case Status::NoneOfYours:
        return QCoreApplication::translate("ImportStore",
                                           "Not undone: you have made no import here; the last one is %1's "
                                           "import of %2 %3.")
            .arg(blocker->info.importedBy, blocker->info.fileName, when(*blocker));
    case Status::NotLatest: {
        const QString more =
            laterImports > 1
                ? QCoreApplication::translate("ImportStore", " (the latest of %n imports after yours)",
                                              nullptr, int(laterImports))
                : QString();
        return QCoreApplication::translate("ImportStore",
                                           "Not undone: %1 imported %2 %3 after your import of "
                                           "%4%5; undo theirs first or ask them.")
            .arg(blocker->info.importedBy, blocker->info.fileName, when(*blocker), yours->info.fileName,
                 more);
    }
    }
    return {};
}

void ImportStore::undoBatch(qint64 batch) {
    // Put changed rows back first (latest change first, so the oldest before-image wins); what still
    // carries the batch id afterwards was added by it.
    Statement undo(m_db,
                   "SELECT table_name, row_id, before FROM import_undo WHERE batch_id = ? ORDER BY seq DESC");
    undo.bind(1, batch);
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> restores; // prepared once per table
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> reinserts;
    while (undo.step()) {
        const std::string table = undo.text(0).toStdString();
        if (!knownTable(table))
            continue;
        auto it = restores.find(table);
        if (it == restores.end()) {
            const SqlDialect dialect = m_db.dialect();
            std::string sets;
            for (const Column& c : columnsOf(m_db, table))
                sets += (sets.empty() ? "\"" : ", \"") + c.name +
                        "\" = " + dialect.jsonValue("?1", c.name, c.type);
            // A stage entry is found by the key its before-image carries (the key itself never changes).
            const std::string where = table == "contact_stage"
                                          ? " WHERE contact_id = " + dialect.jsonInteger("?1", "contact_id") +
                                                " AND stage_id = " + dialect.jsonInteger("?1", "stage_id") +
                                                " AND ?2 IS NOT NULL"
                                          : std::string(" WHERE id = ?2");
            it = restores
                     .emplace(table,
                              std::make_unique<Statement>(m_db, "UPDATE " + table + " SET " + sets + where))
                     .first;
        }
        it->second->bind(1, undo.text(2)).bind(2, undo.int64(1)).run();
        if (m_db.changes() > 0 || table == "contact_stage")
            continue;
        // The import deleted the row (an owner known only by id merged into the one of that name): put
        // it back as it was, with its own id.
        auto re = reinserts.find(table);
        if (re == reinserts.end()) {
            std::string cols, values;
            for (const Column& c : columnsOf(m_db, table)) {
                cols += (cols.empty() ? "\"" : ", \"") + c.name + "\"";
                values += (values.empty() ? "" : ", ") + m_db.dialect().jsonValue("?1", c.name, c.type);
            }
            re = reinserts
                     .emplace(table, std::make_unique<Statement>(m_db, "INSERT INTO " + table + "(" + cols +
                                                                           ") VALUES (" + values + ")"))
                     .first;
        }
        re->second->bind(1, undo.text(2)).run();
    }
    for (const char* table : kImportTables) {
        Statement del(m_db, std::string("DELETE FROM ") + table + " WHERE batch_id = ?");
        del.bind(1, batch).run();
    }
    Statement clearLog(m_db, "DELETE FROM import_undo WHERE batch_id = ?");
    clearLog.bind(1, batch).run();
    Statement drop(m_db, "DELETE FROM import_batch WHERE id = ?");
    drop.bind(1, batch).run();
}

void ImportStore::saveProfile(const QString& name, const QByteArray& json) {
    Statement st(m_db, "INSERT INTO import_profile(name, json, saved_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at");
    st.bind(1, name).bind(2, QString::fromUtf8(json)).bind(3, QDateTime::currentSecsSinceEpoch()).run();
}

std::vector<SavedProfile> ImportStore::userProfiles() {
    std::vector<SavedProfile> out;
    Statement st(m_db, "SELECT name, json FROM import_profile ORDER BY name");
    while (st.step())
        out.push_back(SavedProfile{st.text(0), st.text(1).toUtf8()});
    return out;
}

bool ImportStore::removeProfile(const QString& name) {
    Statement st(m_db, "DELETE FROM import_profile WHERE name = ?");
    st.bind(1, name).run();
    return m_db.changes() > 0;
}

} // namespace revalign
