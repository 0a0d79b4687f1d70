#pragma once

#include "batch/importbatch.h"
#include "batch/importfindings.h"
#include "batch/importrecord.h"
#include "domain/ids.h"
#include "domain/persona.h"
#include "store/database.h"
#include "store/dealhistorywriter.h"
#include "store/importreferences.h"
#include "store/importstore.h"
#include "store/pendingreferences.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <unordered_map>
#include <unordered_set>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace revalign {

// Existing rows of one table and source, keyed by a 64-bit hash of their source id, with the content
// hash they were written with: one sorted array loaded before the load, so the per-row question "new,
// changed or unchanged?" costs a binary search instead of a query.
class SourceIdIndex final {
public:
    struct Entry {
        quint64 key;
        qint64 id;
        qint64 rowHash;
        bool claimed = false; // a row of this batch matched it by source id
    };
    void load(Database& db, std::string_view table, const QString& source);
    Entry* find(quint64 key);

private:
    std::vector<Entry> m_entries;
};

// A contact row's references, resolved.
struct ContactRefs {
    std::optional<qint64> account;
    std::optional<qint64> owner;
    std::optional<qint64> campaign;
    std::optional<qint64> persona;
};

struct ImportOwnerRow; // an owner as the owners writer reads it (importwriterprivate.h)

// Step 6 of the pipeline: upserts normalized records of one batch by (source, source id); for contacts
// the email is the fallback match. Rows whose content hash is unchanged are skipped without a write.
// Before a row is changed its before-image goes to the undo log. Runs inside the caller's transaction.
//
// The email fallback (issue 10: it lost people) follows three rules, in this order:
//  1. A source id match always wins: a row whose id the workspace (or an earlier row of this file)
//     holds is that record, whatever its email says.
//  2. A row whose id is unknown and whose email belongs to a contact of the workspace is merged into
//     that contact (a converted lead, the same person in another CRM) — but a contact absorbs at most
//     one record of a file: its own id, or one other row by email. When the file also holds the
//     contact's own id, or another row of the file already matched it, the row is kept as a contact of
//     its own and the conflict is reported (two different ids of one file are never merged silently).
//  3. Because the contact's own id may come later in the file than the row that shares its email, a
//     row that would merge into a contact of the same source waits (compactly copied) until the end
//     of the file, when every id of the file has been seen; finish() decides it then. Cross-source
//     matches cannot be claimed by an id of this file and are merged at once.
// Every merge by email and every conflict is counted and reported with examples (notes()).
class ImportWriter final {
public:
    enum class Outcome { Added, Updated, Unchanged, Deferred };

    // `asOf`: the moment the file describes (UTC seconds): deals rows become snapshots as of then.
    ImportWriter(Database& db, ImportStore& store, ImportBatchId batch, const ImportRules& rules,
                 qint64 asOf);
    ~ImportWriter();

    // Why the row cannot be written, or nullopt. New contacts are written in groups: the record must stay
    // alive and unchanged until the next flush().
    std::optional<QString> write(const ImportRecord& record);
    // Writes what write() left pending. Call before the records passed to write() are reused or freed,
    // and after the last one.
    void flush();
    // After the last record of the file: decides and writes the rows that waited for the end of the file
    // (rule 3 above), then flushes. Returns (line, reason) of rows that turned out invalid.
    std::vector<std::pair<qint64, QString>> finish();
    // What the email fallback did, with counts and examples (valid after finish()).
    QStringList notes() const;
    // Rows added, updated and left unchanged so far (valid after flush()).
    const ImportCounts& counts() const { return m_counts; }
    // The field whose value the last refused write() could not take (Ignore: the row as a whole), so
    // the error can name the column.
    Field failedField() const { return m_failedField; }
    // After the last flush(): links the references earlier files and imports left pending that the
    // records of this file satisfy (contacts, accounts, campaigns).
    void linkPending();
    // What the file's rows showed besides counts (unresolved references, undated facts, undefined deal
    // stages, notes); valid after linkPending().
    ImportFindings takeFindings() { return m_findings.take(); }

private:
    struct Statements;
    struct Pending;
    std::variant<Outcome, QString> writeContact(const ImportRecord& r);
    std::variant<Outcome, QString> writeAccount(const ImportRecord& r);
    std::variant<Outcome, QString> writeCampaign(const ImportRecord& r);
    std::variant<Outcome, QString> writeOpportunity(const ImportRecord& r);
    std::variant<Outcome, QString> writeTouchpoint(const ImportRecord& r);
    std::variant<Outcome, QString> writeStageUpdate(const ImportRecord& r);
    std::variant<Outcome, QString> writeDealHistory(const ImportRecord& r);
    // What a deals or history row states of its deal (stage definitions fill probability, forecast and
    // open/won/lost where the row is silent, as for the deal itself).
    struct DealStageInfo;
    DealFacts dealFacts(const ImportRecord& r, const DealStageInfo* stage, std::optional<qint64> owner,
                        bool history) const;
    // The row's stage-entered columns into the deal's history; the most significant change.
    Outcome writeStageEntries(const ImportRecord& r, qint64 deal, const std::string& dealSourceId);

