#pragma once

#include "metrics/facttable.h"
#include "pages/dashboardpage.h"
#include "store/recordstore.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace revalign::ui {

class RecordTableModel;

// The records behind a clicked figure: a sortable, filterable table, and export to CSV. Ids come from
// the same engine that computed the figure, so the list and the number cannot disagree.
class DrillDownDialog final : public QDialog {
    Q_OBJECT
public:
    // Shows at most this many rows; the CSV export writes all of them.
    static constexpr qsizetype kShownRows = 50000;

    DrillDownDialog(FactSnapshot facts, QString workspacePath, DrillRequest request,
                    QWidget* parent = nullptr);
    ~DrillDownDialog() override;

    RecordTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    bool isLoading() const;
    const std::vector<qint64>& ids() const { return m_ids; }
    bool opportunities() const { return m_opportunities; }
    // Writes every record to `path` (atomically: a failed export leaves no half file). Returns an error.
    QString exportCsv(const QString& path) const;

Q_SIGNALS:
    void loaded();

private:
    struct Loaded {
        std::vector<qint64> ids;
        bool opportunities = false;
        RecordTable table;
        QString error;
    };
    void onLoaded();

    FactSnapshot m_facts;
    QString m_path;
    DrillRequest m_request;
    QFutureWatcher<Loaded> m_watcher;
    QFutureWatcher<QString> m_exportWatcher;
    std::vector<qint64> m_ids;
    bool m_opportunities = false;
    RecordTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summary;
    QLineEdit* m_filter;
    QTableView* m_view;
    QPushButton* m_export;
};

} // namespace revalign::ui
