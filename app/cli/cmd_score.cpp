#include "commands.h"

#include "metrics/scoringevaluation.h"
#include "store/journeystore.h"
#include "store/scoringstore.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace revalign::cli {

namespace {
QJsonValue rateJson(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

QString rateText(const std::optional<double>& v) {
    return v ? QString::number(*v * 100.0, 'f', 1) + u'%' : QStringLiteral("n/a");
}

bool readInt(const QCommandLineParser& parser, const char* option, int min, Io io, std::optional<int>& out) {
    const QString name = QString::fromLatin1(option);
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min) {
        io.err << "revalign-cli score: --" << name << " '" << parser.value(name) << "' must be a whole number"
               << (min > std::numeric_limits<int>::min() ? QStringLiteral(" of at least %1").arg(min)
                                                         : QString())
               << '\n';
        return false;
    }
    out = value;
    return true;
}

QString lineKind(ScoreLine::Kind k) {
    switch (k) {
    case ScoreLine::Kind::Fit:
        return QStringLiteral("fit");
    case ScoreLine::Kind::Engagement:
        return QStringLiteral("engagement");
    case ScoreLine::Kind::Cap:
        return QStringLiteral("cap");
    }
    return {};
}

QJsonObject explainJson(const JourneyTable& t, const ScoringModel& model, qint32 row) {
    const qint64 at = judgedAt(t, row);
    const ScoreBreakdown b = ContactScorer(model, t).explain(row, at);
    QJsonArray lines;
    for (const ScoreLine& l : b.lines)
        lines.append(QJsonObject{{QStringLiteral("kind"), lineKind(l.kind)},
                                 {QStringLiteral("rule"), l.rule},
                                 {QStringLiteral("group"), l.group},
                                 {QStringLiteral("touches"), l.touches},
                                 {QStringLiteral("points"), std::round(l.points * 100.0) / 100.0}});
    return {
        {QStringLiteral("id"), t.contactId[size_t(row)]},
        {QStringLiteral("as_of"), QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate)},
        {QStringLiteral("score"), b.score},
        {QStringLiteral("fit"), std::round(b.fitPoints * 100.0) / 100.0},
        {QStringLiteral("engagement"), std::round(b.engagementPoints * 100.0) / 100.0},
        {QStringLiteral("lines"), lines}};
}
} // namespace

