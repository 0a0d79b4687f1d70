#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace revalign {

// A KPI both teams agreed to be judged by: what it means (formula in words), who owns it, and targets.
struct KpiDefinition {
    QString key; // stable, e.g. "mql_acceptance_rate"
    QString name;
    Team team = Team::Shared;
    QString formula;
    KpiUnit unit = KpiUnit::Count;
    KpiDirection direction = KpiDirection::HigherIsBetter;
    std::map<PeriodKind, double> targets; // target per week / month / quarter
    QDate agreedOn;
    QString agreedBy;

    friend bool operator==(const KpiDefinition&, const KpiDefinition&) = default;
    std::optional<double> target(PeriodKind period) const;
};

// The built-in registry with its stable keys (scripts depend on them).
std::vector<KpiDefinition> defaultKpiDefinitions();

} // namespace revalign
