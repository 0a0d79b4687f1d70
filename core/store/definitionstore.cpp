#include "store/definitionstore.h"

#include "store/database.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <algorithm>

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
                  "VALUES (?,?,?,?,?,?,?,?,?,?, (SELECT coalesce(max(position), 0) + 1 FROM persona)) "
                  "RETURNING id");
        bindAll(st);
        const PersonaId id{st.runReturningId()};
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
    Statement st(m_db, "SELECT id, source_id, name, email, role, team, manager_id, region, title FROM owner "
                       "ORDER BY name");
    while (st.step()) {
        Owner o;
        o.id = OwnerId{st.int64(0)};
        o.sourceId = st.text(1);
        o.name = st.text(2);
        o.email = st.text(3);
        o.role = roleFromKey(st.text(4)).value_or(Role::Sdr);
        o.storedTeam = teamFromKey(st.text(5));
        o.manager = OwnerId{st.optInt64(6).value_or(0)};
        o.region = st.text(7);
        o.title = st.text(8);
        out.push_back(std::move(o));
    }
    return out;
}

std::vector<DealStage> DefinitionStore::dealStages() {
    std::vector<DealStage> out;
    Statement st(
        m_db, "SELECT s.name, s.position, s.probability, s.forecast_category, s.is_closed, s.is_won, "
              "s.is_defined, coalesce(d.n, 0) FROM deal_stage s "
              "LEFT JOIN (SELECT stage, count(*) AS n FROM opportunity GROUP BY stage) d ON d.stage = s.name "
              "ORDER BY s.position, s.name");
    while (st.step()) {
        DealStage d;
        d.name = st.text(0);
        d.position = st.int32(1);
        d.probability = st.real(2);
        d.forecast = forecastCategoryFromKey(st.text(3)).value_or(ForecastCategory::Pipeline);
        d.outcome = st.int64(4) == 0   ? DealStageOutcome::Open
                    : st.int64(5) != 0 ? DealStageOutcome::Won
                                       : DealStageOutcome::Lost;
        d.defined = st.int64(6) != 0;
        d.deals = st.int64(7);
        out.push_back(std::move(d));
    }
    return out;
}

qint64 DefinitionStore::saveDealStage(const DealStage& s, const QString& who, const QString& note) {
    if (s.probability < 0 || s.probability > 1)
        throw Error(
            QStringLiteral("deal stage '%1': the probability must be between 0 and 100 %").arg(s.name));
    Transaction tx(m_db);
    std::vector<DealStage> all = dealStages();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const DealStage& d) { return d.name == s.name; });
    if (it == all.end())
        throw Error(QStringLiteral("no deal stage named '%1'").arg(s.name));
    const DealStage old = *it;
    const auto log = [&](const char* field, const QString& a, const QString& b) {
        if (a != b)
            logChange(who, QStringLiteral("deal_stage"), s.name, QString::fromLatin1(field), a, b, note);
    };
    log("position", QString::number(old.position), QString::number(s.position));
    log("probability", QString::number(old.probability), QString::number(s.probability));
    log("forecast_category", toKey(old.forecast), toKey(s.forecast));
    log("outcome", toKey(old.outcome), toKey(s.outcome));
    log("defined", old.defined ? QStringLiteral("yes") : QStringLiteral("no"), QStringLiteral("yes"));
    // The new order: this stage at its new place, the others keeping theirs relative to each other.
    if (s.position != old.position) {
        DealStage moved = *it;
        all.erase(it);
        const auto at = std::clamp<qsizetype>(s.position - 1, 0, qsizetype(all.size()));
        all.insert(all.begin() + at, moved);
        Statement pos(m_db, "UPDATE deal_stage SET position = ? WHERE name = ?");
        for (size_t i = 0; i < all.size(); ++i)
            pos.bind(1, qint64(i + 1)).bind(2, all[i].name).run();
    }
    Statement st(m_db,
                 "UPDATE deal_stage SET probability = ?, forecast_category = ?, is_closed = ?, is_won = ?, "
                 "is_defined = 1, batch_id = NULL WHERE name = ?");
    st.bind(1, s.probability)
        .bind(2, toKey(s.forecast))
        .bind(3, s.closed() ? 1 : 0)
        .bind(4, s.won() ? 1 : 0)
        .bind(5, s.name)
        .run();
    // Deals follow the definition where their values are the old definition's (copied from it at import,
    // or never said otherwise): outcome, probability, forecast category. SET reads the row as it was.
    Statement deals(m_db,
                    "UPDATE opportunity SET "
                    "is_closed = CASE WHEN is_closed = ?2 AND is_won = ?3 THEN ?4 ELSE is_closed END, "
                    "is_won = CASE WHEN is_closed = ?2 AND is_won = ?3 THEN ?5 ELSE is_won END, "
                    "probability = CASE WHEN probability = ?6 THEN ?7 ELSE probability END, "
                    "forecast_category = CASE WHEN forecast_category = ?8 THEN ?9 ELSE forecast_category END "
                    "WHERE stage = ?1 AND ((is_closed = ?2 AND is_won = ?3 AND (?2 <> ?4 OR ?3 <> ?5)) "
                    "OR (probability = ?6 AND ?6 <> ?7) OR (forecast_category = ?8 AND ?8 <> ?9))");
    deals.bind(1, s.name)
        .bind(2, old.closed() ? 1 : 0)
        .bind(3, old.won() ? 1 : 0)
        .bind(4, s.closed() ? 1 : 0)
        .bind(5, s.won() ? 1 : 0)
        .bind(6, old.probability)
        .bind(7, s.probability)
        .bind(8, toKey(old.forecast))
        .bind(9, toKey(s.forecast))
        .run();
    const qint64 moved = m_db.changes();
    tx.commit();
    return moved;
}

OwnerId DefinitionStore::saveOwner(const Owner& o) {
    Statement st(m_db,
                 "INSERT INTO owner(source_id, name, email, role, team) VALUES (?,?,?,?,?) "
                 "ON CONFLICT(name) DO UPDATE SET source_id = coalesce(excluded.source_id, owner.source_id), "
                 "email = coalesce(excluded.email, owner.email), role = excluded.role, team = excluded.team "
                 "RETURNING id");
    st.bind(1, o.sourceId).bind(2, o.name).bind(3, o.email).bind(4, toKey(o.role)).bind(5, toKey(o.team()));
    st.step();
    return OwnerId{st.int64(0)};
}

std::vector<KpiDefinition> DefinitionStore::kpiDefinitions() {
    std::vector<KpiDefinition> out;
    // Within a team in the order they were added (SQLite's rowid). PostgreSQL has no rowid: its physical
    // row order (ctid) is the insertion order until a definition is edited, which moves it to the end of
    // its team; a `position` column (docs/postgresql.md §3 #6, §9 step 3) makes it exact on both.
    const std::string order = m_db.isPostgres() ? "ctid" : "rowid";
    Statement st(m_db,
                 "SELECT key, name, team, formula, unit, direction, agreed_on, agreed_by FROM kpi_definition "
                 "ORDER BY CASE team WHEN 'marketing' THEN 0 WHEN 'shared' THEN 1 ELSE 2 END, " +
                     order);
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
