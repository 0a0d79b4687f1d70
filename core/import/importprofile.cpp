#include "import/importprofile.h"

#include "import/csvreader.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace revalign {

namespace {
constexpr int kFormatVersion = 1;

[[noreturn]] void fail(const QString& origin, const QString& what) {
    throw Error(
        QCoreApplication::translate("ImportProfile", "%1: invalid import profile: %2").arg(origin, what));
}

Field fieldOrFail(const QString& key, const QString& origin, const QString& where) {
    const auto field = fieldFromKey(key);
    if (!field)
        fail(origin, QCoreApplication::translate("ImportProfile", "%1: unknown field '%2'").arg(where, key));
    return *field;
}

// A field the profile's entity has (or `ignore`); otherwise the error lists the fields it has.
void requireEntityField(ImportEntity entity, Field field, const QString& origin, const QString& where) {
    if (entityHasField(entity, field))
        return;
    QStringList keys;
    for (const Field f : entityFields(entity))
        keys << fieldKey(f);
    fail(origin,
         QCoreApplication::translate("ImportProfile", "%1: '%2' is not a field of %3 (its fields: %4)")
             .arg(where, fieldKey(field), toKey(entity), keys.join(QStringLiteral(", "))));
}

QStringList stringList(const QJsonValue& value, const QString& origin, const QString& where) {
    if (!value.isArray())
        fail(origin,
             QCoreApplication::translate("ImportProfile", "'%1' must be a list of strings").arg(where));
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isString())
            fail(origin,
                 QCoreApplication::translate("ImportProfile", "'%1' must be a list of strings").arg(where));
        out << v.toString();
    }
    return out;
}
// formats.null_values: a list for every column, or an object of lists by column header ("*" = every
// column). A header must be one of the profile's columns: a typo would otherwise apply to nothing.
void readNullValues(ImportProfile& p, const QJsonValue& value, const QString& origin) {
    const QString where = QStringLiteral("formats.null_values");
    if (value.isUndefined() || value.isNull())
        return;
    if (value.isArray()) {
        p.nullValues = stringList(value, origin, where);
        return;
    }
    if (!value.isObject())
        fail(origin, QCoreApplication::translate(
                         "ImportProfile",
                         "formats.null_values must be a list of strings or an object of lists by column"));
    const QJsonObject byColumn = value.toObject();
    for (auto it = byColumn.begin(); it != byColumn.end(); ++it) {
        const QStringList spellings = stringList(it.value(), origin, where + u'.' + it.key());
        if (it.key() == u"*") {
            p.nullValues = spellings;
            continue;
        }
        const auto column = std::find_if(p.columns.begin(), p.columns.end(), [&](const auto& c) {
            return c.first.compare(it.key(), Qt::CaseInsensitive) == 0;
        });
        if (column == p.columns.end())
            fail(origin, QCoreApplication::translate("ImportProfile",
                                                     "formats.null_values: '%1' is not one of the profile's "
                                                     "columns")
                             .arg(it.key()));
        p.columnNullValues[column->first] = spellings;
    }
}
} // namespace

ImportProfile ImportProfile::fromJsonBytes(const QByteArray& bytes, const QString& origin) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        throw Error(QCoreApplication::translate("ImportProfile", "%1: line %2, column %3: not valid JSON: %4")
                        .arg(origin)
                        .arg(line)
                        .arg(column)
                        .arg(error.errorString()));
    }
    if (!doc.isObject())
        fail(origin, QCoreApplication::translate("ImportProfile", "the file must hold one JSON object"));
    return fromJson(doc.object(), origin);
}

