#pragma once

#include "domain/enums.h"
#include "domain/kpidefinition.h"
#include "domain/settings.h"
#include "metrics/businesshours.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace revalign {

// "No time recorded" in the int64 time columns.
inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
inline constexpr qint32 kNoDay = std::numeric_limits<qint32>::min();
inline constexpr quint8 kNoStage = 0xff;

// Distinct strings of one column, coded 0..n-1. Code 0 is always "" (not set), shown as "(none)".
class Dictionary final {
public:
    Dictionary() { intern(QString()); }
    qint32 intern(const QString& name);
    // The code of a name, or -1. "(none)" and "" both name code 0.
    qint32 codeOf(const QString& name) const;
    const QString& name(qint32 code) const { return m_names.at(code); }
    qint32 size() const { return qint32(m_names.size()); }
    const QStringList& names() const { return m_names; }

private:
    QStringList m_names;
    QHash<QString, qint32> m_codes;
};

// The dimensions every figure can be sliced by. Campaign codes index FactTable::campaigns. Manager and
// Region are the record owner's: its direct manager (FactTable::ownerManager) and its region
// (FactTable::ownerRegion).
enum class Dimension { Persona, Channel, Campaign, Owner, Team, Segment, DealStage, Manager, Region };

// Problems a single record carries, found once when the snapshot loads (ContactColumns::quality and
// OpportunityColumns::quality are bit sets of these). Figures that an impossible interval would distort
// leave such records out and say how many (docs/kpis.md "Impossible intervals").
enum ContactQuality : quint8 {
    kStagesOutOfOrder = 1, // a recorded stage time is later than a later stage's recorded time
    kContactUndated = 2,   // neither a creation time nor any stage time: in no period
};
enum OpportunityQuality : quint8 {
    kNoAmount = 1,              // amount missing (counted as 0)
    kClosedBeforeCreated = 2,   // close date before the creation day
    kWonBeforeFirstContact = 4, // won before its contact was first recorded
    kUndefinedStage = 8,        // deal stage not in the workspace's deal stages
    kNoCreatedDate = 16,        // no creation time: in no period's "created"
    kNoCloseDate = 32,          // closed without a close date: in no period's "won"/"lost"
    kOpenPastCloseDate = 64,    // still open after its close date (as of the latest instant in the data)
};
// A deal whose created → closed interval cannot be true: left out of the sales cycle and velocity.
inline constexpr quint8 kImpossibleCycle = kClosedBeforeCreated | kWonBeforeFirstContact;

// Which kinds of facts the workspace's records carry at all, counted once per snapshot. A KPI whose
// facts are absent is n/a with the reason (metrics/kpisupport.h), never a 0 % or 100 % made of nothing.
struct DataPresence {
    qint64 contacts = 0;
    qint64 reachedMqlWithDate = 0;  // contacts with a recorded MQL or later stage time
    qint64 stoppedBeforeMql = 0;    // contacts whose furthest recorded stage is before MQL
    qint64 reachedSqlWithDate = 0;  // recorded SQL or later
    qint64 customersWithDate = 0;   // recorded customer (last) stage
    int furthestRecordedStage = -1; // the furthest stage any contact has a recorded time for
    qint64 handoffDecisions = 0;    // MQLs marked accepted or rejected by sales
    qint64 handoffResponses = 0;    // a dated decision or a first sales touch
    qint64 firstSalesTouches = 0;
    qint64 campaignsWithCost = 0; // a cost and at least one date
    qint64 opportunities = 0;
    qint64 opportunitiesCreated = 0; // with a creation time
    qint64 closedDeals = 0;          // closed with a close date
    qint64 wonDeals = 0;
    qint64 sourcedDeals = 0; // sourced by marketing, sales or partner
    bool touchpoints = false;

    friend bool operator==(const DataPresence&, const DataPresence&) = default;
};

struct StageFacts {
    QString key;
    QString name;
    Team team = Team::Marketing;
    std::optional<double> slaHours;
};

