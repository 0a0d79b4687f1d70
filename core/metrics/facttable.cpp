#include "metrics/facttable.h"

#include <algorithm>

namespace revalign {

qint32 Dictionary::intern(const QString& name) {
    const QString key = name.isNull() ? QStringLiteral("") : name;
    const auto it = m_codes.constFind(key);
    if (it != m_codes.constEnd())
        return it.value();
    const qint32 code = qint32(m_names.size());
    m_names.append(key);
    m_codes.insert(key, code);
    return code;
}

qint32 Dictionary::codeOf(const QString& name) const {
    if (name == u"(none)")
        return 0;
    return m_codes.value(name, -1);
}

int FactTable::stageIndex(const QString& key) const {
    for (size_t i = 0; i < stages.size(); ++i)
        if (stages[i].key == key)
            return int(i);
    return -1;
}

const Dictionary& FactTable::dictionary(Dimension d) const {
    switch (d) {
    case Dimension::Persona:
        return personas;
    case Dimension::Channel:
        return channels;
    case Dimension::Campaign:
        return campaignNames;
    case Dimension::Owner:
        return owners;
    case Dimension::Team:
        return teams;
    case Dimension::Segment:
        return segments;
    case Dimension::DealStage:
        return dealStages;
    case Dimension::Manager:
        return managers;
    case Dimension::Region:
        return regions;
    }
    return personas;
}

void FactTable::finish() {
    stageOf.lead = stageIndex(QStringLiteral("lead"));
    stageOf.mql = stageIndex(QStringLiteral("mql"));
    stageOf.sal = stageIndex(QStringLiteral("sal"));
    stageOf.sql = stageIndex(QStringLiteral("sql"));
    stageOf.opportunity = stageIndex(QStringLiteral("opportunity"));
    stageOf.customer = stageIndex(QStringLiteral("customer"));
    const qsizetype n = contacts.size();
    const int stageCount = int(stages.size());
    contacts.stageAt.resize(stageCount);
    for (auto& column : contacts.stageAt)
        column.resize(n, kNoTime);
    contacts.recordedStages.resize(n, 0);
    contacts.undatedEntries.resize(n, 0);
    contacts.undatedStages.assign(size_t(n), 0);
    contacts.lastStage.assign(size_t(n), kNoStage);
    contacts.quality.assign(size_t(n), 0);
    for (qsizetype i = 0; i < n; ++i) {
        // Walk from the last stage back, carrying the earliest later time into stages left blank. A stage
        // reached without a date counts as reached (lastStage) and leaves the stages before it reached
        // too; those take a later stage's time when one is known, else they are undated as well. A
        // recorded time after the earliest later one means the stage dates are out of order.
        qint64 later = kNoTime;
        bool reached = false;
        for (int s = stageCount - 1; s >= 0; --s) {
            qint64& t = contacts.stageAt[s][i];
            const bool undatedEntry = s < 8 && (contacts.undatedEntries[size_t(i)] >> s & 1u) != 0;
            if (t != kNoTime || undatedEntry) {
                if (contacts.lastStage[i] == kNoStage)
                    contacts.lastStage[i] = quint8(s);
                reached = true;
            }
            if (t != kNoTime) {
                contacts.recordedStages[i] |= quint8(1u << std::min(s, 7));
                if (later != kNoTime && t > later)
                    contacts.quality[i] |= kStagesOutOfOrder;
                later = later == kNoTime ? t : std::min(later, t);
            }
            if (t == kNoTime)
                t = later;
            if (t == kNoTime && reached && s < 8)
                contacts.undatedStages[size_t(i)] |= quint8(1u << s);
        }
        if (contacts.recordedStages[i] == 0) // reached stages without dates, or nothing at all
            contacts.quality[i] |= kContactUndated;
    }
}

size_t FactTable::memoryBytes() const {
    const auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    size_t total = 0;
    const ContactColumns& c = contacts;
    total += bytes(c.id) + bytes(c.recordedStages) + bytes(c.persona) + bytes(c.channel) + bytes(c.campaign);
    total +=
        bytes(c.owner) + bytes(c.segment) + bytes(c.handoff) + bytes(c.decidedAt) + bytes(c.firstTouchAt);
    total +=
        bytes(c.lastStage) + bytes(c.rejectionReason) + bytes(c.handoffFacts) + bytes(c.hoursToFirstTouch);
    total += bytes(c.quality) + bytes(c.undatedStages) + bytes(c.undatedEntries);
    for (const auto& column : c.stageAt)
        total += bytes(column);
    const OpportunityColumns& o = opportunities;
    total +=
        bytes(o.id) + bytes(o.amountCents) + bytes(o.probability) + bytes(o.forecast) + bytes(o.sourcedBy);
    total += bytes(o.closed) + bytes(o.won) + bytes(o.createdAt) + bytes(o.createdDay) + bytes(o.closeDay);
    total += bytes(o.persona) + bytes(o.channel) + bytes(o.campaign) + bytes(o.owner) + bytes(o.segment);
    total += bytes(o.dealStage) + bytes(o.contactRow) + bytes(o.quality);
    const DealHistoryColumns& h = dealHistory;
    total += bytes(h.begin) + bytes(h.validFrom) + bytes(h.stage) + bytes(h.amountCents) + bytes(h.closeDay);
    total += bytes(h.probability) + bytes(h.forecast) + bytes(h.owner) + bytes(h.status) + bytes(h.flags);
    return total;
}

std::vector<qint32> rankByName(const std::vector<QString>& names) {
    std::vector<qint32> byName(names.size());
    for (size_t j = 0; j < byName.size(); ++j)
        byName[j] = qint32(j);
    std::sort(byName.begin(), byName.end(),
              [&names](qint32 a, qint32 b) { return names[size_t(a)] < names[size_t(b)]; });
    std::vector<qint32> rank(names.size(), 0);
    qint32 r = 0;
    for (size_t i = 0; i < byName.size(); ++i) {
        if (i > 0 && names[size_t(byName[i - 1])] != names[size_t(byName[i])])
            ++r;
        rank[size_t(byName[i])] = r;
    }
    return rank;
}

} // namespace revalign
