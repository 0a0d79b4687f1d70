#pragma once

#include "metrics/plan.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// The reverse funnel's steps: what each stage must deliver, which team owns it, and by when.
class PlanStepModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Step, Team, Needed, By, Note, ColumnCount };

    explicit PlanStepModel(QObject* parent = nullptr);
    void setPlan(ReversePlan plan, QString currency);
    const ReversePlan& plan() const { return m_plan; }
    static QString stepName(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReversePlan m_plan;
    QString m_currency;
};

} // namespace revalign::ui
