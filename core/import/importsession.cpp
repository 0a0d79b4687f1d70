#include "import/importsession.h"

#include "import/chunkhash.h"
#include "import/writepipeline.h"
#include "import/xlsxcells.h"
#include "util/useridentity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <optional>
#include <tuple>

namespace revalign {

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
    m_reader = openRecordSource(path, read, m_options.sheet);
    readHeader();
    m_forced = !m_options.profile.isEmpty();
    if (m_forced) {
        try { // only a suggestion for the message when the named profile does not fit
            if (const ImportProfile* fits = catalog.match(m_headerNames))
                m_fits = fits->name;
        } catch (const Error&) {
        }
    }
    if (m_options.profile.isEmpty()) {
        const ProfileCatalog::Recognition found = catalog.recognise(m_headerNames);
        if (!found.tied.empty()) {
            QStringList names;
            for (const ImportProfile* p : found.tied)
                names << QStringLiteral("'%1'").arg(p->name);
            throw Error(QCoreApplication::translate("Import", "%1: the header fits %2 equally well (%3 "
                                                              "columns each); choose one with --profile")
                            .arg(path, names.join(QCoreApplication::translate("Import", " and ")))
                            .arg(found.score));
        }
        if (!found.profile) {
            // Say why a look-alike profile was refused: its signature is there, and so is a column
            // that only another kind of file has.
            QStringList refused;
            for (const ImportProfile& p : catalog.profiles()) {
                const QStringList absent = p.absentPresent(m_headerNames);
                if (absent.isEmpty())
                    continue;
                ImportProfile withoutAbsent = p;
                withoutAbsent.absent.clear();
                if (withoutAbsent.matchScore(m_headerNames) > 0)
                    refused << QCoreApplication::translate("Import", "'%1' (the header has %2, which its "
                                                                     "files never have)")
                                   .arg(p.name, absent.join(QStringLiteral(", ")));
            }
            if (!refused.isEmpty())
                throw Error(QCoreApplication::translate(
                                "Import", "%1: no import profile recognises this header: not %2; choose "
                                          "one with --profile")
                                .arg(path, refused.join(QStringLiteral("; "))));
            throw Error(
                QCoreApplication::translate(
                    "Import", "%1: no import profile recognises this header; choose one with --profile")
                    .arg(path));
        }
        m_profile = *found.profile;
    }
}

ImportSession::~ImportSession() = default;

QStringList ImportSession::headerNotes(const RecordMapper& mapper) const {
    // A workbook's notes first: which sheet was read and which rows around the table were skipped.
    QStringList notes;
    if (const WorkbookFormat* book = workbook())
        notes = book->notes;
    return notes + mapper.headerNotes();
}

void ImportSession::readHeader() {
    m_reader->rewind();
    if (!m_reader->next(m_header))
        throw Error(QCoreApplication::translate("Import", "%1: the file is empty").arg(m_path));
    m_headerNames.clear();
    for (size_t i = 0; i < m_header.size(); ++i)
        m_headerNames << m_header.text(i).trimmed();
}

bool ImportSession::progress(qint64 done, qint64 total, int pass, int passes) {
    if (!m_options.read.progress)
        return true;
    // One scale over all passes (0 .. passes * size) so the bar never runs backwards.
    return m_options.read.progress(done + (pass - 1) * total, passes * total);
}

ProfileCheck ImportSession::checkProfileFor(const RecordMapper& mapper) const {
    return checkProfile(m_profile, mapper.header(), m_path,
                        m_forced && !m_edited && m_options.requireSignature, m_fits);
}

ImportPreview ImportSession::preview(int rows) {
    ImportPreview p;
    readHeader();
    RecordMapper mapper(m_profile, m_path, m_header, m_options.dateOrder, m_options.decimal);
    p.format = format();
    if (const WorkbookFormat* book = workbook())
        p.workbook = *book;
    p.header = mapper.header();
    p.headerNotes = headerNotes(mapper);
    const ProfileCheck check = checkProfileFor(mapper);
    p.profileNotes = check.notes;
    p.profileProblems = check.problems;
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
    nameCells(p.errors, nullptr);
    return p;
}

namespace {
// Rows read before deciding whether the prefix already settles every typed column (see write()).
constexpr qint64 kProbeRows = 5000;
} // namespace

