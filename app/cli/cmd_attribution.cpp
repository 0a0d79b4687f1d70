#include "commands.h"

#include "metrics/attribution.h"
#include "store/journeystore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace revalign::cli {

namespace {
// Money must print with exactly two decimals ("300.00"), which QJsonDocument cannot do for numbers:
// cents go in as a marker string and are rewritten as a number literal after serialising.
const QString kCentsMarker = QStringLiteral("\u0001cents:");

QJsonValue centsJson(qint64 cents) {
    return QString(kCentsMarker + QString::number(cents));
}

QString centsText(qint64 cents) {
    const qint64 whole = cents / 100;
    const qint64 part = (cents < 0 ? -cents : cents) % 100;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 && whole == 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(part, 2, 10, QLatin1Char('0'));
}

QByteArray withCents(const QJsonObject& root) {
    QString text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    static const QRegularExpression marker(QStringLiteral("\"\\\\u0001cents:(-?\\d+)\""));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch& m : marker.globalMatch(text)) {
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += centsText(m.captured(1).toLongLong());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QJsonValue shareJson(const std::optional<double>& share) {
    return share ? QJsonValue(*share) : QJsonValue();
}

QJsonArray rowsJson(const AttributionResult& r) {
    QJsonArray rows;
    for (const AttributionRow& row : r.rows)
        rows.append(QJsonObject{{QStringLiteral("key"), row.key},
                                {QStringLiteral("credit"), centsJson(row.credit)},
                                {QStringLiteral("share"), shareJson(row.share)}});
    return rows;
}

bool readDate(const QCommandLineParser& parser, const QString& name, Io io, QDate& out) {
    if (!parser.isSet(name))
        return true;
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = parser.value(name);
    out = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!out.isValid())
        io.err << "revalign-cli attribution: --" << name << " '" << text
               << "' is not a date (expected YYYY-MM-DD)\n";
    return out.isValid();
}

template <typename T>
bool readKey(const QCommandLineParser& parser, const char* option, Io io,
             std::optional<T> (*parse)(const QString&), const char* allowed, T& out) {
    const QString name = QString::fromLatin1(option);
    if (!parser.isSet(name))
        return true;
    const std::optional<T> value = parse(parser.value(name));
    if (!value) {
        io.err << "revalign-cli attribution: --" << name << " '" << parser.value(name) << "' must be one of "
               << allowed << '\n';
        return false;
    }
    out = *value;
    return true;
}

bool readQuery(const QCommandLineParser& parser, Io io, AttributionQuery& q) {
    if (!parser.isSet(QStringLiteral("model")) && !parser.isSet(QStringLiteral("compare"))) {
        io.err << "revalign-cli attribution: --model is required (first|lead|last|linear|u|w|full|decay), or "
                  "--compare for all models\n";
        return false;
    }
    if (!readKey(parser, "model", io, attributionModelFromKey, "first|lead|last|linear|u|w|full|decay",
                 q.model) ||
        !readKey(parser, "metric", io, attributionMetricFromKey, "pipeline|revenue|opportunities",
                 q.metric) ||
        !readKey(parser, "by", io, attributionDimensionFromKey, "channel|campaign|team|persona", q.by) ||
        !readDate(parser, QStringLiteral("from"), io, q.from) ||
        !readDate(parser, QStringLiteral("to"), io, q.to))
        return false;
    if (q.from.isValid() && q.to.isValid() && q.from > q.to) {
        io.err << "revalign-cli attribution: --from " << q.from.toString(Qt::ISODate) << " is after --to "
               << q.to.toString(Qt::ISODate) << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("half-life"))) {
        bool ok = false;
        q.halfLifeDays = parser.value(QStringLiteral("half-life")).toDouble(&ok);
        if (!ok || !(q.halfLifeDays > 0) || q.halfLifeDays > 36500) {
            io.err << "revalign-cli attribution: --half-life '" << parser.value(QStringLiteral("half-life"))
                   << "' must be a positive number of days\n";
            return false;
        }
    }
    q.personas = parser.values(QStringLiteral("persona"));
    q.channels = parser.values(QStringLiteral("channel"));
    q.owners = parser.values(QStringLiteral("owner"));
    return true;
}

