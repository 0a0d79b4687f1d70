#include "metrics/facttable.h"
#include "metrics/metricquery.h"
#include "util/error.h"
#include "util/suggest.h"

#include "testsupport.h"

using namespace revalign;

TEST_CASE("suggest: did you mean, for slips of case, spacing and one or two letters") {
    const QStringList header{QStringLiteral("opportunity_id"), QStringLiteral("close_value"),
                             QStringLiteral("Deal Stage")};
    const auto [name, expected] = GENERATE(table<const char*, const char*>({
        {"close_vallue", "close_value"},
        {"Close Value", "close_value"},
        {"opportunity_idd", "opportunity_id"},
        {"deal_stage", "Deal Stage"},
        {"DealStag", "Deal Stage"},
        {"amount", ""},
        {"close", ""},
    }));
    INFO(name);
    CHECK(closestName(QString::fromLatin1(name), header) == QString::fromLatin1(expected));
}

TEST_CASE("suggest: known names are listed in full when few, counted with examples when many") {
    CHECK(knownNames({}) == u"none known");
    CHECK(knownNames({QStringLiteral("Sam"), QStringLiteral("Ana")}) == u"known: Ana, Sam");
    QStringList many;
    for (int i = 0; i < 12345; ++i)
        many << QStringLiteral("Owner %1").arg(i, 5, 10, QLatin1Char('0'));
    CHECK(knownNames(many) ==
          u"12,345 known, e.g. Owner 00000, Owner 00001, Owner 00002, Owner 00003, Owner 00004, …");
    CHECK(groupedCount(1234567) == u"1,234,567");
    CHECK(groupedCount(-1000) == u"-1,000");
    CHECK(groupedCount(999) == u"999");
}

// Regression (issue 10.9): with a big workspace, "--owner" naming an unknown owner printed every owner
// the workspace knows on one 140 KB stderr line.
TEST_CASE("suggest: an unknown owner filter is one short line with a count, examples and a did-you-mean") {
    FactTable facts;
    for (int i = 0; i < 20000; ++i)
        facts.owners.intern(QStringLiteral("Rep %1").arg(i));
    facts.owners.intern(QStringLiteral("Jon Smith"));
    MetricFilters filters;
    filters.owners = {QStringLiteral("Jon Smth")};
    QString message;
    try {
        ResolvedFilter resolved(facts, filters);
    } catch (const Error& e) {
        message = e.message();
    }
    CHECK(
        message.startsWith(QStringLiteral("unknown owner 'Jon Smth' (did you mean 'Jon Smith'? 20,001 known, "
                                          "e.g. Jon Smith, Rep 0, Rep 1, Rep 10, Rep 100, …)")));
    CHECK(message.size() < 200);
}
