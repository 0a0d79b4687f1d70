#include "import/importsession.h"

#include "import/writepipeline.h"
#include "store/database.h"
#include "store/importstore.h"
#include "store/importwriter.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace revalign {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Import", text);
}
} // namespace

ImportSession::ImportSession(const QString& path, const ProfileCatalog& catalog, ImportOptions options)
    : m_path(path)
    , m_options(std::move(options)) {
    CsvReadOptions read = m_options.read;
    read.progress = nullptr; // the header and detection are instant; progress starts with the passes
    if (!m_options.profile.isEmpty()) {
        m_profile = catalog.resolve(m_options.profile);
        if (read.encoding.isEmpty())
            read.encoding = m_profile.encoding;
        if (!read.delimiter)
            read.delimiter = m_profile.delimiter;
    }
    m_reader = std::make_unique<CsvReader>(path, read);
    readHeader();
    if (m_options.profile.isEmpty()) {
        const ImportProfile* match = catalog.match(m_headerNames);
        if (!match)
            throw Error(
                tr("%1: no import profile recognises this header; choose one with --profile").arg(path));
        m_profile = *match;
    }
}

ImportSession::~ImportSession() = default;

void ImportSession::readHeader() {
    m_reader->rewind();
    if (!m_reader->next(m_header))
        throw Error(tr("%1: the file is empty").arg(m_path));
    m_headerNames.clear();
    for (size_t i = 0; i < m_header.size(); ++i)
        m_headerNames << m_header.text(i).trimmed();
}

bool ImportSession::progress(qint64 done, qint64 total, int pass) {
    if (!m_options.read.progress)
        return true;
    // Two passes over the file: report one scale 0..2*size so the bar never runs backwards.
    return m_options.read.progress(done + (pass - 1) * total, 2 * total);
}

ImportPreview ImportSession::preview(int rows) {
    ImportPreview p;
    readHeader();
    RecordMapper mapper(m_profile, m_path, m_header, m_options.dateOrder, m_options.decimal);
    p.format = format();
    p.header = mapper.header();
    p.headerNotes = mapper.headerNotes();
    p.profile = m_profile.name;
    p.unmappedColumns = mapper.unmappedColumns();
    std::vector<CsvRecord> records;
    CsvRecord record;
    while (static_cast<int>(records.size()) < rows && m_reader->next(record)) {
        mapper.sniff(record);
        records.push_back(record);
        QStringList fields;
        for (size_t i = 0; i < record.size(); ++i)
            fields << record.text(i);
        p.rows.push_back(fields);
    }
    p.formatProblems = mapper.decideFormats();
    p.columnFormats = mapper.formats();
    ImportRecord mapped;
    for (const CsvRecord& r : records)
        if (mapper.map(r, mapped, p.errors))
            p.records.push_back(mapped);
    return p;
}

