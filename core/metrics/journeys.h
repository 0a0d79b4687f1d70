#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <vector>

namespace revalign {

// "No time recorded" in the int64 time columns of a JourneyTable.
inline constexpr qint64 kNoJourneyTime = std::numeric_limits<qint64>::min();

// Distinct strings of one column, coded 0..n-1. Code 0 is always "" (not set), shown as "(none)".
class NameCodes final {
public:
    NameCodes() { intern(QString()); }
    qint32 intern(const QString& name);
    // The code of a name, or -1. "(none)" and "" both name code 0.
    qint32 codeOf(const QString& name) const;
    // The display name: "(none)" for code 0.
    QString display(qint32 code) const;
    const QString& name(qint32 code) const { return m_names.at(code); }
    qint32 size() const { return qint32(m_names.size()); }
    const QStringList& names() const { return m_names; }

private:
    QStringList m_names;
    QHash<QString, qint32> m_codes;
};

// Touch teams are coded fixed: the team column only ever holds these two keys.
enum class TouchTeam : quint8 { Marketing = 0, Sales = 1 };
// SourcedBy as stored, in this order.
enum class Source : quint8 { Unknown = 0, Marketing = 1, Sales = 2, Partner = 3 };
enum class DealOutcome : quint8 { Open, Won, Lost };

// Everything attribution and lead scoring read, as flat columns loaded once (JourneyStore::load):
// contacts with their touchpoints in time order and their opportunities. Immutable once loaded, so one
// snapshot can be shared between threads.
struct JourneyTable {
    QString currency = QStringLiteral("USD");
    qint64 asOf = kNoJourneyTime; // the latest instant in the data: "now" for scoring
    NameCodes channels, campaigns, personas, owners, kinds, industries, countries;

    // --- contacts (row = index) ---
    std::vector<qint64> contactId;
    std::vector<qint64> createdAt;   // lead creation; kNoJourneyTime when unknown
    std::vector<qint64> qualifiedAt; // first entry into any stage after Lead; kNoJourneyTime if none
    std::vector<qint32> persona, channel, industry, country;
    std::vector<qint64> employees; // -1 when unknown
    std::vector<QString> title;
    std::vector<quint8> handoff; // HandoffStatus
    std::vector<quint8> reachedSql, hasWon, hasLost;
    // touchBegin[row] .. touchBegin[row + 1]: the contact's touches in `touch*`. Size contacts + 1.
    std::vector<qint64> touchBegin;

    // --- touchpoints, sorted by (contact row, occurred_at, id) ---
    std::vector<qint64> touchAt;
    std::vector<qint32> touchChannel, touchCampaign, touchKind;
    std::vector<quint8> touchTeam; // TouchTeam

    // --- opportunities ---
    std::vector<qint64> oppId;
    std::vector<qint32> oppContact;                 // contact row, -1 when the deal has no contact
    std::vector<qint64> oppCreatedAt, oppWonAt;     // won: end of the close day (UTC); else kNoJourneyTime
    std::vector<qint32> oppCreatedDay, oppCloseDay; // Julian day (UTC), INT_MIN when unknown
    std::vector<qint64> oppAmount;                  // cents; 0 when unknown
    std::vector<qint32> oppChannel, oppOwner;
    std::vector<quint8> oppSource; // Source
    std::vector<quint8> oppWon;

    qsizetype contactCount() const { return qsizetype(contactId.size()); }
    qsizetype touchCount() const { return qsizetype(touchAt.size()); }
    qsizetype opportunityCount() const { return qsizetype(oppId.size()); }
    // The row of a contact id, or -1 (contacts are kept in id order).
    qint32 contactRow(qint64 id) const;
};

using JourneySnapshot = std::shared_ptr<const JourneyTable>;

inline constexpr qint32 kNoDayNumber = std::numeric_limits<qint32>::min();

// Builds JourneyTables in memory for tests and benchmarks (the store uses the same calls), so callers
// never have to keep the parallel columns in step by hand. Touches must be added contact by contact in
// time order.
class JourneyBuilder final {
public:
    JourneyBuilder();
    // Returns the contact row.
    qint32 addContact(qint64 id, qint64 createdAt, const QString& persona = {}, const QString& channel = {});
    void addTouch(qint32 contactRow, qint64 at, const QString& channel, const QString& campaign = {},
                  const QString& kind = QStringLiteral("web_visit"), TouchTeam team = TouchTeam::Marketing);
    // closeDay: the close date's Julian day (UTC) or kNoDayNumber.
    void addOpportunity(qint64 id, qint32 contactRow, qint64 createdAt, qint64 amountCents,
                        DealOutcome outcome, qint32 closeDay, Source source = Source::Marketing,
                        const QString& channel = {}, const QString& owner = {});
    JourneyTable& table() { return *m_table; }
    // Closes the touch ranges and hands the table over.
    std::shared_ptr<JourneyTable> finish();

private:
    std::shared_ptr<JourneyTable> m_table;
};

// Unix seconds <-> UTC Julian day numbers (the period filters compare days).
qint32 utcDayOf(qint64 unixSeconds);
qint64 endOfUtcDay(qint32 julianDay);

} // namespace revalign
