#pragma once

#include <QDateTime>
#include <QString>

namespace revalign {

// One entry of the log of changes to the agreed definitions (personas, stages, KPIs, targets).
struct DefinitionChange {
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString entity;    // "persona", "stage", "kpi", "setting"
    QString entityKey; // the persona name, stage key, KPI key...
    QString field;
    QString oldValue;
    QString newValue;
    QString note;

    friend bool operator==(const DefinitionChange&, const DefinitionChange&) = default;
};

} // namespace revalign
