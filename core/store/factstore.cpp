#include "store/factstore.h"

#include "store/database.h"
#include "store/dataspan.h"
#include "store/dealhistoryload.h"
#include "store/definitionstore.h"
#include "store/isoday.h"
#include "store/pg/pgtransaction.h"
#include "store/workspace.h"

#include "metrics/kpitotals.h"
#include "metrics/recordquality.h"

#include <QDateTime>
#include <QFuture>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

namespace revalign {

namespace {
// Statement::text() builds a QString per call; for millions of rows the readers below take textView() (the
// raw UTF-8) and only make a QString the first time a distinct value is seen.

// A time column: NULL is "no such time".
qint64 timeOf(const Statement& st, int column) {
    return st.isNull(column) ? kNoTime : st.int64(column);
}

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

// Codes raw UTF-8 values through a Dictionary, remembering the bytes so repeats cost one hash lookup.
class Interner final {
public:
    explicit Interner(Dictionary& dict)
        : m_dict(dict) {}
    qint32 code(std::string_view utf8) {
        if (utf8.empty())
            return 0;
        const auto it = m_seen.find(utf8);
        if (it != m_seen.end())
            return it->second;
        const qint32 c = m_dict.intern(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
        m_seen.emplace(std::string(utf8), c);
        return c;
    }

private:
    Dictionary& m_dict;
    std::unordered_map<std::string, qint32, StringHash, std::equal_to<>> m_seen;
};

// Maps row ids of a referenced table to a value (a code or a row index); dense ids use a vector.
class IdMap final {
public:
    void set(qint64 id, qint32 value) {
        if (id < 0)
            return;
        if (size_t(id) >= m_values.size())
            m_values.resize(size_t(id) + 1 + m_values.size() / 2, m_default);
        m_values[size_t(id)] = value;
    }
    qint32 get(qint64 id) const {
        return id >= 0 && size_t(id) < m_values.size() ? m_values[size_t(id)] : m_default;
    }
    void setDefault(qint32 v) { m_default = v; }

private:
    std::vector<qint32> m_values;
    qint32 m_default = 0;
};

quint8 handoffCode(std::string_view s) {
    if (s == "pending")
        return quint8(HandoffStatus::Pending);
    if (s == "accepted")
        return quint8(HandoffStatus::Accepted);
    if (s == "rejected")
        return quint8(HandoffStatus::Rejected);
    return quint8(HandoffStatus::None);
}

quint8 sourcedCode(std::string_view s) {
    if (s == "marketing")
        return quint8(SourcedBy::Marketing);
    if (s == "sales")
        return quint8(SourcedBy::Sales);
    if (s == "partner")
        return quint8(SourcedBy::Partner);
    return quint8(SourcedBy::Unknown);
}

std::optional<quint8> forecastCode(std::string_view s) {
    const auto c = forecastCategoryFromKey(QString::fromUtf8(s.data(), qsizetype(s.size())));
    return c ? std::optional<quint8>(quint8(*c)) : std::nullopt;
}

void loadDimensions(Database& db, FactTable& f, IdMap& personaOf, IdMap& ownerOf, IdMap& segmentOf,
                    IdMap& campaignOf) {
    Statement persona(db, "SELECT id, name FROM persona");
    while (persona.step())
        personaOf.set(persona.int64(0), f.personas.intern(QString::fromUtf8(persona.textView(1))));
    f.teams.intern(QStringLiteral("marketing"));
    f.teams.intern(QStringLiteral("sales"));
    f.ownerTeam.push_back(0);
    {
        // Owner code 0 is "no owner". The hierarchy is read in one pass and wired once every owner has
        // its code (a manager may come after its reports).
        Interner regions(f.regions);
        std::vector<std::pair<qint32, qint64>> managerIds; // owner code -> manager's row id
        Statement owner(db, "SELECT id, name, team, region, manager_id FROM owner");
        while (owner.step()) {
            const qint32 code = f.owners.intern(QString::fromUtf8(owner.textView(1)));
            ownerOf.set(owner.int64(0), code);
            const size_t n = size_t(f.owners.size());
            f.ownerTeam.resize(n, 0);
            f.ownerRegion.resize(n, 0);
            f.ownerTeam[size_t(code)] = f.teams.intern(QString::fromUtf8(owner.textView(2)));
            f.ownerRegion[size_t(code)] = regions.code(owner.textView(3));
            if (!owner.isNull(4))
                managerIds.emplace_back(code, owner.int64(4));
        }
        const size_t n = size_t(f.owners.size());
        f.ownerTeam.resize(n, 0);
        f.ownerRegion.resize(n, 0);
        f.ownerParent.assign(n, 0);
        f.ownerManager.assign(n, 0);
        for (const auto& [code, managerId] : managerIds) {
            const qint32 manager = ownerOf.get(managerId);
            if (manager <= 0 || manager == code)
                continue;
            f.ownerParent[size_t(code)] = manager;
            f.ownerManager[size_t(code)] = f.managers.intern(f.owners.name(manager));
        }
    }
    Interner segments(f.segments);
    Statement account(db, "SELECT id, segment FROM account");
    while (account.step())
        segmentOf.set(account.int64(0), segments.code(account.textView(1)));
    // Campaign code 0 = no campaign, like every other dictionary.
    Interner channels(f.channels);
    CampaignColumns& c = f.campaigns;
    const auto addCampaign = [&](qint64 id, const QString& sourceId, qint32 name, qint64 cost, qint32 start,
                                 qint32 end, qint32 ch) {
        c.id.push_back(id);
        c.sourceId.push_back(sourceId);
        c.costCents.push_back(cost);
        c.startDay.push_back(start);
        c.endDay.push_back(end);
        c.channel.push_back(ch);
        f.campaignName.push_back(name);
    };
    addCampaign(0, QString(), 0, 0, kNoDay, kNoDay, 0);
    Statement campaign(db,
                       "SELECT id, name, channel, cost_cents, start_date, end_date, source_id FROM campaign");
    while (campaign.step()) {
        campaignOf.set(campaign.int64(0), qint32(c.id.size()));
        addCampaign(campaign.int64(0), campaign.text(6),
                    f.campaignNames.intern(QString::fromUtf8(campaign.textView(1))), campaign.int64(3),
                    isoJulianDay(campaign.textView(4)), isoJulianDay(campaign.textView(5)),
                    channels.code(campaign.textView(2)));
    }
    Statement deal(db, "SELECT name, probability, forecast_category, is_closed, is_won, is_defined "
                       "FROM deal_stage ORDER BY position");
    f.dealStageProbability.push_back(0);
    f.dealStageClosed.push_back(0);
    f.dealStageWon.push_back(0);
    f.dealStageForecast.push_back(quint8(ForecastCategory::Pipeline));
    f.dealStageDefined.push_back(1);
    while (deal.step()) {
        f.dealStages.intern(QString::fromUtf8(deal.textView(0)));
        f.dealStageProbability.push_back(deal.real(1));
        f.dealStageForecast.push_back(
            forecastCode(deal.textView(2)).value_or(quint8(ForecastCategory::Pipeline)));
        f.dealStageClosed.push_back(deal.int64(3) != 0 ? 1 : 0);
        f.dealStageWon.push_back(deal.int64(4) != 0 ? 1 : 0);
        f.dealStageDefined.push_back(deal.int64(5) != 0 ? 1 : 0);
    }
    // Stages opportunities name that the table does not list are interned after these (FactStore::load).
}
} // namespace

FactSnapshot FactStore::load() {
    auto f = std::make_shared<FactTable>();
    Database& db = m_ws.db();
    // On a team workspace every table is read in one snapshot, so figures loaded while someone's import
    // commits are all from before it or all from after it (a file has one writer and a WAL snapshot).
    std::optional<PgTransaction> snapshot;
    if (db.isPostgres() && !db.pg().inTransaction())
        snapshot.emplace(db.pg(), PgTransaction::Mode::ReadOnlySnapshot); // ends (rolls back) on return
    f->settings = m_ws.settings();
    DefinitionStore defs(db);
    IdMap stageOf;
    stageOf.setDefault(-1);
    for (const FunnelStage& s : defs.funnelStages()) {
        stageOf.set(s.id.value(), qint32(f->stages.size()));
        f->stages.push_back({s.key, s.name, s.team, s.slaHours});
    }
    f->kpis = defs.kpiDefinitions();
    IdMap personaOf, ownerOf, segmentOf, campaignOf;
    loadDimensions(db, *f, personaOf, ownerOf, segmentOf, campaignOf);
    const DataSpan span = readDataSpan(db);

    // contact_stage is the biggest table: a second connection reads it on the other core meanwhile.
    // (Both read the committed file; loads run after imports, not during them.)
    struct StageRow {
        qint64 contact;
        qint64 at; // kNoTime: reached, date unknown
        qint32 stage;
    };
    struct StageRows {
        std::vector<StageRow> rows;
        std::optional<QString> error; // Error does not cross QFuture: carried back by hand
    };
    const auto readStages = [stageOf](Database& conn) {
        StageRows out;
        try {
            // Sized up front: growing a vector of millions of rows would double the memory peak.
            Statement count(conn, "SELECT count(*) FROM contact_stage");
            if (count.step())
                out.rows.reserve(size_t(count.int64(0)));
            Statement st(conn, "SELECT contact_id, stage_id, entered_at FROM contact_stage");
            while (st.step()) {
                const qint32 stage = stageOf.get(st.int64(1));
                if (stage >= 0)
                    out.rows.push_back({st.int64(0), st.isNull(2) ? kNoTime : st.int64(2), stage});
            }
        } catch (const Error& e) {
            out.error = e.message();
        }
        return out;
    };
    // A team workspace reads on its one connection (a second one would need the password again, which
    // only the first connection's caller had): the server works while the rows travel anyway.
    std::optional<StageRows> stagesHere;
    if (db.isPostgres())
        stagesHere = readStages(db);
    QFuture<StageRows> stageRows =
        db.isPostgres() ? QFuture<StageRows>()
                        : QtConcurrent::run([path = db.path(), mode = db.readMode(), readStages] {
                              try {
                                  Database second(path, mode); // immutable too where the first is
                                  return readStages(second);
                              } catch (const Error& e) {
                                  StageRows out;
                                  out.error = e.message();
                                  return out;
                              }
                          });
    ContactColumns& c = f->contacts;
    IdMap rowOf;
    rowOf.setDefault(-1);
    std::vector<qint64> createdAt;
    {
        Interner channels(f->channels);
        Interner reasons(f->reasons);
        Statement st(db, "SELECT id, created_at, persona_id, channel, campaign_id, owner_id, account_id, "
                         "handoff_status, handoff_decided_at, rejection_reason, first_sales_touch_at "
                         "FROM contact");
        while (st.step()) {
            rowOf.set(st.int64(0), qint32(c.id.size()));
            c.id.push_back(st.int64(0));
            createdAt.push_back(timeOf(st, 1));
            c.persona.push_back(personaOf.get(st.int64(2)));
            c.channel.push_back(channels.code(st.textView(3)));
            c.campaign.push_back(campaignOf.get(st.int64(4)));
            c.owner.push_back(ownerOf.get(st.int64(5)));
            c.segment.push_back(segmentOf.get(st.int64(6)));
            c.handoff.push_back(handoffCode(st.textView(7)));
            c.decidedAt.push_back(timeOf(st, 8));
            c.rejectionReason.push_back(reasons.code(st.textView(9)));
            c.firstTouchAt.push_back(timeOf(st, 10));
        }
    }
    c.stageAt.resize(f->stages.size());
    for (auto& column : c.stageAt)
        column.assign(c.id.size(), kNoTime);
    if (!c.stageAt.empty())
        c.stageAt[0] = std::move(createdAt); // the Lead stage defaults to the creation time
    const StageRows stages = stagesHere ? std::move(*stagesHere) : stageRows.result();
    if (stages.error)
        throw Error(*stages.error);
    c.undatedEntries.assign(c.id.size(), 0);
    for (const StageRow& row : stages.rows) {
        const qint32 contactRow = rowOf.get(row.contact);
        if (contactRow < 0)
            continue;
        if (row.at == kNoTime) {
            if (row.stage < 8)
                c.undatedEntries[size_t(contactRow)] |= quint8(1u << row.stage);
            continue;
        }
        c.stageAt[size_t(row.stage)][size_t(contactRow)] = row.at;
    }
    OpportunityColumns& o = f->opportunities;
    {
        Interner channels(f->channels);
        Interner dealStages(f->dealStages);
        Statement st(db, "SELECT id, contact_id, owner_id, campaign_id, account_id, amount_cents, stage, "
                         "probability, forecast_category, created_at, close_date, is_closed, is_won, "
                         "sourced_by, channel FROM opportunity");
        while (st.step()) {
            const qint32 contactRow = st.isNull(1) ? -1 : rowOf.get(st.int64(1));
            const auto fromContact = [&](const std::vector<qint32>& column) {
                return contactRow < 0 ? 0 : column[size_t(contactRow)];
            };
            o.id.push_back(st.int64(0));
            o.contactRow.push_back(contactRow);
            o.quality.push_back(st.isNull(5) ? quint8(kNoAmount) : quint8(0));
            o.owner.push_back(ownerOf.get(st.int64(2)));
            const qint32 campaign = campaignOf.get(st.int64(3));
            o.campaign.push_back(campaign != 0 ? campaign : fromContact(c.campaign));
            o.segment.push_back(st.isNull(4) ? fromContact(c.segment) : segmentOf.get(st.int64(4)));
            o.amountCents.push_back(st.isNull(5) ? 0 : st.int64(5));
            const qint32 stage = dealStages.code(st.textView(6));
            o.dealStage.push_back(stage);
            // A stage a deal names that the workspace's deal stages do not list is not defined.
            if (size_t(stage) >= f->dealStageDefined.size()) {
                f->dealStageDefined.resize(size_t(stage) + 1, 0);
                f->dealStageProbability.resize(size_t(stage) + 1, 0);
                f->dealStageClosed.resize(size_t(stage) + 1, 0);
                f->dealStageWon.resize(size_t(stage) + 1, 0);
                f->dealStageForecast.resize(size_t(stage) + 1, quint8(ForecastCategory::Pipeline));
            }
            const bool closed = st.int64(11) != 0;
            const bool won = st.int64(12) != 0;
            double probability = 0;
            if (!st.isNull(7))
                probability = std::clamp(st.real(7), 0.0, 1.0);
            else if (size_t(stage) < f->dealStageProbability.size())
                probability = f->dealStageProbability[size_t(stage)];
            o.probability.push_back(probability);
            const auto forecast = forecastCode(st.textView(8));
            o.forecast.push_back(forecast ? *forecast
                                 : won    ? quint8(ForecastCategory::Closed)
                                 : closed ? quint8(ForecastCategory::Omitted)
                                          : quint8(ForecastCategory::Pipeline));
            o.createdAt.push_back(timeOf(st, 9));
            o.closeDay.push_back(isoJulianDay(st.textView(10)));
            o.closed.push_back(closed ? 1 : 0);
            o.won.push_back(won ? 1 : 0);
            o.sourcedBy.push_back(sourcedCode(st.textView(13)));
            const qint32 channel = channels.code(st.textView(14));
            // A deal's own lead source wins; without one it inherits the contact's original source.
            o.channel.push_back(channel != 0 ? channel : fromContact(c.channel));
            o.persona.push_back(fromContact(c.persona));
        }
    }
    f->finish();
    loadDealHistory(db, *f);
    // The latest instant of any timed fact: "now" for ageing and SLAs not yet due.
    f->asOf = span.lastInstant == DataSpan::kNone ? kNoTime : span.lastInstant;
    span.localDays(f->settings.calendar.timeZone, f->dataFrom, f->dataTo);
    if (f->dataFrom.isValid())
        f->hours = BusinessHours(f->settings.calendar, f->dataFrom.addDays(-7), f->dataTo.addDays(7));
    deriveContactFacts(*f);
    o.createdDay.reserve(o.createdAt.size());
    for (const qint64 t : o.createdAt)
        o.createdDay.push_back(t == kNoTime ? kNoDay : qint32(f->hours.localDay(t)));
    {
        Statement touches(db, "SELECT EXISTS (SELECT 1 FROM touchpoint)");
        f->presence.touchpoints = touches.step() && touches.int64(0) != 0;
    }
    assessRecords(*f);
    return f;
}

} // namespace revalign
