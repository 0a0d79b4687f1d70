#pragma once

#include "domain/kpidefinition.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class KpiDialog;
}

namespace revalign::ui {

// Edits a KPI's name, formula in words, targets per week/month/quarter and who agreed them when.
// Ratio targets are typed as percentages (60 means 60 %).
class KpiDialog final : public QDialog {
    Q_OBJECT
public:
    explicit KpiDialog(const KpiDefinition& kpi, QWidget* parent = nullptr);
    ~KpiDialog() override;

    KpiDefinition kpi() const;
    QString note() const;

private:
    static double displayScale(KpiUnit unit);
    QLineEdit* targetEdit(PeriodKind period) const;
    std::optional<double> targetValue(PeriodKind period, bool* ok) const;
    void validate();

    std::unique_ptr<::Ui::KpiDialog> m_ui;
    KpiDefinition m_original;
};

} // namespace revalign::ui