ImportResult ImportSession::write(ImportSink& sink) {
    ImportResult result;
    result.file = m_path;
    result.profile = m_profile.name;
    result.format = format();
    if (const WorkbookFormat* book = workbook())
        result.sheet = book->sheet;

    // Pass 1 decides every typed column's format from all of its values. Usually the first rows already
    // prove each format (an ISO date, a day above 12, "1.234,56"); then pass 1 stops there, pass 2 sniffs
    // the whole column while it writes, and if the whole column decides anything else, what pass 2 wrote is
    // rolled back to a savepoint and the import runs again after a full pass 1. The outcome is always the
    // whole column's decision; a well-formed file is read once instead of twice.
    readHeader();
    std::optional<RecordMapper> mapper;
    mapper.emplace(m_profile, m_path, m_header, m_options.dateOrder, m_options.decimal);
    result.headerNotes = headerNotes(*mapper);
    // A profile that cannot read this file says so once, before a row fails for it.
    const ProfileCheck check = checkProfileFor(*mapper);
    if (!check.problems.isEmpty())
        throw Error(check.problems.join(u'\n'));
    result.notes = result.headerNotes + check.notes;
    CsvRecord record;
    bool more = true;
    qint64 probed = 0;
    while (probed < kProbeRows && (more = m_reader->next(record))) {
        mapper->sniff(record);
        ++probed;
    }
    if (more && mapper->decideFormats().isEmpty() && mapper->formatsDecided()) {
        const std::vector<ColumnFormat> early = mapper->formats();
        mapper->resetSniffers();
        sink.mark();
        ImportResult attempt = writeRows(sink, *mapper, result, /*sniff=*/true, /*passes=*/1);
        if (mapper->decideFormats().isEmpty() && mapper->formats() == early) {
            sink.releaseMark();
            nameCells(attempt.errors, &attempt.errorGroups);
            return attempt;
        }
        sink.rollbackToMark();
        mapper.emplace(m_profile, m_path, m_header, m_options.dateOrder, m_options.decimal);
    }

    // The full pass 1.
    readHeader();
    qint64 lastReport = 0;
    while (m_reader->next(record)) {
        mapper->sniff(record);
        const qint64 done = m_reader->bytesRead();
        if (done - lastReport >= (1 << 20)) {
            lastReport = done;
            if (!progress(done, m_reader->fileSize(), 1, 2))
                throw ImportCancelled();
        }
    }
    const QStringList problems = mapper->decideFormats();
    if (!problems.isEmpty())
        throw Error(problems.join(u'\n'));
    sink.mark(); // keeps savepoint use the same on both paths
    ImportResult done = writeRows(sink, *mapper, result, /*sniff=*/false, /*passes=*/2);
    sink.releaseMark();
    nameCells(done.errors, &done.errorGroups);
    return done;
}

void ImportSession::nameCells(std::vector<RowError>& errors, std::vector<ErrorGroup>* groups) const {
    const WorkbookFormat* book = workbook();
    if (!book)
        return;
    // Excel quotes a sheet name that is not a plain word ('Q3 Pipeline'!G9), doubling quotes inside.
    QString sheet = book->sheet;
    bool plain = !sheet.isEmpty() && !sheet.front().isDigit();
    for (const QChar c : sheet)
        plain = plain && (c.isLetterOrNumber() || c == u'_' || c == u'.');
    if (!plain)
        sheet = u'\'' + QString(sheet).replace(u'\'', QStringLiteral("''")) + u'\'';
    const auto column = [&](int c) -> QString { // QString, not a QStringBuilder of temporaries
        return sheet + u'!' +
               QString::fromStdString(revalign::xlsx::columnLetters(long(book->firstColumn) + c - 1));
    };
    for (RowError& e : errors)
        if (e.column > 0)
            e.cell = column(e.column) + QString::number(e.line);
    if (groups)
        for (ErrorGroup& g : *groups)
            if (g.column > 0)
                g.cellColumn = column(g.column);
}

