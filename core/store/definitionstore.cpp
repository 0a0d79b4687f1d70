#include "store/definitionstore.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace revalign {

namespace {
QString toJson(const QStringList& list) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString& json) {
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& v : array)
        out << v.toString();
    return out;
}

QString optText(const std::optional<double>& v) {
    return v ? QString::number(*v) : QString();
}

QString optText(const std::optional<int>& v) {
    return v ? QString::number(*v) : QString();
}

// Definition text columns are NOT NULL: an unset QString is stored as "".
QString nonNull(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QString targetsText(const KpiDefinition& kpi) {
    QStringList parts;
    for (const auto& [period, value] : kpi.targets)
        parts << toKey(period) + u'=' + QString::number(value);
    return parts.join(u", ");
}
} // namespace

std::vector<FunnelStage> DefinitionStore::funnelStages() {
    std::vector<FunnelStage> out;
    Statement st(
        m_db,
        "SELECT id, key, name, position, team, definition, sla_hours FROM funnel_stage ORDER BY position");
    while (st.step())
        out.push_back({StageId{st.int64(0)}, st.text(1), st.text(2), st.int32(3),
                       teamFromKey(st.text(4)).value_or(Team::Marketing), st.text(5), st.optReal(6)});
    return out;
}

void DefinitionStore::insertFunnelStage(const FunnelStage& s) {
    Statement st(
        m_db,
        "INSERT INTO funnel_stage(key, name, position, team, definition, sla_hours) VALUES (?,?,?,?,?,?)");
    st.bind(1, s.key)
        .bind(2, s.name)
        .bind(3, s.position)
        .bind(4, toKey(s.team))
        .bind(5, nonNull(s.definition));
    st.bind(6, s.slaHours).run();
}

void DefinitionStore::updateFunnelStage(const FunnelStage& s, const QString& who, const QString& note) {
    for (const FunnelStage& old : funnelStages()) {
        if (old.key != s.key)
            continue;
        const auto log = [&](const char* field, const QString& a, const QString& b) {
            if (a != b)
                logChange(who, QStringLiteral("stage"), s.key, QString::fromLatin1(field), a, b, note);
        };
        log("name", old.name, s.name);
        log("team", toKey(old.team), toKey(s.team));
        log("definition", old.definition, s.definition);
        log("sla_hours", optText(old.slaHours), optText(s.slaHours));
        Statement st(
            m_db, "UPDATE funnel_stage SET name = ?, team = ?, definition = ?, sla_hours = ? WHERE key = ?");
        st.bind(1, s.name)
            .bind(2, toKey(s.team))
            .bind(3, nonNull(s.definition))
            .bind(4, s.slaHours)
            .bind(5, s.key)
            .run();
        return;
    }
    throw Error(QStringLiteral("no funnel stage with key '%1'").arg(s.key));
}

std::vector<Persona> DefinitionStore::personas() {
    std::vector<Persona> out;
    Statement st(m_db, "SELECT id, name, description, pains, goals, color, title_keywords, industries, "
                       "min_employees, max_employees, countries FROM persona ORDER BY position, id");
    while (st.step()) {
        Persona p;
        p.id = PersonaId{st.int64(0)};
        p.name = st.text(1);
        p.description = st.text(2);
        p.pains = st.text(3);
        p.goals = st.text(4);
        p.color = st.text(5);
        p.titleKeywords = fromJson(st.text(6));
        p.industries = fromJson(st.text(7));
        if (!st.isNull(8))
            p.minEmployees = st.int32(8);
        if (!st.isNull(9))
            p.maxEmployees = st.int32(9);
        p.countries = fromJson(st.text(10));
        out.push_back(std::move(p));
    }
    return out;
}