ImportResult ImportSession::write(Database& db) {
    ImportResult result;
    result.file = m_path;
    result.profile = m_profile.name;
    result.format = format();
    const QString fileName = QFileInfo(m_path).fileName();

    // Pass 1: hash the file and decide every typed column's format from all of its values.
    // BLAKE2b: a cryptographic fingerprint of the file at several times the speed of Qt's SHA-256.
    QCryptographicHash fileHash(QCryptographicHash::Blake2b_256);
    m_reader->setRawObserver(
        [&fileHash](const char* data, qint64 n) { fileHash.addData(QByteArrayView(data, n)); });
    const ProgressCallback userProgress = m_options.read.progress;
    readHeader();
    RecordMapper mapper(m_profile, m_path, m_header, m_options.dateOrder, m_options.decimal);
    result.headerNotes = mapper.headerNotes();
    CsvRecord record;
    qint64 lastReport = 0;
    const auto tick = [&](int pass) {
        const qint64 done = m_reader->bytesRead();
        if (done - lastReport >= (1 << 20) || done == m_reader->fileSize()) {
            lastReport = done;
            if (!progress(done, m_reader->fileSize(), pass))
                throw ImportCancelled();
        }
    };
    while (m_reader->next(record)) {
        mapper.sniff(record);
        ++result.rows;
        tick(1);
    }
    m_reader->setRawObserver(nullptr);
    const QStringList problems = mapper.decideFormats();
    result.columnFormats = mapper.formats();
    if (!problems.isEmpty())
        throw Error(problems.join(u'\n'));

    // Pass 2: normalize, validate and write.
    ImportStore store(db);
    ImportBatchInfo info{fileName,         QString::fromLatin1(fileHash.result().toHex()),
                         m_profile.name,   toKey(m_profile.entity),
                         m_profile.source, QDateTime::currentDateTimeUtc()};
    result.batch = store.beginBatch(info);
    ImportWriter writer(db, store, result.batch, m_profile);
    readHeader();
    lastReport = 0;
    std::vector<RowError> errors;
    std::vector<RowError> storeErrors; // written by the writer thread only, read after finish()
    ImportCounts written;
    WritePipeline pipeline([&](const ImportRecord& mapped) {
        // Rows after an invalid one are still written (and rolled back with the rest) so that every
        // problem, including references only the store can check, is reported in one go.
        const auto outcome = writer.write(mapped);
        if (const QString* reason = std::get_if<QString>(&outcome)) {
            ++written.invalid;
            if (storeErrors.size() < m_options.maxErrors)
                storeErrors.push_back(RowError{m_path, mapped.line, 0, QString(), QString(), *reason});
            return;
        }
        switch (std::get<ImportWriter::Outcome>(outcome)) {
        case ImportWriter::Outcome::Added:
            ++written.added;
            break;
        case ImportWriter::Outcome::Updated:
            ++written.updated;
            break;
        case ImportWriter::Outcome::Unchanged:
            ++written.unchanged;
            break;
        }
    });
    while (m_reader->next(record)) {
        tick(2);
        errors.clear();
        if (!mapper.map(record, pipeline.next(), errors)) {
            ++result.counts.invalid;
            for (RowError& e : errors)
                if (result.errors.size() < m_options.maxErrors)
                    result.errors.push_back(std::move(e));
            continue;
        }
        pipeline.push();
    }
    pipeline.finish();
    result.counts.added = written.added;
    result.counts.updated = written.updated;
    result.counts.unchanged = written.unchanged;
    result.counts.invalid += written.invalid;
    result.errors.insert(result.errors.end(), storeErrors.begin(), storeErrors.end());
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const RowError& a, const RowError& b) { return a.line < b.line; });
    if (result.errors.size() > m_options.maxErrors)
        result.errors.resize(m_options.maxErrors);
    writer.finish();
    if (userProgress)
        progress(m_reader->fileSize(), m_reader->fileSize(), 2);
    store.finishBatch(result.batch, result.counts);
    result.written = !m_options.dryRun && (result.counts.invalid == 0 || m_options.skipInvalid);
    return result;
}

ProfileCatalog profileCatalog(Workspace& workspace) {
    ProfileCatalog catalog = ProfileCatalog::builtIn();
    ImportStore store(workspace.db());
    for (ImportProfile& p : store.userProfiles())
        catalog.add(std::move(p));
    return catalog;
}

std::vector<ImportResult> importFiles(Workspace& workspace, const QStringList& files,
                                      const ImportOptions& options) {
    const ProfileCatalog catalog = profileCatalog(workspace);
    std::vector<std::unique_ptr<ImportSession>> owned;
    std::vector<ImportSession*> sessions;
    for (const QString& file : files) {
        owned.push_back(std::make_unique<ImportSession>(file, catalog, options));
        sessions.push_back(owned.back().get());
    }
    return importSessions(workspace, sessions, options.dryRun);
}

std::vector<ImportResult> importSessions(Workspace& workspace, const std::vector<ImportSession*>& sessions,
                                         bool dryRun) {
    Database& db = workspace.db();
    ImportStore(db).prepareBulkLoad();
    std::vector<ImportResult> results;
    Transaction tx(db);
    bool keep = !dryRun;
    bool changed = false;
    ImportStore store(db);
    for (ImportSession* session : sessions) {
        results.push_back(session->write(db));
        ImportResult& r = results.back();
        keep = keep && r.written;
        if (r.counts.added + r.counts.updated == 0 && r.written) {
            // Nothing changed: leave no batch behind, so importing a file twice leaves the workspace as is.
            store.discardBatch(r.batch);
            r.batch = ImportBatchId{};
        } else {
            changed = true;
        }
    }
    if (keep && changed)
        tx.commit();
    if (!keep)
        for (ImportResult& r : results)
            r.written = false;
    return results;
}

} // namespace revalign
