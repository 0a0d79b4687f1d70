#include "store/dealhistorywriter.h"

#include "store/importstore.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace revalign {

namespace {
// The columns every read of a state row takes, in this order (see readRow).
constexpr const char* kRowColumns =
    "s.id, s.valid_from, s.valid_to, s.origin, s.batch_id, s.stage, s.amount_cents, s.close_date, "
    "s.probability, s.forecast_category, s.owner_id, s.status";

// One order for every timeline, here and in FactStore's loader: by time; at the same instant imported
// history before a snapshot (the snapshot has the last word), stages in pipeline order (HubSpot gives
// stages a deal skipped the same "Date entered"), then by row id.
constexpr const char* kTimelineOrder =
    "s.valid_from %1, CASE s.origin WHEN 'history' THEN 0 ELSE 1 END %1, coalesce(d.position, 1000000) %1, "
    "s.id %1";

std::string timelineOrder(bool descending) {
    return QString::fromLatin1(kTimelineOrder)
        .arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC"))
        .toStdString();
}

std::optional<std::string> optText(const Statement& st, int column) {
    if (st.isNull(column))
        return std::nullopt;
    return std::string(st.textView(column));
}

void bindText(Statement& st, int index, const std::optional<std::string>& v) {
    if (v)
        st.bind(index, std::string_view(*v));
    else
        st.bindNull(index);
}

bool contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}
} // namespace

void DealFacts::overlay(const DealFacts& later) {
    if (later.stage)
        stage = later.stage;
    if (later.amountCents)
        amountCents = later.amountCents;
    if (later.closeDate)
        closeDate = later.closeDate;
    if (later.probability)
        probability = later.probability;
    if (later.forecast)
        forecast = later.forecast;
    if (later.owner)
        owner = later.owner;
    if (later.status)
        status = later.status;
}

QDateTime snapshotMoment(const QString& timeZone, const QDate& day, const QDateTime& now) {
    QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime end = QDateTime(day.addDays(1), QTime(0, 0), zone).addSecs(-1).toUTC();
    return std::min(end, now.toUTC());
}

std::string statusOfStageName(std::string_view stage) {
    std::string lower(stage);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    if (contains(lower, "won"))
        return "won";
    if (contains(lower, "lost"))
        return "lost";
    return "open";
}

struct DealHistoryWriter::Row {
    qint64 id = 0;
    qint64 validFrom = 0;
    std::optional<qint64> validTo;
    bool history = false;
    qint64 batch = 0;
    DealFacts facts;

    static Row read(const Statement& st) {
        Row r;
        r.id = st.int64(0);
        r.validFrom = st.int64(1);
        r.validTo = st.optInt64(2);
        r.history = st.textView(3) == "history";
        r.batch = st.isNull(4) ? 0 : st.int64(4);
        r.facts.stage = optText(st, 5);
        r.facts.amountCents = st.optInt64(6);
        r.facts.closeDate = optText(st, 7);
        r.facts.probability = st.optReal(8);
        r.facts.forecast = optText(st, 9);
        r.facts.owner = st.optInt64(10);
        r.facts.status = optText(st, 11);
        return r;
    }
};

