#pragma once

#include "metrics/scoring.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace revalign::ui {

// Edits the lead-scoring model both teams agree on: the MQL threshold, the engagement half-life, the fit
// rules (who the contact is), the engagement rules (what they did; the first rule that matches a touch
// wins, so their order matters) and the caps per engagement group. Saving is refused while a rule has a
// problem; the problems are listed in the dialog, each naming its rule.
class ScoringModelDialog final : public QDialog {
    Q_OBJECT
public:
    // `personas`: the workspace's persona names, offered as a hint for persona rules.
    ScoringModelDialog(const ScoringModel& model, const QStringList& personas, QWidget* parent = nullptr);

    ScoringModel model() const;
    void setModel(const ScoringModel& model);
    QString note() const;
    QString problemsText() const;

    // For tests and keyboard users alike: the three rule tables.
    QTableWidget* fitTable() const { return m_fit; }
    QTableWidget* engagementTable() const { return m_engagement; }
    QTableWidget* capTable() const { return m_caps; }

    void accept() override;

    enum FitColumn { FitLabel, FitFieldColumn, FitValues, FitMin, FitMax, FitPoints, FitColumns };
    enum EngagementColumn { EngLabel, EngKind, EngChannel, EngGroup, EngPoints, EngColumns };
    enum CapColumn { CapGroup, CapPoints, CapColumns };

private:
    void addFitRow(const FitRule& rule);
    void addEngagementRow(const EngagementRule& rule);
    void addCapRow(const EngagementCap& cap);

    QStringList m_personas;
    QSpinBox* m_threshold;
    QDoubleSpinBox* m_halfLife;
    QTableWidget* m_fit;
    QTableWidget* m_engagement;
    QTableWidget* m_caps;
    QLineEdit* m_note;
    QLabel* m_problems;
};

} // namespace revalign::ui