    std::variant<Outcome, QString> writeOwner(const ImportRecord& r); // importowners.cpp

    // The references a written row names: those that did not resolve are kept (PendingReferences), a
    // pending one that now resolved is settled. `fieldsHash` as for PendingReferences::keep.
    // `row` nullopt: the row was not written (unchanged); only the findings count.
    void keepReferences(std::optional<qint64> row, const ImportRecord& r,
                        std::initializer_list<std::pair<Field, bool>> refs, std::optional<quint64> fieldsHash,
                        bool newRow);
    // The deal stage a row names, as the workspace knows it (importdealstages.cpp): a known stage, a
    // common won/lost word mapped to the workspace's won or lost stage, or a new stage added as open and
    // not yet defined. Null when the row names none.
    const DealStageInfo* dealStage(const ImportRecord& r);
    // A stage-entered column's stage; `count` false: only make sure the workspace has it (not a use).
    const DealStageInfo* dealStage(const QString& name, bool count = true);
    void loadDealStages();
    // The owner of a CRM user id or a name, for the owners writer (importowners.cpp).
    std::optional<ImportOwnerRow> findOwner(const QString& sourceId, const QString& name);

    // Fills m_stages with the stage entries the record carries, as (stage id, entered at); returns a
    // reason when a stage is unknown.
    std::optional<QString> stageEntries(const ImportRecord& r);
    // Inserts or changes the contact's stage entries; returns true when anything changed.
    bool writeStages(qint64 contact, const std::pair<qint64, qint64>* stages, size_t count);
    // A brand-new contact waits in m_pending and goes into the workspace with up to kGroup others in one
    // statement (and their stage entries in one more): SQLite's per-statement cost (cursors opened and
    // closed, the VDBE set up and torn down) is the larger part of inserting one small row.
    void queueNew(const ImportRecord& r, qint64 hash, const ContactRefs& refs);
    void bindContact(Statement& st, int base, const ImportRecord& r, const ContactRefs& refs) const;
    // The account and campaign a contact row names, for keepReferences().
    void keepContactReferences(qint64 row, const ImportRecord& r, const ContactRefs& refs,
                               std::optional<quint64> fieldsHash, bool newRow);
    void mergeRepeat(const Pending& p);
    Statement& groupInsert(std::vector<std::unique_ptr<Statement>>& cache, size_t rows, bool contacts);
    // The content hash of a row: its fields' hash with the ids it resolved folded in (in the order of
    // hashedReferenceColumns(), which PendingReferences uses to recompute it after a link).
    qint64 rowHash(const ImportRecord& r, std::initializer_list<std::optional<qint64>> resolved) const;
    quint64 fieldsHash(const ImportRecord& r) const;
    // The shared upsert: finds the row by source id, skips it when its content hash is unchanged, else
    // logs its before-image and updates it, or inserts it.
    template <typename BindFields>
    Outcome upsert(const ImportRecord& r, qint64 hash, BindFields bind, qint64& id);
    template <typename BindFields> Outcome upsertRow(const ImportRecord& r, qint64 hash, BindFields bind) {
        qint64 id = 0;
        return upsert(r, hash, bind, id);
    }
    // A row whose source id an earlier row of this file already wrote: updated in place when it differs.
    template <typename BindFields>
    Outcome updateRepeat(const ImportRecord& r, qint64 hash, BindFields bind, qint64& id);
    // ?1 source, ?2 source id, ?3 batch, ?4 content hash, then the entity's own fields.
    template <typename BindFields>
    void bindRow(Statement& st, const ImportRecord& r, qint64 hash, BindFields bind);
    // What the email fallback makes of a contact row whose source id (hashed: `key`) the workspace does
    // not hold.
    struct EmailMatch {
        enum Kind { None, Merge, Defer, ApartOwnId, ApartTaken } kind = None;
        qint64 contact = 0;
        QString contactId; // the contact's own source id (for the notes)
    };
    EmailMatch emailMatch(const ImportRecord& r, quint64 key);
    Outcome mergeByEmail(const ImportRecord& r, const ContactRefs& refs, const EmailMatch& match,
                         quint64 key);
    void defer(const ImportRecord& r, quint64 key);
    struct Example {
        qint64 line;
        QString id;
        QString otherId;
        QString email;
    };
    struct Tally {
        qint64 count = 0;
        std::vector<Example> examples; // the first few
        void add(Example e);
    };

