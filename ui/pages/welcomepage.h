#pragma once

#include <QWidget>

class QListWidget;

namespace revalign::ui {

// Shown when no workspace is open: what RevAlign is, and the ways in.
class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecentFiles(const QStringList& paths);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void connectRequested();
    void openPathRequested(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace revalign::ui