struct DealHistoryWriter::Statements {
    explicit Statements(Database& db)
        : current(db, std::string("SELECT ") + kRowColumns +
                          " FROM deal_state s WHERE s.opportunity_id = ? AND s.valid_to IS NULL "
                          "ORDER BY s.valid_from DESC")
        , upTo(db, std::string("SELECT ") + kRowColumns +
                       " FROM deal_state s LEFT JOIN deal_stage d ON d.name = s.stage "
                       "WHERE s.opportunity_id = ? AND s.valid_from <= ? ORDER BY " +
                       timelineOrder(true))
        , after(db, std::string("SELECT ") + kRowColumns +
                        " FROM deal_state s LEFT JOIN deal_stage d ON d.name = s.stage "
                        "WHERE s.opportunity_id = ? AND s.valid_from > ? ORDER BY " +
                        timelineOrder(false) + " LIMIT 1")
        , moveBack(db, "UPDATE deal_state SET valid_from = ? WHERE id = ?")
        , timeline(db, "SELECT s.id, s.valid_from, s.valid_to, s.batch_id, s.origin FROM deal_state s "
                       "LEFT JOIN deal_stage d ON d.name = s.stage WHERE s.opportunity_id = ? ORDER BY " +
                           timelineOrder(false))
        , insert(db,
                 "INSERT INTO deal_state(opportunity_id, valid_from, valid_to, origin, stage, amount_cents, "
                 "close_date, probability, forecast_category, owner_id, status, source, source_id, "
                 "row_hash, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                 "?15)")
        , rewrite(db, "UPDATE deal_state SET opportunity_id = ?1, valid_from = ?2, stage = ?5, "
                      "amount_cents = ?6, close_date = ?7, probability = ?8, forecast_category = ?9, "
                      "owner_id = ?10, status = ?11, row_hash = ?14, batch_id = ?15 WHERE id = ?16")
        , validTo(db, "UPDATE deal_state SET valid_to = ? WHERE id = ?")
        , historyKey(db, "SELECT id, opportunity_id, coalesce(row_hash, 0), batch_id FROM deal_state "
                         "WHERE source = ? AND source_id = ?")
        , deal(db, "SELECT id FROM opportunity WHERE source = ? AND source_id = ?") {}
    Statement current;
    Statement upTo;
    Statement after;
    Statement moveBack;
    Statement timeline;
    Statement insert;
    Statement rewrite;
    Statement validTo;
    Statement historyKey;
    Statement deal;
};

DealHistoryWriter::DealHistoryWriter(Database& db, ImportStore& store, ImportBatchId batch, qint64 asOf,
                                     bool rowsMayBeOlder)
    : m_db(db)
    , m_store(store)
    , m_batch(batch)
    , m_asOf(asOf)
    , m_st(std::make_unique<Statements>(db)) {
    {
        Statement st(db,
                     "SELECT opportunity_id FROM deal_state WHERE valid_to IS NULL AND origin = 'history'");
        while (st.step())
            m_historyIsCurrent.insert(st.int64(0));
    }
    bool older = rowsMayBeOlder;
    if (!older) {
        Statement latest(db, "SELECT max(valid_from) FROM deal_state");
        older = latest.step() && !latest.isNull(0) && latest.int64(0) > asOf;
    }
    if (older) {
        // An export older than what the workspace holds: every row must learn whether its deal has moved
        // on since. One pass over the timeline index instead of a query per row.
        Statement st(db, "SELECT opportunity_id, max(valid_from) FROM deal_state GROUP BY opportunity_id");
        while (st.step())
            m_latest.emplace(st.int64(0), st.int64(1));
        m_latestLoaded = true;
    }
}

DealHistoryWriter::~DealHistoryWriter() = default;

bool DealHistoryWriter::hasLaterState(qint64 deal, qint64 at) const {
    if (!m_latestLoaded)
        return false;
    const auto it = m_latest.find(deal);
    return it != m_latest.end() && it->second > at;
}

void DealHistoryWriter::noteLatest(qint64 deal, qint64 at) {
    if (!m_latestLoaded)
        return;
    qint64& latest = m_latest.try_emplace(deal, at).first->second;
    latest = std::max(latest, at);
}

std::optional<DealHistoryWriter::Row> DealHistoryWriter::currentRow(qint64 deal) {
    Statement& st = m_st->current;
    st.bind(1, deal);
    std::optional<Row> row;
    if (st.step())
        row = Row::read(st);
    st.reset();
    return row;
}

std::optional<DealFacts> DealHistoryWriter::stateAt(qint64 deal, qint64 at, std::optional<Row>* atInstant) {
    // Latest entry first: a snapshot settles every field still open; a history row only those it states.
    enum : unsigned {
        Stage = 1,
        Amount = 2,
        Close = 4,
        Probability = 8,
        Forecast = 16,
        Owner = 32,
        Status = 64,
        All = 127
    };
    Statement& st = m_st->upTo;
    st.bind(1, deal).bind(2, at);
    DealFacts out;
    unsigned known = 0;
    bool any = false;
    while (known != All && st.step()) {
        const Row row = Row::read(st);
        if (!any && atInstant && row.validFrom == at && !row.history)
            *atInstant = row;
        any = true;
        const auto take = [&](unsigned bit, auto& field, const auto& value) {
            if (!(known & bit) && (!row.history || value)) {
                field = value;
                known |= bit;
            }
        };
        take(Stage, out.stage, row.facts.stage);
        take(Amount, out.amountCents, row.facts.amountCents);
        take(Close, out.closeDate, row.facts.closeDate);
        take(Probability, out.probability, row.facts.probability);
        take(Forecast, out.forecast, row.facts.forecast);
        take(Owner, out.owner, row.facts.owner);
        take(Status, out.status, row.facts.status);
    }
    st.reset();
    if (!any)
        return std::nullopt;
    return out;
}