QJsonValue dateJson(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray influenceJson(const std::vector<TeamInfluence>& teams) {
    QJsonArray out;
    for (const TeamInfluence& t : teams)
        out.append(QJsonObject{{QStringLiteral("team"), t.team},
                               {QStringLiteral("sourced_count"), t.sourcedCount},
                               {QStringLiteral("sourced"), centsJson(t.sourcedValue)},
                               {QStringLiteral("influenced_count"), t.influencedCount},
                               {QStringLiteral("influenced"), centsJson(t.influencedValue)}});
    return out;
}

void printTable(const AttributionResult& r, const QString& currency, Io io) {
    io.out << displayName(r.model) << " attribution of " << toKey(r.metric) << " by " << toKey(r.by) << ": "
           << centsText(r.total) << ' ' << currency << " over " << r.opportunities << " opportunities\n";
    for (const AttributionRow& row : r.rows)
        io.out << "  " << qSetFieldWidth(32) << Qt::left << row.key << qSetFieldWidth(16) << Qt::right
               << centsText(row.credit) << qSetFieldWidth(9)
               << (row.share ? QString::number(*row.share * 100.0, 'f', 1) + u'%' : QStringLiteral("n/a"))
               << qSetFieldWidth(0) << '\n';
}
} // namespace

int cmdAttribution(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("attribution WORKSPACE"), QStringLiteral("a workspace file"));
    parser.addOption({QStringLiteral("model"), QStringLiteral("first|lead|last|linear|u|w|full|decay."),
                      QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("compare"), QStringLiteral("Every model side by side.")});
    parser.addOption({QStringLiteral("half-life"),
                      QStringLiteral("Time-decay half-life in days (default 7)."), QStringLiteral("DAYS")});
    parser.addOption({QStringLiteral("by"), QStringLiteral("channel (default)|campaign|team|persona."),
                      QStringLiteral("DIMENSION")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("pipeline (default)|revenue|opportunities."),
                      QStringLiteral("METRIC")});
    parser.addOption(
        {QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day, inclusive."), QStringLiteral("DATE")});
    for (const char* f : {"persona", "channel", "owner"})
        parser.addOption({QString::fromLatin1(f),
                          QStringLiteral("Only this %1 (repeatable).").arg(QString::fromLatin1(f)),
                          QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    AttributionQuery q;
    if (!readQuery(parser, io, q))
        return BadUsage;

    const QString path = parser.positionalArguments().at(1);
    Workspace ws = Workspace::open(path, WorkspaceAccess::ReadOnly);
    const JourneySnapshot journeys = JourneyStore(ws).load();
    const bool compare = parser.isSet(QStringLiteral("compare"));
    const std::vector<AttributionResult> results =
        compare ? compareModels(*journeys, q) : std::vector<AttributionResult>{attribute(*journeys, q)};
    const std::vector<TeamInfluence> teams = sourcedVsInfluenced(*journeys, q);

    if (parser.isSet(QStringLiteral("json"))) {
        const AttributionResult& first = results.front();
        QJsonObject root{{QStringLiteral("metric"), toKey(q.metric)},
                         {QStringLiteral("by"), toKey(q.by)},
                         {QStringLiteral("currency"), journeys->currency},
                         {QStringLiteral("from"), dateJson(q.from)},
                         {QStringLiteral("to"), dateJson(q.to)},
                         {QStringLiteral("half_life_days"), q.halfLifeDays},
                         {QStringLiteral("total"), centsJson(first.total)},
                         {QStringLiteral("opportunities"), first.opportunities},
                         {QStringLiteral("sourced_vs_influenced"), influenceJson(teams)}};
        if (compare) {
            QJsonArray models;
            for (const AttributionResult& r : results)
                models.append(QJsonObject{{QStringLiteral("model"), toKey(r.model)},
                                          {QStringLiteral("formula"), formulaText(r.model)},
                                          {QStringLiteral("rows"), rowsJson(r)}});
            root.insert(QStringLiteral("models"), models);
        } else {
            root.insert(QStringLiteral("model"), toKey(first.model));
            root.insert(QStringLiteral("formula"), formulaText(first.model));
            root.insert(QStringLiteral("rows"), rowsJson(first));
        }
        io.out << withCents(root);
        return Success;
    }
    for (const AttributionResult& r : results)
        printTable(r, journeys->currency, io);
    io.out << "Sourced vs influenced (" << toKey(q.metric) << "):\n";
    for (const TeamInfluence& t : teams)
        io.out << "  " << qSetFieldWidth(12) << Qt::left << t.team << qSetFieldWidth(0) << "sourced "
               << t.sourcedCount << " (" << centsText(t.sourcedValue) << "), influenced " << t.influencedCount
               << " (" << centsText(t.influencedValue) << ")\n";
    return Success;
}

} // namespace revalign::cli
