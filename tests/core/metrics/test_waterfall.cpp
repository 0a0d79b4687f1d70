// The pipeline waterfall, hand-computed: every bucket, every overlap rule, slipped and stalled deals, the
// forecast-category flow, the MQL backlog and the n/a cases. Deal states are written as deal_state rows
// (what imports write) and loaded the way the app loads them.
#include "metricsfixture.h"

#include "metrics/waterfall.h"
#include "store/database.h"

using namespace revalign;
using namespace revalign::test;

namespace {
struct State {
    const char* at;    // UTC "YYYY-MM-DDTHH:MM"
    const char* stage; // nullptr: not stated (history rows)
    std::optional<qint64> cents;
    const char* close;
    const char* status; // open / won / lost; nullptr: not stated
    qint64 owner = 0;
    const char* forecast = nullptr;
    bool history = false;
};

// Snapshots on Friday 1 and Friday 8 March 2024; the waterfall runs from the end of Sunday 3 March to the
// end of Sunday 10 March over the first quarter's close dates.
constexpr const char* kS1 = "2024-03-01T12:00";
constexpr const char* kS2 = "2024-03-08T12:00";

class Deals {
public:
    Deals()
        : m_sam(m_fx.owner("Sam Seller", "sales"))
        , m_olu(m_fx.owner("Olu Owner", "sales")) {}

    qint64 sam() const { return m_sam; }
    qint64 olu() const { return m_olu; }
    MetricsFixture& fixture() { return m_fx; }

    // A deal as it is now (its last state) and its recorded states.
    qint64 deal(const char* name, std::vector<State> states, const char* created = "2024-01-02T09:00") {
        const State& last = states.back();
        OpportunitySpec o;
        o.amountCents = last.cents.value_or(0);
        o.created = created;
        o.closeDate = last.close;
        o.closed = last.status && std::string_view(last.status) != "open";
        o.won = last.status && std::string_view(last.status) == "won";
        o.stage = QString::fromLatin1(last.stage ? last.stage : "Prospecting");
        o.owner = last.owner ? last.owner : m_sam;
        const qint64 id = m_fx.opportunity(o);
        Statement named(m_fx.workspace().db(), "UPDATE opportunity SET name = ?, source_id = ? WHERE id = ?");
        named.bind(1, std::string_view(name)).bind(2, std::string_view(name)).bind(3, id).run();
        Statement st(
            m_fx.workspace().db(),
            "INSERT INTO deal_state(opportunity_id, valid_from, origin, stage, amount_cents, close_date, "
            "status, owner_id, forecast_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const State& s : states) {
            st.bind(1, id).bind(2, utc(s.at)).bind(3, std::string_view(s.history ? "history" : "snapshot"));
            s.stage ? st.bind(4, std::string_view(s.stage)) : st.bindNull(4);
            st.bind(5, s.cents);
            s.close ? st.bind(6, std::string_view(s.close)) : st.bindNull(6);
            s.status ? st.bind(7, std::string_view(s.status)) : st.bindNull(7);
            const qint64 owner = s.owner ? s.owner : (s.history ? 0 : m_sam);
            owner ? st.bind(8, owner) : st.bindNull(8);
            s.forecast ? st.bind(9, std::string_view(s.forecast)) : st.bindNull(9);
            st.run();
        }
        return id;
    }
    FactSnapshot load() { return m_fx.load(); }

private:
    MetricsFixture m_fx;
    qint64 m_sam, m_olu;
};

WaterfallQuery q1(const FactTable& f) {
    WaterfallQuery q;
    q.from = endOfDay(f, QDate(2024, 3, 3));
    q.to = endOfDay(f, QDate(2024, 3, 10));
    q.window = {QDate(2024, 1, 1), QDate(2024, 3, 31)};
    return q;
}

std::vector<WaterfallBucket> bucketsOf(const Waterfall& w, const QString& name) {
    std::vector<WaterfallBucket> out;
    for (const WaterfallChange& c : w.changes)
        if (c.name == name)
            out.push_back(c.bucket);
    return out;
}

void setName(MetricsFixture& fx, qint64 id, const char* name) {
    Statement st(fx.workspace().db(), "UPDATE opportunity SET name = ?, source_id = ? WHERE id = ?");
    st.bind(1, std::string_view(name)).bind(2, std::string_view(name)).bind(3, id).run();
}
} // namespace

