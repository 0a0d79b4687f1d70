#include "commands.h"

#include "metrics/dataquality.h"
#include "store/factstore.h"
#include "store/qualitystore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace revalign::cli {

namespace {
constexpr qsizetype kExamples = 3;

QString kindKey(RecordKind kind) {
    return kind == RecordKind::Contacts ? QStringLiteral("contacts") : QStringLiteral("opportunities");
}

// A few records of a finding, named the way the CRM names them: its id, a name and the dates that show
// what is wrong, in that order.
using Example = std::vector<std::pair<QString, QString>>;

std::vector<Example> examples(RecordStore& records, const QualityFinding& f) {
    std::vector<Example> out;
    const bool contacts = f.kind == RecordKind::Contacts;
    const RecordTable t =
        contacts ? records.contacts(f.ids, kExamples) : records.opportunities(f.ids, kExamples);
    const QStringList fields = contacts
                                   ? QStringList{QStringLiteral("source_id"),  QStringLiteral("first_name"),
                                                 QStringLiteral("last_name"),  QStringLiteral("email"),
                                                 QStringLiteral("created_at"), QStringLiteral("stages")}
                                   : QStringList{QStringLiteral("source_id"),  QStringLiteral("name"),
                                                 QStringLiteral("stage"),      QStringLiteral("amount"),
                                                 QStringLiteral("created_at"), QStringLiteral("close_date")};
    for (const QStringList& row : t.rows) {
        Example e;
        for (const QString& field : fields) {
            const qsizetype column = t.headers.indexOf(field);
            if (column >= 0 && !row.value(column).isEmpty())
                e.emplace_back(field, row.value(column));
        }
        out.push_back(std::move(e));
    }
    return out;
}

QJsonObject exampleJson(const Example& e) {
    QJsonObject o;
    for (const auto& [field, value] : e)
        o.insert(field, value);
    return o;
}

QString exampleText(const Example& e) {
    QString id;
    QStringList parts;
    for (const auto& [field, value] : e) {
        if (field == u"source_id")
            id = value;
        else
            parts << QStringLiteral("%1 %2").arg(field, value);
    }
    return id + QStringLiteral(" (") + parts.join(u", ") + u')';
}
} // namespace

int cmdCheck(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("check WORKSPACE"), QStringLiteral("a workspace file"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    const QString path = parser.positionalArguments().at(1);
    Workspace ws = Workspace::open(path);
    const FactSnapshot facts = FactStore(ws).load();
    const QualityReport report = checkDataQuality(*facts, QualityStore(ws.db()).read());
    RecordStore records(ws.db());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray findings;
        for (const QualityFinding& f : report.findings) {
            QJsonArray ids;
            for (const qint64 id : f.ids)
                ids.append(id);
            QJsonArray shown;
            for (const Example& e : examples(records, f))
                shown.append(exampleJson(e));
            QJsonObject o{{QStringLiteral("key"), f.key},
                          {QStringLiteral("title"), f.title},
                          {QStringLiteral("effect"), f.effect},
                          {QStringLiteral("kind"), kindKey(f.kind)},
                          {QStringLiteral("count"), f.count},
                          {QStringLiteral("checked"), f.checked},
                          {QStringLiteral("share"), f.share() ? QJsonValue(*f.share()) : QJsonValue()},
                          {QStringLiteral("ids"), ids},
                          {QStringLiteral("examples"), shown}};
            if (f.groups > 0)
                o.insert(QStringLiteral("groups"), f.groups);
            findings.append(o);
        }
        QJsonArray checks;
        for (const QString& key : report.checks)
            checks.append(key);
        const QJsonObject root{{QStringLiteral("workspace"), ws.path()},
                               {QStringLiteral("checks"), checks},
                               {QStringLiteral("findings"), findings}};
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }
    io.out << "Data quality of " << ws.path() << ": " << report.findings.size() << " finding(s) from "
           << report.checks.size() << " checks\n";
    for (const QualityFinding& f : report.findings) {
        io.out << "\n  " << f.title << ": " << f.count << " of " << f.checked << ' ' << kindKey(f.kind);
        if (f.share())
            io.out << " (" << QString::number(*f.share() * 100.0, 'f', 1) << "%)";
        if (f.groups > 0)
            io.out << ", " << f.groups << " people";
        io.out << "\n    " << f.effect << '\n';
        for (const Example& e : examples(records, f))
            io.out << "    e.g. " << exampleText(e) << '\n';
    }
    if (report.findings.empty())
        io.out << "  Nothing found.\n";
    return Success;
}

} // namespace revalign::cli