    Database& m_db;
    ImportStore& m_store;
    ImportBatchId m_batch;
    const ImportRules& m_rules; // the sink's, alive as long as this writer
    std::unique_ptr<Statements> m_st;
    ImportReferences m_refs;
    // The workspace's source ids and pending references of the table, loaded by the first write (on the
    // write pipeline's thread, while the reading thread parses the first rows: 12 % of a 60,000-deal
    // snapshot import was this load before the first row), or by finish()/linkPending().
    void loadIndexes();
    bool m_indexesLoaded = false;
    SourceIdIndex m_index;
    EmailIndex m_emails; // the workspace's contacts by email, as they were before this batch
    bool m_matchEmails = false;
    std::string m_source;                                      // profile source, bound on every row
    std::unordered_map<std::string, qint64> m_stageIds;        // funnel stage key -> id
    std::array<qint64, kStageFields.size()> m_stageFieldIds{}; // stage.* field -> id (0: not in the funnel)
    QStringList m_stageKeys;
    std::vector<std::pair<qint64, qint64>> m_stages;          // reused per row
    std::vector<Pending> m_pending;                           // new contacts not yet inserted
    std::vector<std::pair<qint64, qint64>> m_pendingStages;   // their stage entries, (stage id, at)
    qint64 m_nextContactId = 1;                               // ids are assigned here, so stages can be bound
    std::vector<std::unique_ptr<Statement>> m_contactInserts; // n rows at once, by n
    std::vector<std::unique_ptr<Statement>> m_stageInserts;   // n entries at once, by n
    ImportCounts m_counts;
    // The email fallback's state for this file (see the class comment).
    std::unordered_map<qint64, quint64> m_absorbed;   // contact -> key of the row merged into it by email
    std::unordered_map<quint64, qint64> m_mergedInto; // key of a row merged by email -> its contact
    std::vector<std::string> m_deferred;              // rows waiting for the end of the file, serialized
    std::unordered_set<quint64> m_deferredKeys;       // their ids: later rows of the same id wait too
    bool m_resolving = false;                         // finish() is deciding the rows that waited
    Tally m_mergedByEmail;
    Tally m_apartOwnId;
    Tally m_apartTaken;
    Field m_failedField = Field::Ignore;
    PendingReferences m_pendingRefs;
    FindingsCollector m_findings;
    // The workspace's deal stages by lower-cased name (a common won/lost word also names the workspace's
    // won or lost stage); the first defined won and lost stage in order.
    std::unordered_map<std::string, std::shared_ptr<DealStageInfo>> m_dealStages;
    // The same stages by the exact text rows spell them, so a repeated spelling (every row of a file
    // spells a handful) costs no QString and no lower-casing: 7 % of a 60,000-deal snapshot import was.
    struct TextHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, const DealStageInfo*, TextHash, std::equal_to<>> m_dealStagesByText;
    const DealStageInfo* dealStageByText(std::string_view text, bool count);
    std::shared_ptr<DealStageInfo> m_wonStage, m_lostStage;
    int m_lastDealStagePosition = 0;
    std::map<QString, qint64> m_unknownRoles;     // owners: role names that are no RevAlign role -> owners
    std::unordered_set<qint64> m_ownerRows;       // owners: rows this file's rows wrote
    std::unique_ptr<DealHistoryWriter> m_history; // deals and deal-history imports
};

} // namespace revalign
