// attribution_bench: all eight attribution models over ~5,000,000 touchpoints, timed per model, against a
// baseline measured in the same run on the same columns.
//
//   attribution_bench                  synthetic journeys in memory: 1,000,000 contacts × 5 touches, one
//                                      opportunity each (every touch sits in a credited journey)
//   attribution_bench WORKSPACE        a real workspace (e.g. `revalign-cli demo WS --contacts 1000000`):
//                                      loads it with JourneyStore, then the same runs; adds the sqlite3
//                                      baseline of first-touch attribution in plain SQL on the same file
//
// Baseline "hand-written last touch": one loop over the same columns that finds each deal's last touch
// before its creation and adds the amount to that touch's channel — the least work any model can do, so
// the ratio says what the model machinery (weights, exact-cent splits) costs on top.
#include "metrics/attribution.h"
#include "store/database.h"
#include "store/journeystore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <cstdio>

#include <algorithm>
#include <random>

using namespace revalign;

namespace {
constexpr qint64 kDay = 86400;

JourneySnapshot synthetic(qint64 contacts, int touchesPerContact) {
    std::mt19937_64 rng(42);
    const QStringList channels{QStringLiteral("paid"),     QStringLiteral("organic"),
                               QStringLiteral("email"),    QStringLiteral("events"),
                               QStringLiteral("social"),   QStringLiteral("referral"),
                               QStringLiteral("outbound"), QStringLiteral("partner")};
    QStringList campaigns;
    for (int i = 0; i < 200; ++i)
        campaigns << QStringLiteral("Campaign %1").arg(i);
    JourneyBuilder b;
    const qint64 t0 = 1'700'000'000;
    for (qint64 c = 1; c <= contacts; ++c) {
        const qint64 start = t0 + qint64(rng() % (365 * kDay));
        const qint32 row =
            b.addContact(c, start + qint64(rng() % (3 * kDay)), QStringLiteral("Persona %1").arg(rng() % 6));
        qint64 at = start;
        for (int i = 0; i < touchesPerContact; ++i) {
            at += qint64(rng() % (9 * kDay));
            b.addTouch(row, at, channels[qsizetype(rng() % 8)], campaigns[qsizetype(rng() % 200)],
                       QStringLiteral("web_visit"), rng() % 3 ? TouchTeam::Marketing : TouchTeam::Sales);
        }
        const qint64 created = at - qint64(rng() % (10 * kDay)); // some touches come after creation
        const bool won = rng() % 3 == 0;
        b.addOpportunity(c, row, created, qint64(rng() % 10'000'000) + 100,
                         won ? DealOutcome::Won : DealOutcome::Lost, utcDayOf(created) + qint32(rng() % 60));
    }
    return b.finish();
}

double baselineLastTouch(const JourneyTable& t, std::vector<qint64>& perChannel) {
    QElapsedTimer timer;
    timer.start();
    perChannel.assign(size_t(t.channels.size()) + 1, 0);
    for (size_t o = 0; o < t.oppId.size(); ++o) {
        const qint32 row = t.oppContact[o];
        if (row < 0 || t.oppCreatedAt[o] == kNoJourneyTime) {
            perChannel.back() += t.oppAmount[o];
            continue;
        }
        const auto begin = t.touchAt.begin() + t.touchBegin[size_t(row)];
        const auto end = t.touchAt.begin() + t.touchBegin[size_t(row) + 1];
        const auto cut = std::upper_bound(begin, end, t.oppCreatedAt[o]);
        if (cut == begin)
            perChannel.back() += t.oppAmount[o];
        else
            perChannel[size_t(t.touchChannel[size_t(cut - t.touchAt.begin() - 1)])] += t.oppAmount[o];
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double sqliteFirstTouch(const QString& path, qint64& rows) {
    Database db(path, Database::Mode::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    // First-touch pipeline by channel in plain SQL: each opportunity's earliest touch at or before its
    // creation (ties: lowest id), grouped by that touch's channel.
    Statement st(
        db, "SELECT coalesce(t.channel, ''), sum(o.amount_cents) FROM opportunity o "
            "JOIN touchpoint t ON t.id = (SELECT t2.id FROM touchpoint t2 WHERE t2.contact_id = o.contact_id "
            "AND t2.occurred_at <= o.created_at ORDER BY t2.occurred_at, t2.id LIMIT 1) "
            "GROUP BY 1");
    rows = 0;
    while (st.step())
        ++rows;
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

namespace {
int run(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    QElapsedTimer timer;
    timer.start();
    JourneySnapshot t;
    if (args.isEmpty()) {
        t = synthetic(1'000'000, 5);
        out << "synthetic journeys built in " << timer.elapsed() << " ms\n";
    } else {
        Workspace ws = Workspace::open(args.first());
        t = JourneyStore(ws).load();
        out << "loaded " << args.first() << " with JourneyStore in " << timer.elapsed() << " ms\n";
    }
    out << t->contactCount() << " contacts, " << t->touchCount() << " touchpoints, " << t->opportunityCount()
        << " opportunities\n";

    std::vector<qint64> perChannel;
    double baseline = baselineLastTouch(*t, perChannel);
    baseline = std::min(baseline, baselineLastTouch(*t, perChannel)); // best of two, like the models
    out << "baseline (hand-written last touch, one pass): " << QString::number(baseline, 'f', 1) << " ms\n";

    for (const AttributionMetric metric : {AttributionMetric::Pipeline, AttributionMetric::Revenue}) {
        double total = 0;
        out << "metric " << toKey(metric) << " by channel:\n";
        for (const AttributionModel model : allAttributionModels()) {
            AttributionQuery q;
            q.model = model;
            q.metric = metric;
            double best = 1e300;
            qint64 credited = 0;
            for (int run = 0; run < 2; ++run) {
                timer.restart();
                const AttributionResult r = attribute(*t, q);
                best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
                credited = r.total;
            }
            total += best;
            out << "  " << qSetFieldWidth(8) << Qt::left << toKey(model) << qSetFieldWidth(0)
                << QString::number(best, 'f', 1) << " ms  (" << QString::number(best / baseline, 'f', 2)
                << "× baseline)  total " << credited << " cents\n";
        }
        out << "  all 8 models one after another: " << QString::number(total, 'f', 1) << " ms ("
            << QString::number(total / baseline, 'f', 2) << "× baseline)\n";
        AttributionQuery q;
        q.metric = metric;
        double compare = 1e300;
        for (int run = 0; run < 2; ++run) {
            timer.restart();
            const std::vector<AttributionResult> all = compareModels(*t, q);
            compare = std::min(compare, double(timer.nsecsElapsed()) / 1e6);
        }
        out << "  compareModels (all 8, one task per model, " << QThread::idealThreadCount()
            << " threads): " << QString::number(compare, 'f', 1) << " ms ("
            << QString::number(compare / baseline, 'f', 2) << "× baseline)\n";
    }
    if (!args.isEmpty()) {
        qint64 rows = 0;
        const double sql = sqliteFirstTouch(args.first(), rows);
        out << "sqlite3 first touch in plain SQL on the same file: " << QString::number(sql, 'f', 1)
            << " ms (" << rows << " channels)\n";
    }
    return 0;
}
} // namespace

// A benchmark is run by hand on workspaces of any age: a refused workspace is a message, never an abort.
int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "attribution_bench: %s\n", e.what());
        return 1;
    }
}