std::optional<DealHistoryWriter::Row> DealHistoryWriter::nextRow(qint64 deal, qint64 at) {
    Statement& st = m_st->after;
    st.bind(1, deal).bind(2, at);
    std::optional<Row> row;
    if (st.step())
        row = Row::read(st);
    st.reset();
    return row;
}

void DealHistoryWriter::insert(qint64 deal, const DealFacts& f, qint64 from, std::optional<qint64> to,
                               bool history, std::string_view source, std::string_view sourceId,
                               qint64 rowHash) {
    Statement& st = m_st->insert;
    st.bind(1, deal).bind(2, from).bind(3, to);
    st.bind(4, std::string_view(history ? "history" : "snapshot"));
    bindText(st, 5, f.stage);
    st.bind(6, f.amountCents);
    bindText(st, 7, f.closeDate);
    st.bind(8, f.probability);
    bindText(st, 9, f.forecast);
    st.bind(10, f.owner);
    bindText(st, 11, f.status);
    if (history) {
        st.bind(12, source).bind(13, sourceId).bind(14, rowHash);
    } else {
        st.bindNull(12).bindNull(13).bindNull(14);
    }
    st.bind(15, m_batch.value());
    st.run();
}

void DealHistoryWriter::rewrite(qint64 deal, const Row& row, const DealFacts& f) {
    if (row.batch != m_batch.value())
        m_store.rememberBefore(m_batch, "deal_state", row.id);
    // Fields only: a snapshot rewritten keeps its place in the timeline.
    Statement& st = m_st->rewrite;
    st.bind(1, deal).bind(2, row.validFrom);
    bindText(st, 5, f.stage);
    st.bind(6, f.amountCents);
    bindText(st, 7, f.closeDate);
    st.bind(8, f.probability);
    bindText(st, 9, f.forecast);
    st.bind(10, f.owner);
    bindText(st, 11, f.status);
    st.bindNull(14);
    st.bind(15, m_batch.value());
    st.bind(16, row.id);
    st.run();
}

void DealHistoryWriter::setValidTo(qint64 rowId, qint64 rowBatch, std::optional<qint64> to) {
    if (rowBatch != m_batch.value())
        m_store.rememberBefore(m_batch, "deal_state", rowId);
    m_st->validTo.bind(1, to).bind(2, rowId).run();
}

bool DealHistoryWriter::snapshot(qint64 deal, const DealFacts& stated, qint64 at, bool newDeal) {
    const std::optional<Row> current = newDeal ? std::nullopt : currentRow(deal);
    if (newDeal || (!current && !stateAt(deal, std::numeric_limits<qint64>::max(), nullptr))) {
        DealFacts s;
        s.overlay(stated);
        if (!s.status)
            s.status = "open";
        insert(deal, s, at, std::nullopt, false, {}, {}, 0);
        noteLatest(deal, at);
        m_historyIsCurrent.erase(deal);
        return true;
    }
    if (current && (current->validFrom < at || (current->validFrom == at && current->history))) {
        // The usual weekly import: the export is newer than anything the deal has. A change closes the
        // current row and opens the next.
        const DealFacts before = current->history ? *stateAt(deal, at, nullptr) : current->facts;
        DealFacts s = before;
        s.overlay(stated);
        if (s == before)
            return false;
        setValidTo(current->id, current->batch, at);
        insert(deal, s, at, std::nullopt, false, {}, {}, 0);
        noteLatest(deal, at);
        m_historyIsCurrent.erase(deal);
        return true;
    }
    // Out of order: an older export (or a second file of the same moment) goes into the timeline where it
    // belongs; valid_to values are re-chained in finish().
    std::optional<Row> same;
    const std::optional<DealFacts> before = stateAt(deal, at, &same);
    DealFacts s = before.value_or(DealFacts{});
    s.overlay(stated);
    if (!s.status)
        s.status = "open";
    if (before && s == *before)
        return false;
    if (same) {
        rewrite(deal, *same, s); // a snapshot of this very moment: the later-imported file corrects it
    } else if (std::optional<Row> next = nextRow(deal, at); next && !next->history && next->facts == s) {
        // The next snapshot says the same: the state held from this earlier moment on. Moving that row back
        // (rather than adding a copy) keeps "changes only", so the timeline does not depend on the order the
        // exports were imported in.
        if (next->batch != m_batch.value())
            m_store.rememberBefore(m_batch, "deal_state", next->id);
        m_st->moveBack.bind(1, at).bind(2, next->id).run();
    } else {
        insert(deal, s, at, at, false, {}, {}, 0);
    }
    m_relink.insert(deal);
    noteLatest(deal, at);
    return true;
}