int cmdScore(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("score WORKSPACE"), QStringLiteral("a workspace file"));
    parser.addOption({QStringLiteral("threshold"),
                      QStringLiteral("MQL threshold to judge (default: the model's)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("band"), QStringLiteral("Score band width (default 10)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("contact"), QStringLiteral("Explain this contact's score (its id)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption(
        {QStringLiteral("print-model"), QStringLiteral("Print the scoring model as JSON and stop.")});
    parser.addOption(
        {QStringLiteral("save-model"),
         QStringLiteral("Replace the scoring model with this JSON file (logged), then judge it."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("who"), QStringLiteral("Who changes the model (default: $USER)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("note"), QStringLiteral("Why the model changes."), QStringLiteral("TEXT")});
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    std::optional<int> threshold, band, contact;
    if (!readInt(parser, "threshold", std::numeric_limits<int>::min(), io, threshold) ||
        !readInt(parser, "band", 1, io, band) || !readInt(parser, "contact", 1, io, contact))
        return BadUsage;

    const QString path = parser.positionalArguments().at(1);
    Workspace ws =
        Workspace::open(path, parser.isSet(QStringLiteral("save-model")) ? WorkspaceAccess::ReadWrite
                                                                         : WorkspaceAccess::ReadOnly);
    ScoringStore store(ws.db());
    if (parser.isSet(QStringLiteral("save-model"))) {
        const QString file = parser.value(QStringLiteral("save-model"));
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            io.err << file << ": cannot read (" << in.errorString() << ")\n";
            return Failed;
        }
        const ScoringModel saved = scoringModelFromJson(in.readAll(), file); // throws before writing
        const QString who = parser.isSet(QStringLiteral("who"))
                                ? parser.value(QStringLiteral("who"))
                                : qEnvironmentVariable("USER", QStringLiteral("cli"));
        store.save(saved, who, parser.value(QStringLiteral("note")));
    }
    const ScoringModel model = store.load();
    if (parser.isSet(QStringLiteral("print-model"))) {
        io.out << toJson(model);
        return Success;
    }
    const JourneySnapshot t = JourneyStore(ws).load();
    qint32 row = -1;
    if (contact) {
        row = t->contactRow(*contact);
        if (row < 0) {
            io.err << path << ": no contact with id " << *contact << '\n';
            return Failed;
        }
    }
    const std::vector<int> scores = scoreContacts(*t, model);
    const ScoringEvaluation e =
        evaluateScoring(*t, scores, threshold.value_or(model.threshold), band.value_or(10));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray bands;
        for (const ScoreBand& b : e.bands)
            bands.append(QJsonObject{{QStringLiteral("from"), b.from},
                                     {QStringLiteral("to"), b.to},
                                     {QStringLiteral("contacts"), b.contacts},
                                     {QStringLiteral("accepted_rate"), rateJson(b.acceptedRate)},
                                     {QStringLiteral("sql_rate"), rateJson(b.sqlRate)},
                                     {QStringLiteral("win_rate"), rateJson(b.winRate)}});
        const ScoringWhatIf& w = e.whatIf;
        QJsonObject root{{QStringLiteral("threshold"), e.threshold},
                         {QStringLiteral("auc"), rateJson(e.auc)},
                         {QStringLiteral("won_contacts"), e.wonContacts},
                         {QStringLiteral("lost_contacts"), e.lostContacts},
                         {QStringLiteral("suggested_threshold"),
                          e.suggestedThreshold ? QJsonValue(*e.suggestedThreshold) : QJsonValue()},
                         {QStringLiteral("suggested_youden_j"), rateJson(e.suggestedYoudenJ)},
                         {QStringLiteral("bands"), bands},
                         {QStringLiteral("what_if"),
                          QJsonObject{{QStringLiteral("threshold"), w.threshold},
                                      {QStringLiteral("mqls"), w.mqls},
                                      {QStringLiteral("decided"), w.decided},
                                      {QStringLiteral("accepted"), w.accepted},
                                      {QStringLiteral("accepted_rate"), rateJson(w.acceptedRate)},
                                      {QStringLiteral("customers"), w.customers},
                                      {QStringLiteral("missed_customers"), w.missedCustomers}}}};
        if (contact)
            root.insert(QStringLiteral("contact"), explainJson(*t, model, row));
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }
    io.out << "Lead score judged by outcomes (threshold " << e.threshold << ")\n"
           << "AUC won vs lost: " << (e.auc ? QString::number(*e.auc, 'f', 3) : QStringLiteral("n/a")) << " ("
           << e.wonContacts << " won, " << e.lostContacts << " lost)\n"
           << "Bands:  from    to  contacts  accepted       SQL       won\n";
    for (const ScoreBand& b : e.bands)
        io.out << qSetFieldWidth(6) << Qt::right << b.from << b.to << qSetFieldWidth(10) << b.contacts
               << rateText(b.acceptedRate) << rateText(b.sqlRate) << rateText(b.winRate) << qSetFieldWidth(0)
               << '\n';
    const ScoringWhatIf& w = e.whatIf;
    io.out << "With threshold " << w.threshold << " we would have had " << w.mqls
           << " MQLs, sales would have "
           << "accepted about " << rateText(w.acceptedRate) << " and we would have missed "
           << w.missedCustomers << " of " << w.customers << " eventual customers.\n";
    io.out << "Suggested threshold (best Youden's J on accepted vs rejected): "
           << (e.suggestedThreshold ? QString::number(*e.suggestedThreshold) : QStringLiteral("n/a")) << '\n';
    if (contact) {
        const QJsonObject x = explainJson(*t, model, row);
        io.out << "Contact " << *contact << " scores " << x.value(QStringLiteral("score")).toInt()
               << " as of " << x.value(QStringLiteral("as_of")).toString() << ":\n";
        for (const QJsonValue& l : x.value(QStringLiteral("lines")).toArray())
            io.out << "  " << qSetFieldWidth(8) << Qt::right
                   << QString::number(l[QStringLiteral("points")].toDouble(), 'f', 2) << qSetFieldWidth(0)
                   << "  " << l[QStringLiteral("rule")].toString() << '\n';
    }
    return Success;
}

} // namespace revalign::cli