ImportResult ImportSession::writeRows(ImportSink& sink, RecordMapper& mapper, ImportResult result, bool sniff,
                                      int passes) {
    // BLAKE2b: a cryptographic fingerprint of the file at several times the speed of Qt's SHA-256, of the
    // very bytes this pass parses, hashed by whichever of the two threads is waiting (see ChunkHash).
    ChunkHash fileHash(QCryptographicHash::Blake2b_256);
    result.columnFormats = mapper.formats();
    // The hash is known once the pass has read the whole file: the sink's close() records it.
    const ImportBatchInfo info{QFileInfo(m_path).fileName(),
                               QStringLiteral(""),
                               m_profile.name,
                               toKey(m_profile.entity),
                               m_profile.source,
                               QDateTime::currentDateTimeUtc(),
                               m_options.asOf.isValid() ? m_options.asOf.toUTC() : QDateTime(),
                               currentUserIdentity()};
    result.batch = sink.begin(info, m_profile.rules());
    std::vector<RowError> errors;
    ErrorGrouper groups;
    std::vector<RowError> storeErrors; // written by the writer thread only, read after finish()
    ErrorGrouper storeGroups;          // the same
    qint64 storeInvalid = 0;
    const QStringList& header = mapper.header();
    WritePipeline pipeline(
        [&](const ImportRecord& mapped) {
            // Rows after an invalid one are still written (and rolled back with the rest) so that every
            // problem, including references only the store can check, is reported in one go.
            if (auto reason = sink.write(mapped)) {
                ++storeInvalid;
                // The column whose value the store refused, when the writer says which field it was.
                RowError e{m_path, mapped.line, 0, QString(), QString(), *reason, QString()};
                const Field field = sink.failedField();
                if (field != Field::Ignore && mapped.has(field) && mapped.at(field).column >= 0) {
                    e.column = mapped.at(field).column + 1;
                    e.columnName = header.value(mapped.at(field).column);
                    const QString value = mapped.qtext(field);
                    if (!e.reason.contains(u'\'' + value + u'\'')) // not when the reason quotes it
                        e.value = value;
                }
                storeGroups.add(e);
                if (storeErrors.size() < m_options.maxErrors)
                    storeErrors.push_back(std::move(e));
            }
        },
        [&sink] { sink.flush(); }, [&fileHash] { return fileHash.hashOne(); });
    // A chunk waits for the writer thread while that thread keeps up (at most one batch of records
    // queued: an unchanged re-import, or a wide export whose reading is the slower half); when it is the
    // busy one (a narrow first import), the reading thread hashes the chunk itself.
    m_reader->setRawObserver([&fileHash, &pipeline](const char* data, qint64 n) {
        fileHash.add(data, n, /*forWriter=*/pipeline.backlog() <= 1);
    });
    struct DetachObserver {
        RecordSource& reader;
        ~DetachObserver() { reader.setRawObserver(nullptr); } // also when the pass throws
    } detach{*m_reader};
    readHeader(); // rewinds: the observer sees the whole file
    CsvRecord record;
    qint64 lastReport = 0;
    result.rows = 0;
    const std::string source = m_profile.source.toStdString();
    while (m_reader->next(record)) {
        ++result.rows;
        const qint64 done = m_reader->bytesRead();
        if (done - lastReport >= (1 << 20)) {
            lastReport = done;
            if (!progress(done, m_reader->fileSize(), passes, passes))
                throw ImportCancelled();
        }
        if (sniff)
            mapper.sniff(record);
        errors.clear();
        ImportRecord& mapped = pipeline.next();
        if (!mapper.map(record, mapped, errors)) {
            ++result.counts.invalid;
            for (RowError& e : errors) {
                groups.add(e);
                if (result.errors.size() < m_options.maxErrors)
                    result.errors.push_back(std::move(e));
            }
            continue;
        }
        mapped.fieldsHash = mapped.hashFields(source); // here, not on the writer: it is the busier thread
        mapped.fieldsHashed = true;
        pipeline.push();
    }
    pipeline.finish();
    // Rows that waited for the end of the file (the email fallback's rule 3) are decided now, before the
    // references they satisfy are linked.
    ImportSinkResult written = sink.finish();
    for (auto& [line, reason] : written.refused) {
        ++storeInvalid;
        if (storeErrors.size() < m_options.maxErrors)
            storeErrors.push_back(
                RowError{m_path, line, 0, QString(), QString(), std::move(reason), QString()});
    }
    result.findings = std::move(written.findings);
    result.counts.added = written.counts.added;
    result.counts.updated = written.counts.updated;
    result.counts.unchanged = written.counts.unchanged;
    result.counts.invalid += storeInvalid;
    result.errors.insert(result.errors.end(), storeErrors.begin(), storeErrors.end());
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const RowError& a, const RowError& b) { return a.line < b.line; });
    if (result.errors.size() > m_options.maxErrors)
        result.errors.resize(m_options.maxErrors);
    groups.merge(storeGroups);
    result.errorGroups = groups.groups();
    result.errorCount = groups.total();
    result.notes << mapper.readNotes();
    if (!progress(m_reader->fileSize(), m_reader->fileSize(), passes, passes))
        throw ImportCancelled();
    sink.close(result.batch, result.counts, QString::fromLatin1(fileHash.result().toHex()));
    result.written = !m_options.dryRun && (result.counts.invalid == 0 || m_options.skipInvalid);
    return result;
}

std::vector<ImportSession*> dependencyOrder(std::vector<ImportSession*> sessions) {
    const auto key = [](const ImportSession* s) {
        const ImportProfile& p = s->profile();
        return std::make_tuple(dependencyRank(p.entity), p.isLeads() ? 0 : 1, p.name,
                               QFileInfo(s->path()).fileName(), s->path());
    };
    std::stable_sort(sessions.begin(), sessions.end(),
                     [&](const ImportSession* a, const ImportSession* b) { return key(a) < key(b); });
    return sessions;
}

} // namespace revalign
