#pragma once

#include "metrics/dataquality.h"
#include "metrics/facttable.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace revalign::ui {

class QualityFindingModel;
struct DrillRequest;

// What the data cannot support, each finding with its count, its share and the records behind it, and
// what the figures do about it (left out of cycle and time in stage, counted only in All time, …). The
// checks run off the UI thread after each snapshot load.
class DataQualityPage final : public QWidget {
    Q_OBJECT
public:
    explicit DataQualityPage(QWidget* parent = nullptr);
    ~DataQualityPage() override;

    // Runs the checks on the workspace's snapshot (an empty path clears the page).
    void setWorkspace(const QString& path, FactSnapshot facts);
    bool isComputing() const;
    QualityFindingModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Opens the records of the selected finding (or of `row`).
    void showRecords(int row = -1);

Q_SIGNALS:
    // The checks finished: how many findings, and how many records they concern (for the dashboard).
    void checked(int findings, qint64 records);
    void drillRequested(const revalign::ui::DrillRequest& request);

private:
    struct Outcome {
        QualityReport report;
        QString error;
    };
    void onChecked();
    int selectedRow() const;

    QFutureWatcher<Outcome> m_watcher;
    QualityFindingModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
    QPushButton* m_show;
};

} // namespace revalign::ui
