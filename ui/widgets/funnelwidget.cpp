#include "widgets/funnelwidget.h"

#include "kpiformat.h"
#include "uitext.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace revalign::ui {

FunnelWidget::FunnelWidget(QWidget* parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Funnel"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FunnelWidget::setReport(const FunnelReport& report, const QStringList& displayNames) {
    m_report = report;
    m_names = displayNames;
    m_empty = report.reason.isEmpty() ? QString() : builtinText("KpiSupport", report.reason);
    QStringList description;
    for (size_t i = 0; i < m_report.stages.size(); ++i)
        description << QStringLiteral("%1 %2").arg(m_names.value(qsizetype(i)),
                                                   QLocale().toString(m_report.stages[i].count));
    setAccessibleDescription(m_empty.isEmpty() ? description.join(QStringLiteral(", ")) : m_empty);
    setMinimumHeight(minimumSizeHint().height());
    updateGeometry();
    update();
}

int FunnelWidget::rowHeight() const {
    return fontMetrics().height() * 2 + 6;
}

QSize FunnelWidget::sizeHint() const {
    return {480, rowHeight() * int(std::max<size_t>(m_report.stages.size(), 6)) + 8};
}

QSize FunnelWidget::minimumSizeHint() const {
    return {320, rowHeight() * int(std::max<size_t>(m_report.stages.size(), 1)) + 8};
}

int FunnelWidget::stageAt(const QPoint& pos) const {
    const int row = (pos.y() - 4) / rowHeight();
    return row >= 0 && row < int(m_report.stages.size()) ? row : -1;
}

void FunnelWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (!m_empty.isEmpty()) {
        // A row of zeros would read as a fact: say what is missing instead.
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_empty);
        return;
    }
    const QLocale l;
    const QFontMetrics fm = fontMetrics();
    int widestName = fm.horizontalAdvance(QStringLiteral("Opportunity"));
    for (const QString& name : m_names)
        widestName = std::max(widestName, fm.horizontalAdvance(name));
    const int labelWidth = std::min(width() / 4, widestName + 16);
    const int rateWidth = std::min(width() / 3, fm.horizontalAdvance(tr("next 100.0% · total 100.0%")) + 12);
    const int barArea = std::max(40, width() - labelWidth - rateWidth - 8);
    qint64 maxCount = 1;
    for (const FunnelStageRow& s : m_report.stages)
        maxCount = std::max(maxCount, s.count);
    const QColor bar = palette().color(QPalette::Highlight);
    for (size_t i = 0; i < m_report.stages.size(); ++i) {
        const FunnelStageRow& s = m_report.stages[i];
        const int top = 4 + int(i) * rowHeight();
        const QRect row(0, top, width(), rowHeight() - 4);
        if (int(i) == m_current && hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(row.adjusted(0, 0, -1, -1));
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(4, top, labelWidth - 8, row.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(m_names.value(qsizetype(i), s.name), Qt::ElideRight, labelWidth - 8));
        if (!s.reason.isEmpty()) {
            // No dates for this stage anywhere: unknown, not a bar of zero.
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(
                QRect(labelWidth, top, barArea + rateWidth, row.height()), Qt::AlignVCenter | Qt::AlignLeft,
                fm.elidedText(builtinText("KpiSupport", s.reason), Qt::ElideRight, barArea + rateWidth));
            continue;
        }
        // Bars centred, like a funnel, width proportional to the count.
        const int w = std::max(2, int(double(barArea) * double(s.count) / double(maxCount)));
        const QRect barRect(labelWidth + (barArea - w) / 2, top + 2, w, row.height() - 4);
        QColor fill = bar;
        fill.setAlphaF(s.immature ? 0.35f : 0.85f);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(barRect, 3, 3);
        const QString countText = l.toString(s.count) + (s.immature ? tr(" (maturing)") : QString());
        const bool inside = fm.horizontalAdvance(countText) + 8 < barRect.width();
        p.setPen(inside ? palette().color(QPalette::HighlightedText) : palette().color(QPalette::WindowText));
        // Too narrow for its number: the number goes beside the bar, not over it.
        if (inside)
            p.drawText(barRect, Qt::AlignCenter, countText);
        else
            p.drawText(
                QRect(barRect.right() + 6, top, labelWidth + barArea - barRect.right() - 6, row.height()),
                Qt::AlignVCenter | Qt::AlignLeft, countText);
        p.setPen(palette().color(QPalette::WindowText));
        const QString rates = i == 0 ? tr("start")
                                     : tr("next %1 · total %2")
                                           .arg(formatKpi(s.nextStepRate, KpiUnit::Ratio, QString()),
                                                formatKpi(s.cumulativeRate, KpiUnit::Ratio, QString()));
        p.drawText(QRect(labelWidth + barArea + 8, top, rateWidth, row.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(rates, Qt::ElideRight, rateWidth));
    }
    if (m_report.stages.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No funnel data for these filters"));
    }
}

void FunnelWidget::mouseReleaseEvent(QMouseEvent* event) {
    const int stage = stageAt(event->position().toPoint());
    if (stage >= 0) {
        m_current = stage;
        Q_EMIT stageClicked(stage);
    }
}

void FunnelWidget::keyPressEvent(QKeyEvent* event) {
    const int n = int(m_report.stages.size());
    if (n == 0)
        return QWidget::keyPressEvent(event);
    if (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) {
        m_current = std::clamp(m_current + (event->key() == Qt::Key_Down ? 1 : -1), 0, n - 1);
        update();
    } else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_current >= 0) {
        Q_EMIT stageClicked(m_current);
    } else {
        QWidget::keyPressEvent(event);
    }
}

} // namespace revalign::ui
