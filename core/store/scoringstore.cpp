#include "store/scoringstore.h"

#include "store/database.h"
#include "store/definitionstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace revalign {

namespace {
// One part of the model as compact JSON, so the change log shows what moved, not the whole document.
QString part(const ScoringModel& m, const QString& key) {
    const QJsonValue v = QJsonDocument::fromJson(toJson(m)).object().value(key);
    if (v.isDouble())
        return QString::number(v.toDouble());
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

bool ScoringStore::hasStoredModel() {
    Statement st(m_db, "SELECT count(*) FROM scoring_model");
    st.step();
    return st.int64(0) > 0;
}

ScoringModel ScoringStore::load() {
    Statement st(m_db, "SELECT definition FROM scoring_model WHERE id = 1");
    if (!st.step())
        return defaultScoringModel();
    return scoringModelFromJson(st.text(0).toUtf8(), m_db.path() + QStringLiteral(": scoring model"));
}

void ScoringStore::save(const ScoringModel& model, const QString& who, const QString& note) {
    if (const QStringList problems = scoringModelProblems(model); !problems.isEmpty())
        throw Error(QCoreApplication::translate("Scoring", "the scoring model cannot be saved: %1")
                        .arg(problems.join(QStringLiteral("; "))));
    Transaction tx(m_db);
    const ScoringModel old = load();
    DefinitionStore defs(m_db);
    for (const char* key : {"threshold", "half_life_days", "fit", "engagement", "caps"}) {
        const QString k = QString::fromLatin1(key);
        const QString before = part(old, k);
        const QString after = part(model, k);
        if (before != after)
            defs.logChange(who, QStringLiteral("scoring"), QStringLiteral("model"), k, before, after, note);
    }
    Statement st(m_db,
                 "INSERT INTO scoring_model(id, definition, updated_at, updated_by) VALUES (1, ?, ?, ?) "
                 "ON CONFLICT(id) DO UPDATE SET definition = excluded.definition, "
                 "updated_at = excluded.updated_at, updated_by = excluded.updated_by");
    st.bind(1, QString::fromUtf8(toJson(model)))
        .bind(2, QDateTime::currentSecsSinceEpoch())
        .bind(3, who)
        .run();
    tx.commit();
}

} // namespace revalign
