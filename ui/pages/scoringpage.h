#pragma once

#include "metrics/scoringevaluation.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QTableView;

namespace revalign::ui {

class DefinitionService;
class ScoreBandModel;
class ScoreLineModel;

// Lead scoring judged by outcomes: score bands against acceptance, SQL and win rates, the AUC of won vs
// lost, a threshold slider with a live what-if, the threshold that best matches sales' decisions, and a
// contact lookup that shows each rule's points. Loading and scoring every contact run on a worker thread;
// the what-if is one pass over the scores and runs as the slider moves.
class ScoringPage final : public QWidget {
    Q_OBJECT
public:
    explicit ScoringPage(QWidget* parent = nullptr);
    ~ScoringPage() override;

    void setWorkspace(const QString& path);
    bool isComputing() const { return m_watcher.isRunning(); }
    void waitForResults();

    void setThreshold(int threshold);
    int threshold() const;
    // Shows the score of the contact with this id, rule by rule; false when there is none.
    bool explainContact(qint64 contactId);

    ScoreBandModel* bandModel() const { return m_bands; }
    ScoreLineModel* lineModel() const { return m_lines; }
    QString whatIfText() const;
    QString summaryText() const;
    // Opens the scoring-model editor on the model in use, with the threshold the slider shows; saving
    // stores it (with a change-log entry) and scores every contact again. Returns the dialog's result.
    int editModel();
    DefinitionService* service() const { return m_service; }

Q_SIGNALS:
    void resultsReady();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Outcome {
        JourneySnapshot journeys;
        ScoringModel model;
        std::vector<int> scores;
        ScoringEvaluation evaluation;
        QString error;
    };
    void start(); // loads and scores; setWorkspace defers it until the page is shown
    void onFinished();
    void updateWhatIf();

    void saveModel(const ScoringModel& model, const QString& note);

    QString m_path;
    DefinitionService* m_service;
    QFutureWatcher<Outcome> m_watcher;
    bool m_applied = true;
    bool m_stale = false;
    JourneySnapshot m_journeys;
    ScoringModel m_model;
    std::vector<int> m_scores;
    QLabel* m_summary;
    QSlider* m_slider;
    QSpinBox* m_thresholdBox;
    QLabel* m_whatIf;
    ScoreBandModel* m_bands;
    QTableView* m_bandView;
    QLineEdit* m_contact;
    QLabel* m_contactSummary;
    ScoreLineModel* m_lines;
    QTableView* m_lineView;
};

} // namespace revalign::ui
