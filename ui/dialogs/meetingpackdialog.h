#pragma once

#include "metrics/facttable.h"
#include "metrics/period.h"
#include "report/packwriter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MeetingPackDialog;
}

namespace revalign::ui {

// File › Export meeting pack…: which days the pack covers (the latest complete week by default, or a
// preset, or any two dates), its format and its paper. Shows the period as the pack will title it.
class MeetingPackDialog final : public QDialog {
    Q_OBJECT
public:
    MeetingPackDialog(FactSnapshot facts, const DateRange& dashboardRange, const QString& filters,
                      QWidget* parent = nullptr);
    ~MeetingPackDialog() override;

    DateRange period() const;
    void setPeriod(const DateRange& range);
    report::PackFormat format() const;
    report::PaperSize paper() const;
    // "PDF files (*.pdf)" and the like, for the save dialog; and the suffix a name gets.
    QString fileFilter() const;
    QString suffix() const;

private:
    void applyPreset();
    void updatePeriodLabel();

    std::unique_ptr<::Ui::MeetingPackDialog> m_ui;
    FactSnapshot m_facts;
    DateRange m_dashboardRange;
    bool m_updating = false;
};

} // namespace revalign::ui