DealHistoryWriter::Change DealHistoryWriter::history(qint64 deal, const DealFacts& stated, qint64 at,
                                                     std::string_view source, std::string_view sourceId,
                                                     qint64 rowHash) {
    Statement& key = m_st->historyKey;
    key.bind(1, source).bind(2, sourceId);
    struct Existing {
        qint64 id;
        qint64 deal;
        qint64 rowHash;
        qint64 batch;
    };
    std::optional<Existing> found;
    if (key.step())
        found = Existing{key.int64(0), key.int64(1), key.int64(2), key.isNull(3) ? 0 : key.int64(3)};
    key.reset();
    if (!found) {
        // valid_to = valid_from until finish() chains the timeline: never two current rows meanwhile.
        insert(deal, stated, at, at, true, source, sourceId, rowHash);
        m_relink.insert(deal);
        noteLatest(deal, at);
        return Change::Added;
    }
    if (found->rowHash == rowHash)
        return Change::None;
    if (found->batch != m_batch.value())
        m_store.rememberBefore(m_batch, "deal_state", found->id);
    Statement& st = m_st->rewrite;
    st.bind(1, deal).bind(2, at);
    bindText(st, 5, stated.stage);
    st.bind(6, stated.amountCents);
    bindText(st, 7, stated.closeDate);
    st.bind(8, stated.probability);
    bindText(st, 9, stated.forecast);
    st.bind(10, stated.owner);
    bindText(st, 11, stated.status);
    st.bind(14, rowHash);
    st.bind(15, m_batch.value());
    st.bind(16, found->id);
    st.run();
    m_relink.insert(deal);
    m_relink.insert(found->deal);
    noteLatest(deal, at);
    return Change::Updated;
}

std::optional<qint64> DealHistoryWriter::deal(std::string_view source, std::string_view sourceId) {
    const std::string key = std::string(source) + '\x1f' + std::string(sourceId);
    const auto cached = m_deals.find(key);
    if (cached != m_deals.end())
        return cached->second;
    Statement& st = m_st->deal;
    st.bind(1, source).bind(2, sourceId);
    const std::optional<qint64> id = st.step() ? std::optional<qint64>(st.int64(0)) : std::nullopt;
    st.reset();
    m_deals.emplace(key, id);
    return id;
}

void DealHistoryWriter::relink(qint64 deal) {
    struct Link {
        qint64 id;
        qint64 from;
        std::optional<qint64> to;
        qint64 batch;
        bool history;
    };
    std::vector<Link> links;
    Statement& st = m_st->timeline;
    st.bind(1, deal);
    while (st.step())
        links.push_back({st.int64(0), st.int64(1), st.optInt64(2), st.isNull(3) ? 0 : st.int64(3),
                         st.textView(4) == "history"});
    st.reset();
    for (size_t i = 0; i < links.size(); ++i) {
        const std::optional<qint64> want =
            i + 1 < links.size() ? std::optional<qint64>(links[i + 1].from) : std::nullopt;
        if (links[i].to != want)
            setValidTo(links[i].id, links[i].batch, want);
    }
    if (!links.empty() && links.back().history)
        m_historyIsCurrent.insert(deal);
    else
        m_historyIsCurrent.erase(deal);
}

void DealHistoryWriter::finish() {
    std::vector<qint64> deals(m_relink.begin(), m_relink.end());
    std::sort(deals.begin(), deals.end());
    for (const qint64 deal : deals)
        relink(deal);
    m_relink.clear();
}

} // namespace revalign
