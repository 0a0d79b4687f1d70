#include "metricoptions.h"

#include "store/factstore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace revalign::cli {

namespace {
struct FilterOption {
    const char* name;
    QStringList MetricFilters::*field;
};
const FilterOption kFilterOptions[] = {
    {"persona", &MetricFilters::personas},   {"channel", &MetricFilters::channels},
    {"campaign", &MetricFilters::campaigns}, {"owner", &MetricFilters::owners},
    {"team", &MetricFilters::teams},         {"segment", &MetricFilters::segments},
    {"manager", &MetricFilters::managers},   {"region", &MetricFilters::regions},
};

bool readDate(const QCommandLineParser& parser, const char* option, Io io, QDate& out) {
    const QString name = QString::fromLatin1(option);
    if (!parser.isSet(name))
        return true;
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = parser.value(name);
    out = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!out.isValid()) {
        io.err << "revalign-cli: --" << name << " '" << text << "' is not a date (expected YYYY-MM-DD)\n";
        return false;
    }
    return true;
}
} // namespace

void addFilterOptions(QCommandLineParser& parser) {
    for (const FilterOption& f : kFilterOptions)
        parser.addOption({QString::fromLatin1(f.name),
                          QStringLiteral("Only this %1 (repeatable).").arg(QString::fromLatin1(f.name)),
                          QStringLiteral("NAME")});
}

void readFilterOptions(const QCommandLineParser& parser, MetricFilters& filters) {
    for (const FilterOption& f : kFilterOptions)
        filters.*f.field = parser.values(QString::fromLatin1(f.name));
}

bool readDateOption(const QCommandLineParser& parser, const char* option, Io io, QDate& out) {
    return readDate(parser, option, io, out);
}

void addMetricOptions(QCommandLineParser& parser) {
    parser.addOption(
        {QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day, inclusive."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("period"), QStringLiteral("week, month (default) or quarter."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("all-time"),
                      QStringLiteral("Every record, undated ones included (no --from/--to).")});
    for (const FilterOption& f : kFilterOptions)
        parser.addOption({QString::fromLatin1(f.name),
                          f.field == &MetricFilters::managers
                              ? QStringLiteral("Only the team of this manager: the manager and everyone "
                                               "reporting to them, directly or not (repeatable).")
                              : QStringLiteral("Only this %1 (repeatable).").arg(QString::fromLatin1(f.name)),
                          QStringLiteral("NAME")});
}

bool readMetricQuery(const QCommandLineParser& parser, Io io, MetricQuery& q) {
    QDate from, to;
    if (!readDate(parser, "from", io, from) || !readDate(parser, "to", io, to))
        return false;
    if (from.isValid() && to.isValid() && from > to) {
        io.err << "revalign-cli: --from " << from.toString(Qt::ISODate) << " is after --to "
               << to.toString(Qt::ISODate) << '\n';
        return false;
    }
    q.range = {from, to};
    q.allTime = parser.isSet(QStringLiteral("all-time"));
    if (q.allTime && (from.isValid() || to.isValid())) {
        io.err << "revalign-cli: --all-time counts every record: it takes no --from or --to\n";
        return false;
    }
    if (parser.isSet(QStringLiteral("period"))) {
        const auto kind = periodKindFromKey(parser.value(QStringLiteral("period")));
        if (!kind) {
            io.err << "revalign-cli: --period '" << parser.value(QStringLiteral("period"))
                   << "' must be week, month or quarter\n";
            return false;
        }
        q.period = *kind;
    }
    for (const FilterOption& f : kFilterOptions)
        q.filters.*f.field = parser.values(QString::fromLatin1(f.name));
    return true;
}

QJsonObject filtersJson(const MetricFilters& filters) {
    QJsonObject out;
    for (const FilterOption& f : kFilterOptions) {
        const QStringList& values = filters.*f.field;
        if (values.size() == 1)
            out.insert(QString::fromLatin1(f.name), values.first());
        else if (!values.isEmpty())
            out.insert(QString::fromLatin1(f.name), QJsonArray::fromStringList(values));
    }
    return out;
}

FactSnapshot loadSnapshot(const QString& path) {
    Workspace ws = Workspace::open(path, WorkspaceAccess::ReadOnly); // reading never writes (issue 10)
    return FactStore(ws).load();
}

void completeRange(const FactTable& facts, MetricQuery& q) {
    if (q.range.from.isValid() == q.range.to.isValid())
        return;
    if (!q.range.from.isValid())
        q.range.from = facts.dataFrom.isValid() ? std::min(facts.dataFrom, q.range.to) : q.range.to;
    else
        q.range.to = facts.dataTo.isValid() ? std::max(facts.dataTo, q.range.from) : q.range.from;
}

QJsonValue jsonNumber(std::optional<double> v, KpiUnit unit) {
    // Hours and days are kept as floats in memory: 4.53999996 prints as 4.54.
    if (!v || !std::isfinite(*v))
        return QJsonValue();
    if (unit == KpiUnit::Count)
        return QJsonValue(qint64(std::llround(*v)));
    if (unit == KpiUnit::Money || unit == KpiUnit::MoneyPerDay)
        return std::round(*v * 100.0) / 100.0;
    return std::round(*v * 1e6) / 1e6;
}

QJsonObject forecastJson(const Forecast& f) {
    QJsonObject categories;
    for (const ForecastCategory c :
         {ForecastCategory::Pipeline, ForecastCategory::BestCase, ForecastCategory::Commit,
          ForecastCategory::Closed, ForecastCategory::Omitted})
        categories.insert(toKey(c), jsonNumber(f.byCategory[size_t(c)], KpiUnit::Money));
    return {{QStringLiteral("by_category"), categories},
            {QStringLiteral("closed"), jsonNumber(f.cumulative[0], KpiUnit::Money)},
            {QStringLiteral("commit_rollup"), jsonNumber(f.cumulative[1], KpiUnit::Money)},
            {QStringLiteral("best_case_rollup"), jsonNumber(f.cumulative[2], KpiUnit::Money)},
            {QStringLiteral("pipeline_rollup"), jsonNumber(f.cumulative[3], KpiUnit::Money)}};
}

QJsonValue isoOrNull(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace revalign::cli