ImportProfile ImportProfile::fromJson(const QJsonObject& json, const QString& origin) {
    static const QSet<QString> known{QStringLiteral("format"),
                                     QStringLiteral("version"),
                                     QStringLiteral("name"),
                                     QStringLiteral("title"),
                                     QStringLiteral("description"),
                                     QStringLiteral("source"),
                                     QStringLiteral("entity"),
                                     QStringLiteral("signatures"),
                                     QStringLiteral("columns"),
                                     QStringLiteral("values"),
                                     QStringLiteral("defaults"),
                                     QStringLiteral("formats"),
                                     QStringLiteral("match"),
                                     QStringLiteral("owner_role"),
                                     QStringLiteral("notes"),
                                     QStringLiteral("absent"),
                                     QStringLiteral("stage_entered_columns")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            fail(origin, QCoreApplication::translate("ImportProfile", "unknown key '%1'").arg(it.key()));
    if (json.value(QStringLiteral("format")).toString() != u"revalign-import-profile")
        fail(origin,
             QCoreApplication::translate("ImportProfile", "'format' must be \"revalign-import-profile\""));
    if (json.value(QStringLiteral("version")).toInt() != kFormatVersion)
        fail(origin,
             QCoreApplication::translate("ImportProfile", "'version' must be %1").arg(kFormatVersion));
    ImportProfile p;
    p.name = json.value(QStringLiteral("name")).toString();
    if (p.name.isEmpty())
        fail(origin, QCoreApplication::translate("ImportProfile", "'name' is missing"));
    p.title = json.value(QStringLiteral("title")).toString(p.name);
    p.description = json.value(QStringLiteral("description")).toString();
    p.source = json.value(QStringLiteral("source")).toString();
    if (p.source.isEmpty())
        fail(origin,
             QCoreApplication::translate(
                 "ImportProfile", "'source' is missing (the system the ids come from, e.g. \"hubspot\")"));
    const QString entityKey = json.value(QStringLiteral("entity")).toString();
    const auto entity = importEntityFromKey(entityKey);
    if (!entity)
        fail(origin, QCoreApplication::translate(
                         "ImportProfile",
                         "'entity' must be one of contacts, accounts, opportunities, touchpoints, campaigns, "
                         "campaign_members, stage_updates, owners, deal_history"));
    p.entity = *entity;
    if (entityKey != toKey(p.entity))
        p.entityWord = entityKey;
    for (const QJsonValue& sig : json.value(QStringLiteral("signatures")).toArray())
        p.signatures.push_back(stringList(sig, origin, QStringLiteral("signatures")));
    if (json.contains(QStringLiteral("absent")))
        p.absent = stringList(json.value(QStringLiteral("absent")), origin, QStringLiteral("absent"));
    const QJsonValue columns = json.value(QStringLiteral("columns"));
    if (!columns.isArray() || columns.toArray().isEmpty())
        fail(origin, QCoreApplication::translate(
                         "ImportProfile",
                         "'columns' must be a non-empty list of [\"Column header\", \"field\"] pairs"));
    for (const QJsonValue& pair : columns.toArray()) {
        const QJsonArray a = pair.toArray();
        if (a.size() != 2 || !a.at(0).isString() || !a.at(1).isString())
            fail(origin,
                 QCoreApplication::translate(
                     "ImportProfile", "'columns' entries must be [\"Column header\", \"field\"] pairs"));
        const Field field = fieldOrFail(a.at(1).toString(), origin, QStringLiteral("columns"));
        requireEntityField(p.entity, field, origin, QStringLiteral("columns"));
        p.columns.emplace_back(a.at(0).toString(), field);
    }
    const QJsonObject values = json.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const Field field = fieldOrFail(it.key(), origin, QStringLiteral("values"));
        requireEntityField(p.entity, field, origin, QStringLiteral("values"));
        const QJsonObject map = it.value().toObject();
        for (auto v = map.begin(); v != map.end(); ++v) {
            ValueMapping mapping;
            if (v.value().isString()) {
                mapping.value = v.value().toString();
            } else if (v.value().isObject()) {
                const QJsonObject o = v.value().toObject();
                for (auto f = o.begin(); f != o.end(); ++f) {
                    if (f.key() == u"note") {
                        mapping.note = f.value().toString();
                        continue;
                    }
                    const QString where = QStringLiteral("values.%1.%2").arg(it.key(), v.key());
                    const Field target = fieldOrFail(f.key(), origin, where);
                    requireEntityField(p.entity, target, origin, where);
                    if (target == field)
                        mapping.value = f.value().toString();
                    else
                        mapping.also[target] = f.value().toString();
                }
            } else {
                fail(origin, QCoreApplication::translate("ImportProfile",
                                                         "values.%1.%2 must be a string or an object")
                                 .arg(it.key(), v.key()));
            }
            p.values[field][v.key().toLower()] = mapping;
        }
    }
    const QJsonObject defaults = json.value(QStringLiteral("defaults")).toObject();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        const Field field = fieldOrFail(it.key(), origin, QStringLiteral("defaults"));
        requireEntityField(p.entity, field, origin, QStringLiteral("defaults"));
        p.defaults[field] = it.value().toString();
    }
    const QJsonObject formats = json.value(QStringLiteral("formats")).toObject();
    static const QSet<QString> knownFormats{QStringLiteral("encoding"), QStringLiteral("delimiter"),
                                            QStringLiteral("date_order"), QStringLiteral("decimal"),
                                            QStringLiteral("null_values")};
    for (auto it = formats.begin(); it != formats.end(); ++it)
        if (!knownFormats.contains(it.key()))
            fail(origin,
                 QCoreApplication::translate("ImportProfile", "unknown key 'formats.%1'").arg(it.key()));
    p.encoding = formats.value(QStringLiteral("encoding")).toString();
    if (p.encoding == u"auto")
        p.encoding.clear();
    const QString delimiter = formats.value(QStringLiteral("delimiter")).toString(QStringLiteral("auto"));
    if (delimiter != u"auto") {
        p.delimiter = delimiterFromName(delimiter);
        if (!p.delimiter)
            fail(origin,
                 QCoreApplication::translate(
                     "ImportProfile", "formats.delimiter must be auto, comma, semicolon, tab or pipe"));
    }
    const auto order =
        dateOrderFromKey(formats.value(QStringLiteral("date_order")).toString(QStringLiteral("auto")));
    if (!order)
        fail(origin, QCoreApplication::translate("ImportProfile",
                                                 "formats.date_order must be auto, iso, mdy, dmy or excel"));
    p.dateOrder = *order;
    const auto decimal =
        decimalMarkFromKey(formats.value(QStringLiteral("decimal")).toString(QStringLiteral("auto")));
    if (!decimal)
        fail(origin,
             QCoreApplication::translate("ImportProfile", "formats.decimal must be auto, dot or comma"));
    p.decimal = *decimal;
    readNullValues(p, formats.value(QStringLiteral("null_values")), origin);
    p.ownerRole = json.value(QStringLiteral("owner_role")).toString();
    if (json.contains(QStringLiteral("stage_entered_columns"))) {
        p.stageEnteredColumns = stringList(json.value(QStringLiteral("stage_entered_columns")), origin,
                                           QStringLiteral("stage_entered_columns"));
        for (const QString& t : p.stageEnteredColumns)
            if (!t.contains(QStringLiteral("{stage}")))
                fail(origin, QCoreApplication::translate(
                                 "ImportProfile", "stage_entered_columns: '%1' has no {stage} placeholder")
                                 .arg(t));
        if (p.entity != ImportEntity::Opportunities && p.entity != ImportEntity::DealHistory)
            fail(origin, QCoreApplication::translate(
                             "ImportProfile",
                             "stage_entered_columns only apply to opportunities and deal_history profiles"));
    }
    if (json.contains(QStringLiteral("match"))) {
        p.matchKeys = stringList(json.value(QStringLiteral("match")), origin, QStringLiteral("match"));
        for (const QString& key : p.matchKeys)
            if (key != u"source_id" && key != u"email")
                fail(origin, QCoreApplication::translate(
                                 "ImportProfile", "'match' may hold \"source_id\" and \"email\" only"));
    }
    return p;
}

