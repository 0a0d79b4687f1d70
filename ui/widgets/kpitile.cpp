#include "widgets/kpitile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

namespace revalign::ui {

QColor statusColor(TargetStatus status, const QPalette& palette) {
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (status) {
    case TargetStatus::OnTarget:
        return dark ? QColor(0x6c, 0xc2, 0x6a) : QColor(0x1e, 0x7d, 0x32);
    case TargetStatus::OffTarget:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case TargetStatus::NoTarget:
    case TargetStatus::NoValue:
        break;
    }
    return palette.color(QPalette::Mid);
}

QString statusText(TargetStatus status) {
    switch (status) {
    case TargetStatus::OnTarget:
        return KpiTile::tr("✓ on target");
    case TargetStatus::OffTarget:
        return KpiTile::tr("✗ off target");
    case TargetStatus::NoValue:
        return KpiTile::tr("– nothing to hold against the target");
    case TargetStatus::NoTarget:
        break;
    }
    return KpiTile::tr("– no target");
}

KpiTile::KpiTile(const QString& key, QWidget* parent)
    : QFrame(parent)
    , m_key(key)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_target(new QLabel(this))
    , m_change(new QLabel(this))
    , m_note(new QLabel(this))
    , m_sparkline(new Sparkline(this)) {
    setObjectName(QStringLiteral("kpiTile"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(150);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = m_title->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_target->setFont(small);
    m_change->setFont(small);
    m_note->setFont(small);
    m_title->setWordWrap(true);
    m_target->setWordWrap(true); // a reason ("no handoff decisions in this workspace") takes two lines
    m_note->setWordWrap(true);
    m_note->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_target);
    layout->addWidget(m_change);
    layout->addWidget(m_note);
    layout->addWidget(m_sparkline);
}

void KpiTile::setContent(const Content& c) {
    m_status = c.status;
    m_title->setText(c.title);
    m_value->setText(c.value);
    const QString status = statusText(c.status);
    // A value the data cannot support has no target status: the reason takes its place.
    m_target->setText(!c.reason.isEmpty()  ? c.reason
                      : c.target.isEmpty() ? status
                                           : c.target + QStringLiteral(" · ") + status);
    m_change->setText(c.change);
    m_change->setVisible(!c.change.isEmpty());
    m_note->setText(c.note);
    m_note->setVisible(!c.note.isEmpty());
    QPalette p = m_change->palette();
    if (c.changeGood)
        p.setColor(QPalette::WindowText,
                   statusColor(*c.changeGood ? TargetStatus::OnTarget : TargetStatus::OffTarget, palette()));
    m_change->setPalette(p);
    m_sparkline->setValues(c.sparkline);
    setToolTip(c.tooltip);
    setAccessibleName(c.title);
    setAccessibleDescription(QStringLiteral("%1. %2. %3.").arg(c.value, m_target->text(), c.change) +
                             (c.note.isEmpty() ? QString() : QStringLiteral(" %1.").arg(c.note)));
    update();
}

QString KpiTile::valueText() const {
    return m_value->text();
}

QString KpiTile::targetText() const {
    return m_target->text();
}

QString KpiTile::noteText() const {
    return m_note->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event) {
    QFrame::mouseReleaseEvent(event);
    Q_EMIT clicked(m_key);
}

void KpiTile::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked(m_key);
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(palette().color(hasFocus() ? QPalette::Highlight : QPalette::Mid), hasFocus() ? 2 : 1));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(r, 6, 6);
    // The status stripe on the left edge.
    p.setPen(Qt::NoPen);
    p.setBrush(statusColor(m_status, palette()));
    p.drawRoundedRect(QRectF(r.left(), r.top(), 5, r.height()), 2, 2);
    QFrame::paintEvent(event);
}

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent) {
    setMinimumHeight(24);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(std::vector<double> values) {
    m_values = std::move(values);
    update();
}

void Sparkline::paintEvent(QPaintEvent*) {
    if (m_values.size() < 2)
        return;
    const auto [lo, hi] = std::minmax_element(m_values.begin(), m_values.end());
    const double span = *hi - *lo > 0 ? *hi - *lo : 1.0;
    const QRectF area = QRectF(rect()).adjusted(2, 3, -2, -3);
    QPainterPath path;
    for (size_t i = 0; i < m_values.size(); ++i) {
        const QPointF pt(area.left() + area.width() * double(i) / double(m_values.size() - 1),
                         area.bottom() - area.height() * (m_values[i] - *lo) / span);
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.6));
    p.drawPath(path);
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawEllipse(path.currentPosition(), 2.2, 2.2);
}

} // namespace revalign::ui