// One column per field, one row per contact (struct of arrays: a pass over a million rows touches only
// the columns it needs).
struct ContactColumns {
    std::vector<qint64> id;
    // stageAt[s][row]: when the contact entered stage s (funnel order), with the skipped-stage rule
    // applied: a stage without a recorded time takes the earliest recorded time of a later stage, and
    // the first stage (Lead) falls back to the contact's creation time. kNoTime = not reached.
    std::vector<std::vector<qint64>> stageAt;
    std::vector<quint8> recordedStages; // bit s set: stage s had its own recorded time (not inferred)
    // Bit s set: stage s was reached and no time is known for it ("reached, date unknown": a status or a
    // Converted flag without a date, or an earlier stage implied by one), so stageAt[s] is kNoTime although
    // lastStage >= s. Period views cannot place such a stage; all-time views count it.
    std::vector<quint8> undatedStages;
    // The furthest stage reached (kNoStage: none). With the skipped-stage rule a contact has reached
    // stage s exactly when lastStage >= s, so "reached X so far" needs no stage column.
    std::vector<quint8> lastStage;
    std::vector<qint32> persona, channel, campaign, owner, segment;
    std::vector<quint8> handoff; // HandoffStatus
    // Undated stage entries as loaded (bit s: the workspace stores "reached s, date unknown"); finish()
    // turns them into lastStage and undatedStages.
    std::vector<quint8> undatedEntries;
    std::vector<qint64> decidedAt, firstTouchAt;
    std::vector<qint32> rejectionReason; // FactTable::reasons code
    // Derived once per snapshot (deriveContactFacts): the handoff outcome and SLA state packed in a
    // byte, and business hours MQL -> first sales touch (-1 = not touched). Neither depends on the
    // reporting window, so filter changes never touch the business calendar.
    std::vector<quint8> handoffFacts;
    std::vector<float> hoursToFirstTouch;
    std::vector<quint8> quality; // ContactQuality bits
    // Derived once per snapshot too (mqlAnswersOf): the contacts that became MQLs, in row order, with
    // when sales answered each. The waterfall's MQL backlog scans these (a third of a million) instead of
    // every contact and the decision columns at each filter change.
    struct MqlAnswers {
        static constexpr quint8 kAccepted = 1, kRejected = 2, kUndated = 4; // kUndated: answered, no time
        std::vector<qint32> row;
        std::vector<qint64> mqlAt;
        std::vector<qint64> answeredAt; // kNoTime while pending; never before mqlAt
        std::vector<quint8> kind;
        qsizetype contacts = -1; // the contact count these were derived for (-1: not derived)
    } mqlAnswers;

    qsizetype size() const { return qsizetype(id.size()); }
};

struct OpportunityColumns {
    std::vector<qint64> id;
    std::vector<qint64> amountCents;
    std::vector<double> probability; // resolved: own value, else the deal stage's, else 0
    std::vector<quint8> forecast;    // ForecastCategory
    std::vector<quint8> sourcedBy;   // SourcedBy
    std::vector<quint8> closed, won;
    std::vector<qint64> createdAt;
    std::vector<qint32> createdDay, closeDay; // Julian day numbers (local), kNoDay when unknown
    std::vector<qint32> persona, channel, campaign, owner, segment, dealStage;
    std::vector<qint32> contactRow; // the primary contact's row in ContactColumns, -1 for none
    std::vector<quint8> quality;    // OpportunityQuality bits

    qsizetype size() const { return qsizetype(id.size()); }
};

enum class DealStatus : quint8 { Open, Won, Lost };

// Every deal's recorded states (deal_state: weekly snapshots and imported history), in timeline order
// with the carry-over rules applied (docs/deal-history.md): the states of opportunity row j are
// [begin[j], begin[j + 1]). Each state holds from validFrom until the next one's.
struct DealHistoryColumns {
    // Flags of a state.
    static constexpr quint8 kSnapshot = 1; // from a deals import (else imported history)
    static constexpr quint8 kAssumed = 2;  // amount or close date no entry up to here stated: as first seen
    static constexpr quint8 kNoAmount = 4; // the deal had no amount (counted as 0)

    std::vector<qint32> begin; // opportunities.size() + 1 offsets (empty when no deal has a state)
    std::vector<qint64> validFrom;
    std::vector<qint32> stage; // FactTable::dealStages code
    std::vector<qint64> amountCents;
    std::vector<qint32> closeDay; // Julian day (kNoDay: no close date)
    std::vector<float> probability;
    std::vector<quint8> forecast; // ForecastCategory
    std::vector<qint32> owner;    // FactTable::owners code (0: not known)
    std::vector<quint8> status;   // DealStatus
    std::vector<quint8> flags;
    std::vector<qint64> snapshotTimes;     // the as-of times of deals imports and snapshot states, ascending
    std::vector<QString> names, sourceIds; // per opportunity row
    // Per opportunity row: its name's place among all names (QString's <; equal names share one), so the
    // waterfall's lists sort by name with an integer compare instead of a string compare per tie.
    std::vector<qint32> nameRank;
    std::vector<qint32> stageExpectedDays; // per dealStages code: days expected in the stage, 0 = not set

