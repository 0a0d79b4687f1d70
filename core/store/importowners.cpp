#include "store/importwriterprivate.h"

#include "domain/enums.h"

#include <QCoreApplication>

// ImportWriter's owners path: a Salesforce User export, a sales-team list (sales_agent, manager,
// regional_office) or any owners file. An owner is found by CRM user id first, then by name (the name as
// other files write it), so an owner other files created on first sight from a bare id (Salesforce
// OwnerId) gets its name, role, manager and region from the User export, and the records that named the
// id stay linked to it. A manager not in the file (yet) is created on first sight the same way and
// completed when its own row arrives, earlier or later in the file, or in a later import.

namespace revalign {

namespace {
// CRM user ids (Salesforce 005…, HubSpot numbers) carry a digit and no space; names do not.
bool looksLikeId(const QString& text) {
    return !text.contains(u' ') && std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// "Inside Sales", "VP, Marketing", "Demand Generation": the team a department or role name belongs to,
// when it says so.
std::optional<Team> teamInWords(const QString& text) {
    const QString t = text.toLower();
    const bool marketing = t.contains(u"marketing") || t.contains(u"demand gen");
    const bool sales =
        t.contains(u"sales") || t.contains(u"account exec") || t.contains(u"business development");
    if (marketing && !sales)
        return Team::Marketing;
    if (sales && !marketing)
        return Team::Sales;
    return std::nullopt;
}

// "Best Case" -> "best_case": the form role keys take.
QString keyForm(const QString& text) {
    QString k = text.trimmed().toLower();
    k.replace(u' ', u'_').replace(u'-', u'_');
    return k;
}

ImportOwnerRow readOwner(const Statement& st, ImportBatchId batch) {
    ImportOwnerRow o;
    o.id = st.int64(0);
    o.name = st.text(1);
    o.sourceId = st.text(2);
    o.email = st.text(3);
    o.role = st.text(4);
    o.team = st.text(5);
    o.manager = st.optInt64(6);
    o.region = st.text(7);
    o.title = st.text(8);
    o.ours = st.optInt64(9) == batch.value();
    return o;
}

constexpr const char* kOwnerColumns =
    "id, name, source_id, email, role, team, manager_id, region, title, batch_id";
} // namespace

std::optional<ImportOwnerRow> ImportWriter::findOwner(const QString& sourceId, const QString& name) {
    std::optional<ImportOwnerRow> bySource, byName;
    if (!sourceId.isEmpty()) {
        Statement st(m_db, std::string("SELECT ") + kOwnerColumns +
                               " FROM owner WHERE source_id = ? ORDER BY id LIMIT 1");
        st.bind(1, sourceId);
        if (st.step())
            bySource = readOwner(st, m_batch);
    }
    if (!name.isEmpty()) {
        Statement st(m_db, std::string("SELECT ") + kOwnerColumns + " FROM owner WHERE name = ?");
        st.bind(1, name);
        if (st.step())
            byName = readOwner(st, m_batch);
    }
    if (!bySource || !byName || bySource->id == byName->id)
        return bySource ? bySource : byName;
    // The id names one owner, the name another. When the id's owner is only a placeholder (created from
    // a bare id in another file), it is the named owner: its records move over and it goes (undo brings
    // it back). Otherwise they are two people; the id wins and its owner keeps its own name.
    if (bySource->name != bySource->sourceId)
        return bySource;
    for (const char* table : {"contact", "opportunity", "deal_state"}) { // deal_state: the history too
        Statement rows(m_db, std::string("SELECT id FROM ") + table + " WHERE owner_id = ?");
        rows.bind(1, bySource->id);
        std::vector<qint64> ids;
        while (rows.step())
            ids.push_back(rows.int64(0));
        Statement move(m_db, std::string("UPDATE ") + table + " SET owner_id = ? WHERE id = ?");
        for (const qint64 id : ids) {
            m_store.rememberBefore(m_batch, table, id);
            move.bind(1, byName->id).bind(2, id).run();
        }
    }
    {
        Statement rows(m_db, "SELECT id FROM owner WHERE manager_id = ?");
        rows.bind(1, bySource->id);
        std::vector<qint64> ids;
        while (rows.step())
            ids.push_back(rows.int64(0));
        Statement move(m_db, "UPDATE owner SET manager_id = ? WHERE id = ?");
        for (const qint64 id : ids) {
            if (id != byName->id)
                m_store.rememberBefore(m_batch, "owner", id);
            move.bind(1, id == byName->id ? std::optional<qint64>() : std::optional<qint64>(byName->id))
                .bind(2, id)
                .run();
        }
    }
    m_store.rememberBefore(m_batch, "owner", bySource->id);
    Statement drop(m_db, "DELETE FROM owner WHERE id = ?");
    drop.bind(1, bySource->id).run();
    return byName;
}

std::variant<ImportWriter::Outcome, QString> ImportWriter::writeOwner(const ImportRecord& r) {
    const QString sourceId = r.qtext(Field::SourceId).trimmed();
    QString name = r.qtext(Field::Name).trimmed();
    if (name.isEmpty())
        name = QString(r.qtext(Field::FirstName).trimmed() + u' ' + r.qtext(Field::LastName).trimmed())
                   .trimmed();
    if (name.isEmpty())
        name = r.qtext(Field::FullName).trimmed();
    if (name.isEmpty())
        name = sourceId;
    if (name.isEmpty())
        return QCoreApplication::translate("Import", "no value for the owner's name or id");
    const QString defaultRole = m_rules.effectiveOwnerRole();
    // The role: one of ours as written or mapped (values.role), else the profile's default; the CRM's
    // own role name is kept as the title then, and named in the findings, never dropped.
    QString title = r.qtext(Field::Title).trimmed();
    const QString roleText = r.qtext(Field::Role).trimmed();
    std::optional<Role> role = roleText.isEmpty() ? std::nullopt : roleFromKey(keyForm(roleText));
    if (!roleText.isEmpty() && !role) {
        ++m_unknownRoles[roleText];
        if (title.isEmpty())
            title = roleText;
    }
    const Role finalRole = role.value_or(roleFromKey(defaultRole).value_or(Role::Sdr));
    // The team: a team column (marketing or sales), else what the department or role name says, else the
    // role's team.
    Team finalTeam = teamOf(finalRole);
    bool teamSaid = false; // by a team column or by the department's or role's words
    if (r.has(Field::Team)) {
        const std::optional<Team> column = teamFromKey(r.qtext(Field::Team));
        if (column && *column != Team::Shared) {
            finalTeam = *column;
            teamSaid = true;
        }
    }
    for (const QString& words : {r.qtext(Field::Department), roleText, title}) {
        if (teamSaid || words.isEmpty())
            continue;
        if (const std::optional<Team> t = teamInWords(words)) {
            finalTeam = *t;
            teamSaid = true;
        }
    }

    std::optional<ImportOwnerRow> existing = findOwner(sourceId, name);
    std::optional<qint64> manager;
    if (r.has(Field::Manager)) {
        const QString m = r.qtext(Field::Manager).trimmed();
        const bool isSelf = m == name || (!sourceId.isEmpty() && m == sourceId);
        if (!m.isEmpty() && !isSelf) {
            const bool byId = looksLikeId(m);
            std::optional<ImportOwnerRow> found = findOwner(byId ? m : QString(), byId ? QString() : m);
            if (!found && byId) // a name that happens to look like an id
                found = findOwner(QString(), m);
            if (found) {
                manager = found->id;
            } else {
                // Created on first sight; completed when the manager's own row arrives.
                Statement ins(
                    m_db, "INSERT INTO owner(source_id, name, role, team, batch_id) VALUES (?, ?, ?, ?, ?) "
                          "RETURNING id");
                ins.bind(1, byId ? m : QString())
                    .bind(2, m)
                    .bind(3, toKey(roleFromKey(defaultRole).value_or(Role::Sdr)))
                    .bind(4, toKey(finalTeam))
                    .bind(5, m_batch.value());
                manager = ins.runReturningId();
            }
        }
    }
    const QString email = r.qtext(Field::Email);
    const QString region = r.qtext(Field::Region).trimmed();
    if (!existing) {
        Statement ins(m_db,
                      "INSERT INTO owner(source_id, name, email, role, team, manager_id, region, title, "
                      "batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        const auto orNull = [](const QString& s) { return s.isEmpty() ? QString() : s; };
        ins.bind(1, orNull(sourceId))
            .bind(2, name)
            .bind(3, orNull(email))
            .bind(4, toKey(finalRole))
            .bind(5, toKey(finalTeam))
            .bind(6, manager)
            .bind(7, orNull(region))
            .bind(8, orNull(title))
            .bind(9, m_batch.value());
        m_ownerRows.insert(ins.runReturningId());
        return Outcome::Added;
    }
    // What the file says replaces what the workspace has; what it leaves out stays. An owner created
    // on first sight (from a bare id or a manager's name) takes everything this row says.
    // Created on first sight by this file (a manager named before its own row): new with this row.
    const bool createdHere = existing->ours && !m_ownerRows.contains(existing->id);
    // Known only by id until now (another file named it), or created on first sight: a placeholder.
    const bool placeholder = createdHere || existing->name == existing->sourceId;
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QString() : s; };
    ImportOwnerRow next = *existing;
    next.name = name;
    if (name != existing->name) {
        Statement taken(m_db, "SELECT 1 FROM owner WHERE name = ? AND id <> ?");
        taken.bind(1, name).bind(2, existing->id);
        if (taken.step()) {
            // Two people: this id's owner and another one already called so. Names are unique (other
            // files find owners by them), so this one keeps the name it has.
            m_findings.note(QCoreApplication::translate(
                                "Import",
                                "line %1: owner '%2' (id %3) is called '%4' in this file, the name of "
                                "another owner; kept as '%2'")
                                .arg(r.line)
                                .arg(existing->name, sourceId, name));
            next.name = existing->name;
        }
    }
    if (!sourceId.isEmpty())
        next.sourceId = sourceId;
    if (!email.isEmpty())
        next.email = email;
    if (role || placeholder)
        next.role = toKey(finalRole);
    if (teamSaid || role || placeholder)
        next.team = toKey(finalTeam);
    if (r.has(Field::Manager))
        next.manager = manager;
    if (!region.isEmpty())
        next.region = region;
    if (!title.isEmpty())
        next.title = title;
    const bool same = next.name == existing->name && next.sourceId == existing->sourceId &&
                      next.email == existing->email && next.role == existing->role &&
                      next.team == existing->team && next.manager == existing->manager &&
                      next.region == existing->region && next.title == existing->title;
    const Outcome outcome = createdHere ? Outcome::Added : same ? Outcome::Unchanged : Outcome::Updated;
    m_ownerRows.insert(existing->id);
    if (same)
        return outcome;
    if (!existing->ours)
        m_store.rememberBefore(m_batch, "owner", existing->id);
    Statement up(m_db,
                 "UPDATE owner SET name = ?, source_id = ?, email = ?, role = ?, team = ?, manager_id = ?, "
                 "region = ?, title = ? WHERE id = ?");
    up.bind(1, next.name)
        .bind(2, orNull(next.sourceId))
        .bind(3, orNull(next.email))
        .bind(4, next.role)
        .bind(5, next.team)
        .bind(6, next.manager)
        .bind(7, orNull(next.region))
        .bind(8, orNull(next.title))
        .bind(9, existing->id)
        .run();
    return outcome;
}

} // namespace revalign
