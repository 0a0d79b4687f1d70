#pragma once

#include "domain/kpibenchmark.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BenchmarkDialog;
}

namespace revalign::ui {

class BenchmarkModel;

// Offers the suggested benchmarks (domain/kpibenchmark.h) for the workspace's KPIs; nothing is adopted
// unless ticked. adopted() returns the KPIs to save, with the benchmark as target and who agreed when.
class BenchmarkDialog final : public QDialog {
    Q_OBJECT
public:
    BenchmarkDialog(const std::vector<KpiDefinition>& kpis, QWidget* parent = nullptr);
    ~BenchmarkDialog() override;

    BenchmarkModel* model() const { return m_model; }
    std::vector<KpiDefinition> adopted() const;
    QString note() const;

private:
    std::unique_ptr<::Ui::BenchmarkDialog> m_ui;
    BenchmarkModel* m_model;
};

} // namespace revalign::ui