QJsonObject ImportProfile::toJson() const {
    QJsonArray sigs;
    for (const QStringList& s : signatures)
        sigs.append(QJsonArray::fromStringList(s));
    QJsonArray cols;
    for (const auto& [header, field] : columns)
        cols.append(QJsonArray{header, fieldKey(field)});
    QJsonObject vals;
    for (const auto& [field, map] : values) {
        QJsonObject m;
        for (const auto& [from, mapping] : map) {
            if (mapping.also.empty() && mapping.note.isEmpty()) {
                m.insert(from, mapping.value);
                continue;
            }
            QJsonObject o;
            if (!mapping.value.isEmpty())
                o.insert(fieldKey(field), mapping.value);
            for (const auto& [f, v] : mapping.also)
                o.insert(fieldKey(f), v);
            if (!mapping.note.isEmpty())
                o.insert(QStringLiteral("note"), mapping.note);
            m.insert(from, o);
        }
        vals.insert(fieldKey(field), m);
    }
    QJsonObject defs;
    for (const auto& [field, v] : defaults)
        defs.insert(fieldKey(field), v);
    QJsonObject formats{
        {QStringLiteral("encoding"), encoding.isEmpty() ? QStringLiteral("auto") : encoding},
        {QStringLiteral("delimiter"), delimiter ? delimiterName(delimiter) : QStringLiteral("auto")},
        {QStringLiteral("date_order"), toKey(dateOrder)},
        {QStringLiteral("decimal"), toKey(decimal)}};
    if (!columnNullValues.empty()) {
        QJsonObject byColumn;
        if (!nullValues.isEmpty())
            byColumn.insert(QStringLiteral("*"), QJsonArray::fromStringList(nullValues));
        for (const auto& [column, spellings] : columnNullValues)
            byColumn.insert(column, QJsonArray::fromStringList(spellings));
        formats.insert(QStringLiteral("null_values"), byColumn);
    } else if (!nullValues.isEmpty()) {
        formats.insert(QStringLiteral("null_values"), QJsonArray::fromStringList(nullValues));
    }
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("revalign-import-profile")},
                  {QStringLiteral("version"), kFormatVersion},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("entity"), entityWord.isEmpty() ? toKey(entity) : entityWord},
                  {QStringLiteral("signatures"), sigs},
                  {QStringLiteral("columns"), cols},
                  {QStringLiteral("formats"), formats},
                  {QStringLiteral("match"), QJsonArray::fromStringList(matchKeys)}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (!vals.isEmpty())
        o.insert(QStringLiteral("values"), vals);
    if (!defs.isEmpty())
        o.insert(QStringLiteral("defaults"), defs);
    if (!ownerRole.isEmpty())
        o.insert(QStringLiteral("owner_role"), ownerRole);
    if (!stageEnteredColumns.isEmpty())
        o.insert(QStringLiteral("stage_entered_columns"), QJsonArray::fromStringList(stageEnteredColumns));
    if (!absent.isEmpty())
        o.insert(QStringLiteral("absent"), QJsonArray::fromStringList(absent));
    return o;
}