PersonaId DefinitionStore::savePersona(const Persona& p, const QString& who, const QString& note) {
    const auto bindAll = [&](Statement& st) {
        st.bind(1, nonNull(p.name)).bind(2, nonNull(p.description)).bind(3, nonNull(p.pains));
        st.bind(4, nonNull(p.goals)).bind(5, nonNull(p.color));
        st.bind(6, toJson(p.titleKeywords)).bind(7, toJson(p.industries)).bind(8, p.minEmployees);
        st.bind(9, p.maxEmployees).bind(10, toJson(p.countries));
    };
    if (!p.id.isValid()) {
        Statement st(
            m_db, "INSERT INTO persona(name, description, pains, goals, color, title_keywords, industries, "
                  "min_employees, max_employees, countries, position) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?, (SELECT coalesce(max(position), 0) + 1 FROM persona))");
        bindAll(st);
        st.run();
        const PersonaId id{m_db.lastInsertRowId()}; // before logChange inserts a row of its own
        logChange(who, QStringLiteral("persona"), p.name, QStringLiteral("created"), QString(), p.name, note);
        return id;
    }
    Persona old;
    for (const Persona& candidate : personas())
        if (candidate.id == p.id)
            old = candidate;
    if (!old.id.isValid())
        throw Error(QStringLiteral("no persona with id %1").arg(p.id.value()));
    const auto log = [&](const char* field, const QString& a, const QString& b) {
        if (a != b)
            logChange(who, QStringLiteral("persona"), p.name, QString::fromLatin1(field), a, b, note);
    };
    log("name", old.name, p.name);
    log("description", old.description, p.description);
    log("pains", old.pains, p.pains);
    log("goals", old.goals, p.goals);
    log("color", old.color, p.color);
    log("title_keywords", old.titleKeywords.join(u", "), p.titleKeywords.join(u", "));
    log("industries", old.industries.join(u", "), p.industries.join(u", "));
    log("min_employees", optText(old.minEmployees), optText(p.minEmployees));
    log("max_employees", optText(old.maxEmployees), optText(p.maxEmployees));
    log("countries", old.countries.join(u", "), p.countries.join(u", "));
    Statement st(m_db,
                 "UPDATE persona SET name = ?, description = ?, pains = ?, goals = ?, color = ?, "
                 "title_keywords = ?, industries = ?, min_employees = ?, max_employees = ?, countries = ? "
                 "WHERE id = ?");
    bindAll(st);
    st.bind(11, p.id.value()).run();
    return p.id;
}

void DefinitionStore::removePersona(PersonaId id, const QString& who, const QString& note) {
    Statement name(m_db, "SELECT name FROM persona WHERE id = ?");
    name.bind(1, id.value());
    if (!name.step())
        throw Error(QStringLiteral("no persona with id %1").arg(id.value()));
    logChange(who, QStringLiteral("persona"), name.text(0), QStringLiteral("removed"), name.text(0),
              QString(), note);
    Statement st(m_db, "DELETE FROM persona WHERE id = ?");
    st.bind(1, id.value()).run();
}

std::vector<Owner> DefinitionStore::owners() {
    std::vector<Owner> out;
    Statement st(m_db, "SELECT id, source_id, name, email, role FROM owner ORDER BY name");
    while (st.step())
        out.push_back({OwnerId{st.int64(0)}, st.text(1), st.text(2), st.text(3),
                       roleFromKey(st.text(4)).value_or(Role::Sdr)});
    return out;
}

OwnerId DefinitionStore::saveOwner(const Owner& o) {
    Statement st(m_db, "INSERT INTO owner(source_id, name, email, role, team) VALUES (?,?,?,?,?) "
                       "ON CONFLICT(name) DO UPDATE SET source_id = coalesce(excluded.source_id, source_id), "
                       "email = coalesce(excluded.email, email), role = excluded.role, team = excluded.team "
                       "RETURNING id");
    st.bind(1, o.sourceId).bind(2, o.name).bind(3, o.email).bind(4, toKey(o.role)).bind(5, toKey(o.team()));
    st.step();
    return OwnerId{st.int64(0)};
}

std::vector<KpiDefinition> DefinitionStore::kpiDefinitions() {
    std::vector<KpiDefinition> out;
    Statement st(m_db,
                 "SELECT key, name, team, formula, unit, direction, agreed_on, agreed_by FROM kpi_definition "
                 "ORDER BY CASE team WHEN 'marketing' THEN 0 WHEN 'shared' THEN 1 ELSE 2 END, rowid");
    Statement targets(m_db, "SELECT period, value FROM kpi_target WHERE kpi_key = ?");
    while (st.step()) {
        KpiDefinition k;
        k.key = st.text(0);
        k.name = st.text(1);
        k.team = teamFromKey(st.text(2)).value_or(Team::Shared);
        k.formula = st.text(3);
        k.unit = kpiUnitFromKey(st.text(4)).value_or(KpiUnit::Count);
        k.direction = kpiDirectionFromKey(st.text(5)).value_or(KpiDirection::HigherIsBetter);
        k.agreedOn = QDate::fromString(st.text(6), Qt::ISODate);
        k.agreedBy = st.text(7);
        targets.bind(1, k.key);
        while (targets.step())
            if (const auto period = periodKindFromKey(targets.text(0)))
                k.targets[*period] = targets.real(1);
        targets.reset();
        out.push_back(std::move(k));
    }
    return out;
}

