#include "metricoptions.h"

#include "store/factstore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QRegularExpression>

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
    Workspace ws = Workspace::open(path);
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

QJsonValue isoOrNull(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace revalign::cli
