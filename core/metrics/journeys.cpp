#include "metrics/journeys.h"

#include <QCoreApplication>

#include <algorithm>

namespace revalign {

namespace {
// Julian day number of 1970-01-01.
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kDaySeconds = 86400;
} // namespace

qint32 NameCodes::intern(const QString& name) {
    const auto it = m_codes.constFind(name);
    if (it != m_codes.constEnd())
        return *it;
    const auto code = qint32(m_names.size());
    m_names.append(name);
    m_codes.insert(name, code);
    return code;
}

qint32 NameCodes::codeOf(const QString& name) const {
    if (name == u"(none)")
        return 0;
    return m_codes.value(name, -1);
}

QString NameCodes::display(qint32 code) const {
    return code == 0 ? QCoreApplication::translate("Journeys", "(none)") : m_names.at(code);
}

qint32 JourneyTable::contactRow(qint64 id) const {
    const auto it = std::lower_bound(contactId.begin(), contactId.end(), id);
    return it != contactId.end() && *it == id ? qint32(it - contactId.begin()) : -1;
}

qint32 utcDayOf(qint64 unixSeconds) {
    // Floor division so instants before 1970 land on the right day.
    qint64 days = unixSeconds / kDaySeconds;
    if (unixSeconds % kDaySeconds < 0)
        --days;
    return qint32(days + kUnixEpochJulianDay);
}

qint64 endOfUtcDay(qint32 julianDay) {
    return (qint64(julianDay) - kUnixEpochJulianDay + 1) * kDaySeconds - 1;
}

JourneyBuilder::JourneyBuilder()
    : m_table(std::make_shared<JourneyTable>()) {}

qint32 JourneyBuilder::addContact(qint64 id, qint64 createdAt, const QString& persona,
                                  const QString& channel) {
    JourneyTable& t = *m_table;
    const auto row = qint32(t.contactId.size());
    t.contactId.push_back(id);
    t.createdAt.push_back(createdAt);
    t.qualifiedAt.push_back(kNoJourneyTime);
    t.persona.push_back(t.personas.intern(persona));
    t.channel.push_back(t.channels.intern(channel));
    t.industry.push_back(0);
    t.country.push_back(0);
    t.employees.push_back(-1);
    t.title.emplace_back();
    t.handoff.push_back(0);
    t.reachedSql.push_back(0);
    t.hasWon.push_back(0);
    t.hasLost.push_back(0);
    t.touchBegin.push_back(qint64(t.touchAt.size()));
    if (createdAt != kNoJourneyTime)
        t.asOf = std::max(t.asOf, createdAt);
    return row;
}

void JourneyBuilder::addTouch(qint32 contactRow, qint64 at, const QString& channel, const QString& campaign,
                              const QString& kind, TouchTeam team) {
    JourneyTable& t = *m_table;
    // Touches arrive grouped by contact: rows after this one have not started yet.
    Q_ASSERT(contactRow == qint32(t.contactId.size()) - 1);
    Q_UNUSED(contactRow);
    t.touchAt.push_back(at);
    t.touchChannel.push_back(t.channels.intern(channel));
    t.touchCampaign.push_back(t.campaigns.intern(campaign));
    t.touchKind.push_back(t.kinds.intern(kind));
    t.touchTeam.push_back(quint8(team));
    t.asOf = std::max(t.asOf, at);
}

void JourneyBuilder::addOpportunity(qint64 id, qint32 contactRow, qint64 createdAt, qint64 amountCents,
                                    DealOutcome outcome, qint32 closeDay, Source source,
                                    const QString& channel, const QString& owner) {
    JourneyTable& t = *m_table;
    const bool won = outcome == DealOutcome::Won;
    t.oppId.push_back(id);
    t.oppContact.push_back(contactRow);
    t.oppCreatedAt.push_back(createdAt);
    t.oppCreatedDay.push_back(createdAt == kNoJourneyTime ? kNoDayNumber : utcDayOf(createdAt));
    t.oppCloseDay.push_back(closeDay);
    t.oppWonAt.push_back(won && closeDay != kNoDayNumber ? endOfUtcDay(closeDay) : kNoJourneyTime);
    t.oppAmount.push_back(amountCents);
    t.oppChannel.push_back(t.channels.intern(channel));
    t.oppOwner.push_back(t.owners.intern(owner));
    t.oppSource.push_back(quint8(source));
    t.oppWon.push_back(won ? 1 : 0);
    if (contactRow >= 0 && won)
        t.hasWon[size_t(contactRow)] = 1;
    else if (contactRow >= 0 && outcome == DealOutcome::Lost)
        t.hasLost[size_t(contactRow)] = 1;
    if (createdAt != kNoJourneyTime)
        t.asOf = std::max(t.asOf, createdAt);
}

std::shared_ptr<JourneyTable> JourneyBuilder::finish() {
    JourneyTable& t = *m_table;
    t.touchBegin.push_back(qint64(t.touchAt.size()));
    // A contact with a won deal counts as won even if another of its deals was lost.
    for (size_t row = 0; row < t.hasWon.size(); ++row)
        if (t.hasWon[row])
            t.hasLost[row] = 0;
    auto out = std::move(m_table);
    m_table = std::make_shared<JourneyTable>();
    return out;
}

} // namespace revalign