void DefinitionStore::insertKpiDefinition(const KpiDefinition& k, bool builtin) {
    Statement st(
        m_db, "INSERT INTO kpi_definition(key, name, team, formula, unit, direction, agreed_on, agreed_by, "
              "is_builtin) VALUES (?,?,?,?,?,?,?,?,?)");
    st.bind(1, k.key)
        .bind(2, k.name)
        .bind(3, toKey(k.team))
        .bind(4, nonNull(k.formula))
        .bind(5, toKey(k.unit));
    st.bind(6, toKey(k.direction));
    st.bind(7, k.agreedOn.isValid() ? k.agreedOn.toString(Qt::ISODate) : QString());
    st.bind(8, k.agreedBy).bind(9, builtin ? 1 : 0).run();
    Statement t(m_db, "INSERT INTO kpi_target(kpi_key, period, value) VALUES (?,?,?)");
    for (const auto& [period, value] : k.targets)
        t.bind(1, k.key).bind(2, toKey(period)).bind(3, value).run();
}

void DefinitionStore::updateKpiDefinition(const KpiDefinition& k, const QString& who, const QString& note) {
    KpiDefinition old;
    for (const KpiDefinition& candidate : kpiDefinitions())
        if (candidate.key == k.key)
            old = candidate;
    if (old.key.isEmpty())
        throw Error(QStringLiteral("no KPI with key '%1'").arg(k.key));
    const auto log = [&](const char* field, const QString& a, const QString& b) {
        if (a != b)
            logChange(who, QStringLiteral("kpi"), k.key, QString::fromLatin1(field), a, b, note);
    };
    log("name", old.name, k.name);
    log("team", toKey(old.team), toKey(k.team));
    log("formula", old.formula, k.formula);
    log("unit", toKey(old.unit), toKey(k.unit));
    log("direction", toKey(old.direction), toKey(k.direction));
    log("targets", targetsText(old), targetsText(k));
    log("agreed_on", old.agreedOn.toString(Qt::ISODate), k.agreedOn.toString(Qt::ISODate));
    log("agreed_by", old.agreedBy, k.agreedBy);
    Statement st(m_db, "UPDATE kpi_definition SET name = ?, team = ?, formula = ?, unit = ?, direction = ?, "
                       "agreed_on = ?, agreed_by = ? WHERE key = ?");
    st.bind(1, k.name)
        .bind(2, toKey(k.team))
        .bind(3, nonNull(k.formula))
        .bind(4, toKey(k.unit))
        .bind(5, toKey(k.direction));
    st.bind(6, k.agreedOn.isValid() ? k.agreedOn.toString(Qt::ISODate) : QString()).bind(7, k.agreedBy);
    st.bind(8, k.key).run();
    Statement del(m_db, "DELETE FROM kpi_target WHERE kpi_key = ?");
    del.bind(1, k.key).run();
    Statement t(m_db, "INSERT INTO kpi_target(kpi_key, period, value) VALUES (?,?,?)");
    for (const auto& [period, value] : k.targets)
        t.bind(1, k.key).bind(2, toKey(period)).bind(3, value).run();
}

std::vector<DefinitionChange> DefinitionStore::changeLog(int limit) {
    std::vector<DefinitionChange> out;
    Statement st(m_db, "SELECT id, at, who, entity, entity_key, field, old_value, new_value, note "
                       "FROM definition_change ORDER BY id DESC LIMIT ?");
    st.bind(1, limit);
    while (st.step())
        out.push_back({st.int64(0), QDateTime::fromSecsSinceEpoch(st.int64(1), Qt::UTC), st.text(2),
                       st.text(3), st.text(4), st.text(5), st.text(6), st.text(7), st.text(8)});
    return out;
}

void DefinitionStore::logChange(const QString& who, const QString& entity, const QString& key,
                                const QString& field, const QString& oldValue, const QString& newValue,
                                const QString& note) {
    Statement st(
        m_db, "INSERT INTO definition_change(at, who, entity, entity_key, field, old_value, new_value, note) "
              "VALUES (?,?,?,?,?,?,?,?)");
    st.bind(1, QDateTime::currentSecsSinceEpoch()).bind(2, who.isEmpty() ? QStringLiteral("unknown") : who);
    st.bind(3, entity)
        .bind(4, key)
        .bind(5, field)
        .bind(6, oldValue)
        .bind(7, newValue)
        .bind(8, nonNull(note))
        .run();
}

} // namespace revalign
