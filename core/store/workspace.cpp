#include "store/workspace.h"

#include "domain/funnelstage.h"
#include "domain/kpidefinition.h"
#include "store/dataspan.h"
#include "store/definitionstore.h"
#include "store/migrations.h"
#include "store/pg/pgconninfo.h"
#include "store/schemameta.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace revalign {

namespace {
quint32 bigEndian32(const QByteArray& bytes, int offset) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

struct DealStageDefault {
    const char* name;
    double probability;
    const char* forecast;
    bool closed;
    bool won;
};
// Salesforce's standard sales process, which HubSpot's default pipeline also resembles.
constexpr DealStageDefault kDealStages[] = {
    {"Prospecting", 0.10, "pipeline", false, false},
    {"Qualification", 0.10, "pipeline", false, false},
    {"Needs Analysis", 0.20, "pipeline", false, false},
    {"Value Proposition", 0.50, "pipeline", false, false},
    {"Id. Decision Makers", 0.60, "pipeline", false, false},
    {"Perception Analysis", 0.70, "best_case", false, false},
    {"Proposal/Price Quote", 0.75, "best_case", false, false},
    {"Negotiation/Review", 0.90, "commit", false, false},
    {"Closed Won", 1.0, "closed", true, true},
    {"Closed Lost", 0.0, "omitted", true, false},
};
} // namespace

