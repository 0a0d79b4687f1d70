#pragma once

#include "metrics/facttable.h"
#include "metrics/plan.h"

#include <QDialog>

#include <memory>

class QDoubleSpinBox;
class QLabel;

namespace Ui {
class PlanDialog;
}

namespace revalign::ui {

class PlanStepModel;

// The reverse funnel: a bookings target for a period, the workspace's own rates (each editable as a
// what-if) and what each stage must deliver by when, per team. Reads the snapshot only; writes nothing.
class PlanDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PlanDialog(FactSnapshot facts, QWidget* parent = nullptr);
    ~PlanDialog() override;

    PlanStepModel* model() const { return m_model; }
    void setTarget(double amount);
    void setPeriod(PeriodKind kind);
    // The rates as shown (what-ifs applied).
    PlanRates rates() const;

private:
    struct RateField {
        QDoubleSpinBox* spin;
        QLabel* workspace;
        std::optional<double> PlanRates::*field;
        double scale; // 100 for percentages
    };
    void resetRates();
    void recompute();

    std::unique_ptr<::Ui::PlanDialog> m_ui;
    FactSnapshot m_facts;
    PlanRates m_workspaceRates;
    std::vector<RateField> m_fields;
    PlanStepModel* m_model;
};

} // namespace revalign::ui
