#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace revalign::ui {

class ImportBatchModel;

// Where imports start and can be taken back: a big "Import files…" button, the workspace's import
// batches (file, profile, time, counts) and "Undo last import".
class ImportPage final : public QWidget {
    Q_OBJECT
public:
    explicit ImportPage(QWidget* parent = nullptr);

    // Reads the batches of the workspace (empty path = none open).
    void setWorkspace(const QString& path);
    ImportBatchModel* batchModel() const { return m_model; }
    // Undoes the newest batch; false with a message when there is none or it fails.
    bool undoLast(QString* message);
    void setHeadless(bool headless) { m_headless = headless; }

Q_SIGNALS:
    void importRequested();
    // An undo changed the workspace: every page must read it again.
    void workspaceChanged();

private:
    void refresh();

    QString m_path;
    ImportBatchModel* m_model;
    QLabel* m_emptyLabel;
    QTableView* m_view;
    QPushButton* m_undoButton;
    bool m_headless = false;
};

} // namespace revalign::ui
