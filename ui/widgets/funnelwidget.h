#pragma once

#include "metrics/funnel.h"

#include <QWidget>

namespace revalign::ui {

// The funnel as horizontal bars, one row per stage: count, next-step rate and cumulative rate; stages
// of an immature cohort are marked with words, not only a colour. Clicking a row drills down.
class FunnelWidget final : public QWidget {
    Q_OBJECT
public:
    explicit FunnelWidget(QWidget* parent = nullptr);
    void setReport(const FunnelReport& report, const QStringList& displayNames);
    // Shown instead of the bars when the workspace has no data for them (the report's reason).
    QString emptyText() const { return m_empty; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int stageAt(const QPoint& pos) const;

Q_SIGNALS:
    void stageClicked(int stage);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int rowHeight() const;

    FunnelReport m_report;
    QStringList m_names;
    int m_current = -1;
    QString m_empty;
};

} // namespace revalign::ui