void checkWorkspaceHeader(const QString& path) {
    QFile file(path);
    if (!file.exists())
        throw Error(QCoreApplication::translate("Workspace", "%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("Workspace", "%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw Error(
            QCoreApplication::translate("Workspace", "%1: not a RevAlign workspace (not an SQLite database)")
                .arg(path));
    const quint32 appId = bigEndian32(header, 68);
    const quint32 version = bigEndian32(header, 60);
    if (appId != static_cast<quint32>(kApplicationId))
        throw Error(
            QCoreApplication::translate(
                "Workspace", "%1: not a RevAlign workspace (an SQLite database of another application)")
                .arg(path));
    if (version > static_cast<quint32>(latestSchemaVersion()))
        throw Error(
            QCoreApplication::translate(
                "Workspace",
                "%1: written by a newer RevAlign (workspace version %2; this version reads up to %3). "
                "Update RevAlign to open it.")
                .arg(path)
                .arg(version)
                .arg(latestSchemaVersion()));
}

Workspace::Workspace(Database db)
    : m_db(std::move(db)) {}

Workspace Workspace::create(const QString& path) {
    if (PgConnInfo::isUrl(path))
        return createTeam(path);
    if (QFileInfo::exists(path))
        throw Error(
            QCoreApplication::translate("Workspace", "%1: already exists; choose another name or open it")
                .arg(path));
    Workspace ws{Database(path, Database::Mode::ReadWriteCreate)};
    try {
        ws.configureConnection();
        migrate(ws.m_db);
        ws.seedDefaults();
    } catch (const Error&) {
        ws.m_db.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw;
    }
    return ws;
}

void Workspace::configureConnection() {
    if (m_db.isPostgres())
        return; // durability and foreign keys are the server's (always on)
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA foreign_keys = ON");
    m_db.exec("PRAGMA synchronous = NORMAL");
}

int Workspace::schemaVersion() {
    return SchemaMeta(m_db).version();
}

void Workspace::seedDefaults() {
    Transaction tx(m_db);
    DefinitionStore defs(m_db);
    for (const FunnelStage& stage : defaultFunnelStages())
        defs.insertFunnelStage(stage);
    Statement deal(
        m_db, "INSERT INTO deal_stage(name, position, probability, forecast_category, is_closed, is_won) "
              "VALUES (?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const DealStageDefault& d : kDealStages) {
        deal.bind(1, std::string_view(d.name))
            .bind(2, ++position)
            .bind(3, d.probability)
            .bind(4, std::string_view(d.forecast))
            .bind(5, d.closed ? 1 : 0)
            .bind(6, d.won ? 1 : 0)
            .run();
    }
    seedDefaultExpectedDays(m_db);
    for (const KpiDefinition& kpi : defaultKpiDefinitions())
        defs.insertKpiDefinition(kpi, /*builtin=*/true);
    tx.commit();
    saveSettings(WorkspaceSettings{}, QString());
}

WorkspaceSettings Workspace::settings() {
    WorkspaceSettings s;
    Statement st(m_db, "SELECT key, value FROM setting");
    while (st.step()) {
        const QString key = st.text(0);
        const QString value = st.text(1);
        if (key == u"name")
            s.name = value;
        else if (key == u"currency")
            s.currency = value;
        else if (key == u"fiscal_year_start_month")
            s.fiscalYearStartMonth = value.toInt();
        else if (key == u"week_start")
            s.weekStart = value.toInt();
        else if (key == u"time_zone")
            s.calendar.timeZone = value;
        else if (key == u"business_day_start")
            s.calendar.dayStart = QTime::fromString(value, QStringLiteral("HH:mm"));
        else if (key == u"business_day_end")
            s.calendar.dayEnd = QTime::fromString(value, QStringLiteral("HH:mm"));
        else if (key == u"business_days") {
            s.calendar.workDays.clear();
            for (const QString& d : value.split(u',', Qt::SkipEmptyParts))
                s.calendar.workDays.insert(d.toInt());
        }
    }
    Statement hol(m_db, "SELECT day FROM holiday ORDER BY day");
    while (hol.step())
        s.calendar.holidays.insert(QDate::fromString(hol.text(0), Qt::ISODate));
    return s;
}

void Workspace::saveSettings(const WorkspaceSettings& s, const QString& who) {
    const WorkspaceSettings before = settings();
    QStringList days;
    for (int d : s.calendar.workDays)
        days << QString::number(d);
    const std::pair<const char*, QString> rows[] = {
        {"name", s.name},
        {"currency", s.currency},
        {"fiscal_year_start_month", QString::number(s.fiscalYearStartMonth)},
        {"week_start", QString::number(s.weekStart)},
        {"time_zone", s.calendar.timeZone},
        {"business_day_start", s.calendar.dayStart.toString(QStringLiteral("HH:mm"))},
        {"business_day_end", s.calendar.dayEnd.toString(QStringLiteral("HH:mm"))},
        {"business_days", days.join(u',')},
    };
    Transaction tx(m_db);
    Statement read(m_db, "SELECT value FROM setting WHERE key = ?");
    Statement upsert(m_db, "INSERT INTO setting(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    DefinitionStore defs(m_db);
    for (const auto& [key, value] : rows) {
        read.bind(1, std::string_view(key));
        const bool exists = read.step();
        const QString old = exists ? read.text(0) : QString();
        read.reset();
        if (exists && old == value)
            continue;
        upsert.bind(1, std::string_view(key)).bind(2, value).run();
        if (exists)
            defs.logChange(who, QStringLiteral("setting"), QString::fromLatin1(key), QStringLiteral("value"),
                           old, value, QString());
    }
    if (before.calendar.holidays != s.calendar.holidays) {
        m_db.exec("DELETE FROM holiday");
        Statement ins(m_db, "INSERT INTO holiday(day) VALUES (?)");
        for (const QDate& d : s.calendar.holidays)
            ins.bind(1, d.toString(Qt::ISODate)).run();
    }
    tx.commit();
}

WorkspaceSummary Workspace::summary() {
    WorkspaceSummary s;
    s.schemaVersion = schemaVersion();
    for (const char* table : {"persona", "funnel_stage", "owner", "account", "campaign", "contact",
                              "opportunity", "touchpoint", "kpi_definition", "import_batch"}) {
        Statement st(m_db, std::string("SELECT count(*) FROM ") + table);
        st.step();
        s.counts[QString::fromLatin1(table)] = st.int64(0);
    }
    const DataSpan span = readDataSpan(m_db);
    span.localDays(settings().calendar.timeZone, s.dataFrom, s.dataTo);
    if (span.firstInstant != DataSpan::kNone) {
        s.firstActivity = QDateTime::fromSecsSinceEpoch(span.firstInstant, Qt::UTC);
        s.lastActivity = QDateTime::fromSecsSinceEpoch(span.lastInstant, Qt::UTC);
    }
    Statement personas(m_db, "SELECT coalesce(p.name, ''), count(*) FROM contact c "
                             "LEFT JOIN persona p ON p.id = c.persona_id GROUP BY 1");
    while (personas.step())
        s.contactsByPersona[personas.text(0)] = personas.int64(1);
    Statement stages(m_db,
                     "SELECT f.key, count(cs.contact_id) FROM funnel_stage f "
                     "LEFT JOIN contact_stage cs ON cs.stage_id = f.id GROUP BY f.id ORDER BY f.position");
    while (stages.step())
        s.contactsByStage.emplace_back(stages.text(0), stages.int64(1));
    return s;
}

} // namespace revalign
