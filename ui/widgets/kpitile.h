#pragma once

#include "kpiformat.h"

#include <QFrame>

#include <vector>

class QLabel;

namespace revalign::ui {

class Sparkline;

// One KPI at a glance: value, target, change vs the previous period and a sparkline. The status against
// target is told by a symbol and words as well as by colour (✓ on target / ✗ off target / – no target).
class KpiTile final : public QFrame {
    Q_OBJECT
public:
    explicit KpiTile(const QString& key, QWidget* parent = nullptr);

    struct Content {
        QString title;
        QString value;
        QString target; // "Target 400" or empty
        QString change; // "▲ +12% vs previous"
        std::optional<bool> changeGood;
        TargetStatus status = TargetStatus::NoTarget;
        QString tooltip; // the formula in words
        std::vector<double> sparkline;
        // Why the value is n/a when the data cannot support it: shown in place of target and status.
        QString reason;
        QString note; // a line under the change: figures left out, a period still in progress
    };
    void setContent(const Content& content);
    const QString& key() const { return m_key; }
    TargetStatus status() const { return m_status; }
    QString valueText() const;
    QString targetText() const; // target and status, or the reason the value is n/a
    QString noteText() const;

Q_SIGNALS:
    void clicked(const QString& key);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_key;
    TargetStatus m_status = TargetStatus::NoTarget;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_target;
    QLabel* m_change;
    QLabel* m_note;
    Sparkline* m_sparkline;
};

// A tiny line of recent values, drawn by hand (a QChart per tile would be heavy for a dozen tiles).
class Sparkline final : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);
    void setValues(std::vector<double> values);
    QSize sizeHint() const override { return {120, 28}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<double> m_values;
};

// The colours the dashboard uses for status, readable on light and dark palettes.
QColor statusColor(TargetStatus status, const QPalette& palette);
QString statusText(TargetStatus status);

} // namespace revalign::ui
