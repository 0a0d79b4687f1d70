#pragma once

#include "domain/ids.h"
#include "store/database.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace revalign {

class ImportStore;

// What one record says about a deal at one moment. In a snapshot every field is the deal's value
// (nullopt: it has none); in an imported history row nullopt means "not stated", and the timeline carries
// the value over from the entry before.
struct DealFacts {
    std::optional<std::string> stage;
    std::optional<qint64> amountCents;
    std::optional<std::string> closeDate; // YYYY-MM-DD
    std::optional<double> probability;    // 0..1
    std::optional<std::string> forecast;  // ForecastCategory key
    std::optional<qint64> owner;          // owner row id
    std::optional<std::string> status;    // "open", "won" or "lost"

    friend bool operator==(const DealFacts&, const DealFacts&) = default;
    // The fields `later` states replace this one's.
    void overlay(const DealFacts& later);
};

// The moment an export "as of DAY" describes: the end of that day in the workspace's time zone, but never
// later than `now` (an export of today is as of the moment it is imported).
QDateTime snapshotMoment(const QString& timeZone, const QDate& day, const QDateTime& now);

// "won", "lost" or "open" for a stage no deal stage definition names, from the words CRMs use
// ("Closed Won", "closedwon", "Won" -> won; "Closed Lost", "Lost" -> lost).
std::string statusOfStageName(std::string_view stage);

// Writes the deal history of one import batch into deal_state, inside the import's transaction:
//  - snapshot(): a deals row is the deal's state as of the export's as-of time; only a change from the
//    state the timeline holds at that moment is written (a type-2 row: the previous row's valid_to is set
//    to the new row's valid_from).
//  - history(): an imported history row (OpportunityHistory, a HubSpot "Date entered" column), keyed by
//    (source, source id) so a re-import changes nothing.
// Rows of other batches are changed only after their before-image went to the undo log, so undoing the
// batch restores every valid_to exactly; rows the batch added carry its id and are deleted. Timelines
// written out of order (an older export, imported history) are re-chained once, in finish().
class DealHistoryWriter final {
public:
    enum class Change { None, Added, Updated };

    DealHistoryWriter(Database& db, ImportStore& store, ImportBatchId batch, qint64 asOf,
                      bool rowsMayBeOlder);
    ~DealHistoryWriter();
    DealHistoryWriter(const DealHistoryWriter&) = delete;
    DealHistoryWriter& operator=(const DealHistoryWriter&) = delete;

    // The batch's as-of time (UTC seconds).
    qint64 asOf() const { return m_asOf; }
    // Whether the timeline holds a state of the deal later than `at`: an older export then fills the
    // deal's past and must not overwrite the deal as it is now.
    bool hasLaterState(qint64 deal, qint64 at) const;
    // Whether any row may be older than its deal's latest state (else hasLaterState() is always false).
    bool mayHoldLaterStates() const { return m_latestLoaded; }
    // Whether an unchanged deals row must still be written as a snapshot: the deal's latest entry is
    // imported history, which a snapshot of a later moment supersedes.
    bool needsRestating(qint64 deal) const { return m_historyIsCurrent.contains(deal); }
    // The deal as of `at`; fields the row does not state carry over from the timeline. Returns whether a
    // state was written.
    bool snapshot(qint64 deal, const DealFacts& stated, qint64 at, bool newDeal);
    // What a history row states of the deal at `at`.
    Change history(qint64 deal, const DealFacts& stated, qint64 at, std::string_view source,
                   std::string_view sourceId, qint64 rowHash);
    // The workspace id of the deal with this source id, if the workspace has it.
    std::optional<qint64> deal(std::string_view source, std::string_view sourceId);
    // Re-chains valid_to of the timelines written out of order. Call once after the last row.
    void finish();

private:
    struct Row;
    std::optional<Row> currentRow(qint64 deal);
    std::optional<Row> nextRow(qint64 deal, qint64 after);
    // The deal's state at `at` from its timeline (nullopt: no entry at or before `at`).
    std::optional<DealFacts> stateAt(qint64 deal, qint64 at, std::optional<Row>* atInstant);
    void insert(qint64 deal, const DealFacts& facts, qint64 from, std::optional<qint64> to, bool history,
                std::string_view source, std::string_view sourceId, qint64 rowHash);
    void rewrite(qint64 deal, const Row& row, const DealFacts& facts);
    void setValidTo(qint64 rowId, qint64 rowBatch, std::optional<qint64> to);
    void relink(qint64 deal);
    void noteLatest(qint64 deal, qint64 at);

    Database& m_db;
    ImportStore& m_store;
    ImportBatchId m_batch;
    qint64 m_asOf;
    struct Statements;
    std::unique_ptr<Statements> m_st;
    std::unordered_set<qint64> m_historyIsCurrent; // deals whose current entry is history
    std::unordered_map<qint64, qint64> m_latest;   // deal -> latest valid_from (when loaded)
    bool m_latestLoaded = false;
    std::unordered_set<qint64> m_relink;                            // deals to re-chain in finish()
    std::unordered_map<std::string, std::optional<qint64>> m_deals; // deal source id -> id
};

} // namespace revalign
