#pragma once

#include "domain/kpidefinition.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// The KPI registry: what each KPI means, who owns it, its targets and who agreed them when.
class KpiDefinitionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    // The long formula and the key go last, so the figures people compare fit on screen.
    enum Column {
        Name,
        Team,
        Unit,
        Direction,
        Week,
        Month,
        Quarter,
        AgreedOn,
        AgreedBy,
        Formula,
        Key,
        ColumnCount
    };

    explicit KpiDefinitionModel(QObject* parent = nullptr);
    void setKpis(std::vector<KpiDefinition> kpis);
    const KpiDefinition* kpiAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString unitText(KpiUnit unit);
    static QString directionText(KpiDirection direction);
    // A target as people read it: ratios as percentages, other units as plain numbers; "—" when unset.
    static QString targetText(const KpiDefinition& kpi, PeriodKind period);
    static QString kpiDisplayName(const KpiDefinition& kpi);
    static QString kpiDisplayFormula(const KpiDefinition& kpi);

private:
    std::vector<KpiDefinition> m_kpis;
};

} // namespace revalign::ui