TEST_CASE("waterfall: every bucket and every overlap rule, to the cent") {
    Deals d;
    using B = WaterfallBucket;
    MetricsFixture& fx = d.fixture();
    // name: state at the first snapshot -> state at the second (amounts in currency units)
    setName(fx,
            d.deal("steady", {{kS1, "Prospecting", 100000, "2024-03-20", "open"},
                              {kS2, "Prospecting", 100000, "2024-03-20", "open", d.olu()}}),
            "steady"); // 1,000 both times; its owner moved to Olu
    setName(fx,
            d.deal("grown", {{kS1, "Qualification", 200000, "2024-03-15", "open", 0, "pipeline"},
                             {kS2, "Negotiation/Review", 250000, "2024-03-15", "open", 0, "commit"}}),
            "grown"); // 2,000 -> 2,500: increased 500
    setName(fx,
            d.deal("shrunk", {{kS1, "Qualification", 300000, "2024-03-15", "open"},
                              {kS2, "Qualification", 180000, "2024-03-15", "open"}}),
            "shrunk"); // 3,000 -> 1,800: decreased 1,200
    setName(fx,
            d.deal("pushed", {{kS1, "Qualification", 400000, "2024-03-25", "open"},
                              {kS2, "Qualification", 400000, "2024-04-20", "open"}}),
            "pushed"); // pushed out 4,000 (26 days)
    setName(fx,
            d.deal("pulled", {{kS1, "Qualification", 500000, "2024-04-10", "open"},
                              {kS2, "Qualification", 500000, "2024-03-29", "open"}}),
            "pulled"); // pulled in 5,000
    setName(fx, d.deal("new", {{kS2, "Prospecting", 60000, "2024-03-30", "open"}}, "2024-03-05T10:00"),
            "new"); // new 600
    setName(fx,
            d.deal("won", {{kS1, "Negotiation/Review", 700000, "2024-03-28", "open"},
                           {kS2, "Closed Won", 700000, "2024-03-05", "won"}}),
            "won"); // won 7,000
    setName(fx,
            d.deal("lost", {{kS1, "Prospecting", 80000, "2024-03-18", "open"},
                            {kS2, "Closed Lost", 80000, "2024-03-18", "lost"}}),
            "lost"); // lost 800
    // Overlaps: one change each, in the order entry, amount, exit.
    setName(fx,
            d.deal("pulled+grown", {{kS1, "Qualification", 90000, "2024-04-05", "open"},
                                    {kS2, "Qualification", 120000, "2024-03-20", "open"}}),
            "pulled+grown"); // pulled in 900, increased 300
    setName(fx,
            d.deal("grown+won", {{kS1, "Qualification", 100000, "2024-03-29", "open"},
                                 {kS2, "Closed Won", 150000, "2024-03-07", "won"}}),
            "grown+won"); // increased 500, won 1,500
    setName(fx,
            d.deal("pushed+shrunk", {{kS1, "Qualification", 200000, "2024-03-30", "open"},
                                     {kS2, "Qualification", 100000, "2024-05-01", "open"}}),
            "pushed+shrunk"); // decreased 1,000, pushed out 1,000 (32 days)
    setName(fx, d.deal("new+won", {{kS2, "Closed Won", 40000, "2024-03-09", "won"}}, "2024-03-06T10:00"),
            "new+won"); // new 400, won 400
    setName(fx,
            d.deal("pulled+won", {{kS1, "Qualification", 30000, "2024-04-30", "open"},
                                  {kS2, "Closed Won", 30000, "2024-03-06", "won"}}),
            "pulled+won"); // pulled in 300, won 300
    setName(fx,
            d.deal("lost-outside", {{kS1, "Qualification", 70000, "2024-03-15", "open"},
                                    {kS2, "Closed Lost", 70000, "2024-04-02", "lost"}}),
            "lost-outside"); // lost 700 although its close date left the window
    setName(fx,
            d.deal("reopened", {{kS1, "Closed Lost", 65000, "2024-03-02", "lost"},
                                {kS2, "Qualification", 65000, "2024-03-25", "open"}}),
            "reopened"); // new 650 (reopened)
    // Not in the waterfall at all:
    setName(fx,
            d.deal("outside", {{kS1, "Qualification", 1000000, "2024-05-01", "open"},
                               {kS2, "Qualification", 1000000, "2024-05-15", "open"}}),
            "outside");
    setName(fx,
            d.deal("closed-before", {{kS1, "Closed Won", 990000, "2024-02-20", "won"},
                                     {kS2, "Closed Won", 990000, "2024-02-20", "won"}}),
            "closed-before");
    setName(fx,
            d.deal("after-b", {{"2024-03-15T12:00", "Prospecting", 880000, "2024-03-30", "open"}},
                   "2024-03-14T10:00"),
            "after-b");

    const FactSnapshot f = d.load();
    const Waterfall w = computeWaterfall(*f, q1(*f));
    REQUIRE(w.available);
    // Start (open, closing in Q1 at A): steady 1,000 + grown 2,000 + shrunk 3,000 + pushed 4,000 + won 7,000
    //   + lost 800 + grown+won 1,000 + pushed+shrunk 2,000 + lost-outside 700 = 21,500
    CHECK(w.startCents == 2'150'000);
    CHECK(w.startDeals == 9);
    // New: new 600 + new+won 400 + reopened 650 = 1,650
    CHECK(w.magnitude(B::New) == 165'000);
    // Pulled in: pulled 5,000 + pulled+grown 900 + pulled+won 300 = 6,200
    CHECK(w.magnitude(B::PulledIn) == 620'000);
    // Increased: grown 500 + pulled+grown 300 + grown+won 500 = 1,300
    CHECK(w.magnitude(B::Increased) == 130'000);
    // Decreased: shrunk 1,200 + pushed+shrunk 1,000 = 2,200
    CHECK(w.magnitude(B::Decreased) == 220'000);
    // Pushed out: pushed 4,000 + pushed+shrunk 1,000 (at its amount at B) = 5,000
    CHECK(w.magnitude(B::PushedOut) == 500'000);
    // Won: won 7,000 + grown+won 1,500 + new+won 400 + pulled+won 300 = 9,200
    CHECK(w.magnitude(B::Won) == 920'000);
    // Lost: lost 800 + lost-outside 700 = 1,500
    CHECK(w.magnitude(B::Lost) == 150'000);
    // End (open in Q1 at B): steady 1,000 + grown 2,500 + shrunk 1,800 + pulled 5,000 + new 600
    //   + pulled+grown 1,200 + reopened 650 = 12,750 = 21,500 + 1,650 + 6,200 + 1,300 − 2,200 − 5,000 − 9,200
    //   − 1,500
    CHECK(w.endCents == 1'275'000);
    CHECK(w.endDeals == 7);
    CHECK(w.reconciled() == w.endCents);

    CHECK(bucketsOf(w, QStringLiteral("pulled+grown")) == std::vector<B>{B::PulledIn, B::Increased});
    CHECK(bucketsOf(w, QStringLiteral("grown+won")) == std::vector<B>{B::Increased, B::Won});
    CHECK(bucketsOf(w, QStringLiteral("pushed+shrunk")) == std::vector<B>{B::Decreased, B::PushedOut});
    CHECK(bucketsOf(w, QStringLiteral("new+won")) == std::vector<B>{B::New, B::Won});
    CHECK(bucketsOf(w, QStringLiteral("pulled+won")) == std::vector<B>{B::PulledIn, B::Won});
    CHECK(bucketsOf(w, QStringLiteral("lost-outside")) == std::vector<B>{B::Lost});
    CHECK(bucketsOf(w, QStringLiteral("reopened")) == std::vector<B>{B::New});
    CHECK(bucketsOf(w, QStringLiteral("steady")).empty());
    CHECK(bucketsOf(w, QStringLiteral("outside")).empty());
    CHECK(bucketsOf(w, QStringLiteral("closed-before")).empty());
    CHECK(bucketsOf(w, QStringLiteral("after-b")).empty());
    // Every bar lists its deals, and they add up to the bar.
    std::array<qint64, kWaterfallBuckets> sums{};
    for (const WaterfallChange& c : w.changes)
        sums[size_t(c.bucket)] += c.deltaCents;
    CHECK(sums == w.bucketCents);

    // Ownership and forecast moves are a table apart.
    REQUIRE(w.ownerMoves.size() == 1);
    CHECK(w.ownerMoves[0].name == u"steady");
    CHECK(w.ownerMoves[0].from == u"Sam Seller");
    CHECK(w.ownerMoves[0].to == u"Olu Owner");
    const int pipeline = int(ForecastCategory::Pipeline) + 1, commit = int(ForecastCategory::Commit) + 1;
    CHECK(w.forecastFlow.deals[size_t(pipeline)][size_t(commit)] == 1);
    CHECK(w.forecastFlow.cents[size_t(pipeline)][size_t(commit)] == 250'000);

    // Slipped: pushed+shrunk by 32 days (30 March -> 1 May), pushed by 26 (25 March -> 20 April); "outside"
    // was pushed too but is not in this window's story.
    REQUIRE(w.slipped.size() == 2);
    CHECK(w.slipped[0].name == u"pushed+shrunk");
    CHECK(w.slipped[0].daysPushed == 32);
    CHECK(w.slipped[1].name == u"pushed");
    CHECK(w.slipped[1].daysPushed == 26);
    CHECK(w.slipped[1].pushes == 1);
}

TEST_CASE("waterfall: a deal pushed twice counts its pushes and days, stalled deals by their stage's days") {
    Deals d;
    MetricsFixture& fx = d.fixture();
    // Entered Prospecting on 1 February (imported history), still there at B (10 March): 39 days > 14.
    setName(
        fx,
        d.deal("stuck", {{"2024-02-01T09:00", "Prospecting", std::nullopt, nullptr, "open", 0, nullptr, true},
                         {kS1, "Prospecting", 100000, "2024-03-20", "open"},
                         {kS2, "Prospecting", 100000, "2024-03-20", "open"}}),
        "stuck");
    // Only snapshots: in Negotiation since at least 1 March; 9 days is within its 14.
    setName(fx,
            d.deal("fresh", {{kS1, "Negotiation/Review", 100000, "2024-03-20", "open"},
                             {kS2, "Negotiation/Review", 100000, "2024-03-22", "open"}}),
            "fresh");
    // Pushed on 15 Feb (history) and again at the second snapshot: two pushes, 10 + 5 days.
    setName(fx,
            d.deal("slipping",
                   {{"2024-02-01T09:00", "Qualification", 50000, "2024-03-05", "open", 0, nullptr, true},
                    {"2024-02-15T09:00", nullptr, std::nullopt, "2024-03-15", nullptr, 0, nullptr, true},
                    {kS1, "Qualification", 50000, "2024-03-15", "open"},
                    {kS2, "Needs Analysis", 50000, "2024-03-20", "open"}}),
            "slipping");
    const FactSnapshot f = d.load();
    const Waterfall w = computeWaterfall(*f, q1(*f));
    REQUIRE(w.available);
    REQUIRE(w.stalled.size() == 1);
    CHECK(w.stalled[0].name == u"stuck");
    // (end of 10 March − 1 February 09:00) = 38 days 14:59:59 -> 38 whole days
    CHECK(w.stalled[0].daysInStage == 38);
    CHECK(w.stalled[0].expectedDays == 14);
    CHECK_FALSE(w.stalled[0].atLeast);
    CHECK(w.stalled[0].since == QDate(2024, 2, 1));
    const auto slipping = std::find_if(w.slipped.begin(), w.slipped.end(),
                                       [](const SlippedDeal& s) { return s.name == u"slipping"; });
    REQUIRE(slipping != w.slipped.end());
    CHECK(slipping->pushes == 2);
    CHECK(slipping->pushesInPeriod == 1);
    CHECK(slipping->daysPushed == 15); // 5 March -> 15 March -> 20 March
    CHECK(slipping->firstClose == QDate(2024, 3, 5));
    // The history row of 15 February stated the close date only: stage and amount carried over.
}

TEST_CASE("waterfall: stage-to-stage time from history") {
    Deals d;
    MetricsFixture& fx = d.fixture();
    // Prospecting for 10 days, then Qualification for 4 days, then won.
    setName(
        fx,
        d.deal("a", {{"2024-02-01T00:00", "Prospecting", 1000, "2024-03-20", "open", 0, nullptr, true},
                     {"2024-02-11T00:00", "Qualification", std::nullopt, nullptr, "open", 0, nullptr, true},
                     {"2024-02-15T00:00", "Closed Won", std::nullopt, nullptr, "won", 0, nullptr, true},
                     {kS1, "Closed Won", 1000, "2024-02-15", "won"}}),
        "a");
    // Prospecting for 20 days, then lost.
    setName(fx,
            d.deal("b", {{"2024-02-01T00:00", "Prospecting", 1000, "2024-03-20", "open", 0, nullptr, true},
                         {"2024-02-21T00:00", "Closed Lost", std::nullopt, nullptr, "lost", 0, nullptr, true},
                         {kS1, "Closed Lost", 1000, "2024-02-21", "lost"}}),
            "b");
    // Its first record is a snapshot: how long it was in Qualification before is unknown, not counted.
    setName(fx,
            d.deal("c", {{kS1, "Qualification", 1000, "2024-03-20", "open"},
                         {kS2, "Negotiation/Review", 1000, "2024-03-20", "open"}}),
            "c");
    const FactSnapshot f = d.load();
    const Waterfall w = computeWaterfall(*f, q1(*f));
    REQUIRE(w.stageTimes.size() == 2);
    CHECK(w.stageTimes[0].stage == u"Prospecting");
    CHECK(w.stageTimes[0].stays == 2);
    CHECK(w.stageTimes[0].medianDays == Approx(15.0)); // (10 + 20) / 2
    CHECK(w.stageTimes[1].stage == u"Qualification");
    CHECK(w.stageTimes[1].stays == 1);
    CHECK(w.stageTimes[1].meanDays == Approx(4.0));
}

TEST_CASE("waterfall: n/a with the reason when the history cannot support it, never zeros") {
    SECTION("no deal history at all") {
        MetricsFixture fx;
        const FactSnapshot f = fx.load();
        const Waterfall w = computeWaterfall(*f, {});
        CHECK_FALSE(w.available);
        CHECK(w.reason.contains(QStringLiteral("no deal history")));
    }
    SECTION("history only after A") {
        Deals d;
        d.deal("x", {{kS2, "Prospecting", 1000, "2024-03-20", "open"}});
        const FactSnapshot f = d.load();
        const Waterfall w = computeWaterfall(*f, q1(*f));
        CHECK_FALSE(w.available);
        CHECK(w.reason.contains(QStringLiteral("starts on 2024-03-08, after 2024-03-03")));
    }
}

TEST_CASE("waterfall: defaults are the sync week before the latest snapshot and its quarter") {
    Deals d;
    d.deal("x", {{kS1, "Prospecting", 1000, "2024-03-20", "open"},
                 {kS2, "Prospecting", 2000, "2024-03-20", "open"}});
    const FactSnapshot f = d.load();
    const WaterfallQuery q = resolvedWaterfallQuery(*f, {});
    CHECK(q.to == utc(kS2));
    // Friday 8 March's week began on Monday 4 March: A is the last second of Sunday 3 March.
    CHECK(q.from == utc("2024-03-04T00:00") - 1);
    CHECK(q.window == DateRange{QDate(2024, 1, 1), QDate(2024, 3, 31)});
    const Waterfall w = computeWaterfall(*f, {});
    CHECK(w.magnitude(WaterfallBucket::Increased) == 1000);
}

TEST_CASE("waterfall: filters keep the deals as they are now, the breakdown adds up to the whole") {
    Deals d;
    d.deal("s1", {{kS1, "Prospecting", 1000, "2024-03-20", "open"},
                  {kS2, "Prospecting", 3000, "2024-03-20", "open"}});
    d.deal("o1", {{kS1, "Prospecting", 5000, "2024-03-20", "open", d.olu()},
                  {kS2, "Closed Won", 5000, "2024-03-09", "won", d.olu()}});
    const FactSnapshot f = d.load();
    WaterfallQuery q = q1(*f);
    q.filters.owners = QStringList{QStringLiteral("Olu Owner")};
    const Waterfall olu = computeWaterfall(*f, q);
    CHECK(olu.startCents == 5000);
    CHECK(olu.magnitude(WaterfallBucket::Won) == 5000);
    CHECK(olu.endCents == 0);
    const auto rows = waterfallBreakdown(*f, q1(*f), Dimension::Owner);
    REQUIRE(rows.size() == 2);
    qint64 start = 0, end = 0;
    for (const WaterfallRow& r : rows) {
        start += r.startCents;
        end += r.endCents;
    }
    const Waterfall all = computeWaterfall(*f, q1(*f));
    CHECK(start == all.startCents);
    CHECK(end == all.endCents);
    q.filters.owners = QStringList{QStringLiteral("Nobody")};
    CHECK_THROWS_AS(computeWaterfall(*f, q), Error);
}

TEST_CASE("waterfall: the MQL backlog from MQL times and handoff decisions") {
    MetricsFixture fx;
    const auto mql = [&](const char* at, const char* handoff, const char* decided) {
        ContactSpec c;
        c.created = "2024-01-10T09:00";
        c.handoff = handoff;
        c.decided = decided;
        c.stages[QStringLiteral("mql")] = at;
        fx.contact(c);
    };
    mql("2024-02-20T09:00", "pending", nullptr);             // pending at A and at B
    mql("2024-02-25T09:00", "accepted", "2024-03-05T10:00"); // pending at A, accepted in the period
    mql("2024-03-05T09:00", "rejected", "2024-03-07T10:00"); // new, rejected in the period
    mql("2024-03-06T09:00", "pending", nullptr);             // new, pending at B
    mql("2024-02-01T09:00", "accepted", "2024-02-10T10:00"); // decided before A: in neither
    mql("2024-02-15T09:00", "rejected", nullptr);            // undated: answered when it became MQL, before A
    mql("2024-03-06T12:00", "rejected", nullptr); // undated in the period: new and rejected at once
    const FactSnapshot f = fx.load();
    const MqlBacklogChange m =
        computeMqlBacklogChange(*f, {}, endOfDay(*f, QDate(2024, 3, 3)), endOfDay(*f, QDate(2024, 3, 10)));
    REQUIRE(m.available);
    CHECK(m.pendingBefore == 2);
    CHECK(m.newMqls == 3);
    CHECK(m.accepted == 1);
    CHECK(m.rejected == 2);
    CHECK(m.pendingAfter == 2); // 2 + 3 − 1 − 2
    CHECK(m.undated == 2);
}