QByteArray ImportProfile::toJsonBytes() const {
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

int ImportProfile::matchScore(const QStringList& header) const {
    QSet<QString> present;
    for (const QString& h : header)
        present.insert(h.trimmed().toLower());
    bool signed_ = signatures.empty();
    for (const QStringList& sig : signatures) {
        bool all = true;
        for (const QString& column : sig)
            all = all && present.contains(column.toLower());
        signed_ = signed_ || all;
    }
    if (!signed_)
        return 0;
    for (const QString& column : absent)
        if (present.contains(column.toLower()))
            return 0;
    int score = 0;
    for (const auto& [column, field] : columns)
        score += present.contains(column.toLower()) ? 1 : 0;
    return score;
}

QStringList ImportProfile::absentPresent(const QStringList& header) const {
    QStringList out;
    for (const QString& column : absent)
        for (const QString& h : header)
            if (h.trimmed().compare(column, Qt::CaseInsensitive) == 0)
                out << h.trimmed();
    return out;
}

ImportRules ImportProfile::rules() const {
    ImportRules r;
    r.entity = entity;
    r.source = source;
    r.ownerRole = ownerRole;
    r.matchEmail = matchesEmail();
    r.mapsAsOf = std::any_of(columns.begin(), columns.end(),
                             [](const std::pair<QString, Field>& c) { return c.second == Field::AsOf; });
    return r;
}

} // namespace revalign