    bool isEmpty() const { return validFrom.empty(); }
    qint32 first(qsizetype deal) const { return begin.empty() ? 0 : begin[size_t(deal)]; }
    qint32 end(qsizetype deal) const { return begin.empty() ? 0 : begin[size_t(deal) + 1]; }
    // The state holding at `t` (the last with validFrom <= t), or -1.
    qint32 stateAt(qsizetype deal, qint64 t) const {
        for (qint32 k = end(deal) - 1; k >= first(deal); --k)
            if (validFrom[size_t(k)] <= t)
                return k;
        return -1;
    }
};

// Each name's place in the sorted order of `names` (QString's <), equal names sharing one: 0, 1, 1, 2...
std::vector<qint32> rankByName(const std::vector<QString>& names);

struct CampaignColumns {
    std::vector<qint64> id;
    std::vector<QString> sourceId; // the CRM's id: campaign names repeat, ids do not
    std::vector<qint64> costCents;
    std::vector<qint32> startDay, endDay; // Julian days, kNoDay when unknown
    std::vector<qint32> channel;
};

// An immutable snapshot of everything the KPIs and the funnel read, loaded in one go after each import
// (FactStore::load). Share it as std::shared_ptr<const FactTable> between threads: nothing mutates it.
struct FactTable {
    WorkspaceSettings settings;
    std::vector<StageFacts> stages; // funnel order
    std::vector<KpiDefinition> kpis;
    Dictionary personas, channels, campaignNames, owners, teams, segments, reasons, dealStages;
    Dictionary managers, regions;     // managers: the names of owners who manage someone
    std::vector<qint32> ownerTeam;    // owner code -> teams code
    std::vector<qint32> ownerManager; // owner code -> managers code of its direct manager (0: none)
    std::vector<qint32> ownerParent;  // owner code -> owner code of its direct manager (0: none)
    std::vector<qint32> ownerRegion;  // owner code -> regions code (0: none)
    std::vector<qint32> campaignName; // campaign code -> campaignNames code
    // Deal stages by code, in the workspace's order: the deal_stage table's (by position, defined or
    // met first in an import), then stages opportunities name that the table does not list.
    std::vector<double> dealStageProbability;
    std::vector<quint8> dealStageClosed, dealStageWon, dealStageForecast; // ForecastCategory
    std::vector<quint8> dealStageDefined; // deal stage code -> 1 when the workspace has defined it
    ContactColumns contacts;
    OpportunityColumns opportunities;
    DealHistoryColumns dealHistory;
    CampaignColumns campaigns;
    BusinessHours hours;
    qint64 asOf = kNoTime; // the latest instant in the data: "now" for ageing and SLAs not yet due
    // The whole data range (local days), invalid when empty: every dated fact, the same range `info`
    // and the Summary page show (store/dataspan.h).
    QDate dataFrom, dataTo;
    DataPresence presence;
    // Records that no period can hold for want of a date (rows, ascending): counted by "All time" only.
    std::vector<qint32> undatedContacts, undatedOpportunities;
    // Indexes into `stages` of the stages the KPIs name (-1 when the workspace has removed one).
    struct {
        int lead = -1, mql = -1, sal = -1, sql = -1, opportunity = -1, customer = -1;
    } stageOf;

    int stageIndex(const QString& key) const;
    const Dictionary& dictionary(Dimension d) const;
    // Whether contact `row` reached funnel stage `s` without a known time (see
    // ContactColumns::undatedStages).
    bool reachedUndated(qsizetype row, int s) const {
        return s >= 0 && s < 8 && (contacts.undatedStages[size_t(row)] >> s & 1u) != 0;
    }
    // Applies the skipped-stage rule and fills derived columns; FactStore calls it once after loading.
    void finish();
    size_t memoryBytes() const;
};

using FactSnapshot = std::shared_ptr<const FactTable>;

} // namespace revalign
