#include "report/packcharts.h"

#include "kpiformat.h"
#include "report/packstyle.h"
#include "report/packtr.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace revalign::ui::report {

namespace {
QFont titleFont() {
    return packFont(8.5, true);
}
QFont axisFont() {
    return packFont(7);
}
QFont valueFont() {
    return packFont(6.5);
}

double lineHeight(const QFont& f) {
    return QFontMetricsF(f, layoutDevice()).height();
}

double textWidth(const QFont& f, const QString& s) {
    return QFontMetricsF(f, layoutDevice()).horizontalAdvance(s);
}

bool isFinite(const std::optional<double>& v) {
    return v && std::isfinite(*v);
}

// Draws the title at the top of `box` and returns what is left below it.
QRectF withTitle(QPainter& p, QRectF box, const QString& title) {
    if (title.isEmpty())
        return box;
    p.setFont(titleFont());
    p.setPen(colour::ink);
    const double h = lineHeight(titleFont());
    p.drawText(QRectF(box.left(), box.top(), box.width(), h), Qt::AlignLeft | Qt::AlignVCenter, title);
    box.setTop(box.top() + h + pt(4));
    return box;
}

// Nothing to draw: a light frame with the sentence that says so.
void drawEmpty(QPainter& p, const QRectF& box, const QString& text) {
    p.setPen(QPen(colour::rule, pt(0.75), Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    const QRectF frame = box.adjusted(pt(1), pt(1), -pt(1), -pt(1));
    p.drawRoundedRect(frame, pt(4), pt(4));
    QFont f = axisFont();
    f.setItalic(true);
    p.setFont(f);
    p.setPen(colour::muted);
    p.drawText(frame.adjusted(pt(12), pt(6), -pt(12), -pt(6)), Qt::AlignCenter | Qt::TextWordWrap, text);
}

// 1, 2, 2.5 or 5 times a power of ten: about `ticks` gridlines over [0, span].
double niceStep(double span, int ticks) {
    if (span <= 0)
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

void fillBar(QPainter& p, const QRectF& r, const QColor& c, bool hatched) {
    if (r.height() <= 0 || r.width() <= 0)
        return;
    p.setPen(Qt::NoPen);
    if (!hatched) {
        p.fillRect(r, c);
        return;
    }
    QColor light = c;
    light.setAlpha(80);
    p.fillRect(r, light);
    // Hatching drawn as lines, not a pattern brush: patterns are device pixels (too fine in the PDF) and
    // the SVG of the HTML pack has none.
    p.save();
    p.setClipRect(r, Qt::IntersectClip);
    p.setPen(QPen(c.darker(110), pt(0.6)));
    const double gap = pt(3);
    for (double x = r.left() - r.height(); x < r.right(); x += gap)
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p.restore();
    p.setPen(QPen(c, pt(0.5)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
}

struct Axis {
    double low = 0, high = 1, step = 1;
    double y(double v, const QRectF& plot) const {
        return plot.bottom() - (v - low) / (high - low) * plot.height();
    }
};

Axis axisFor(double low, double high) {
    Axis a;
    low = std::min(0.0, low);
    high = std::max(0.0, high);
    a.step = niceStep(high - low, 4);
    a.low = std::floor(low / a.step) * a.step;
    a.high = std::ceil(high / a.step) * a.step;
    if (a.high <= a.low)
        a.high = a.low + a.step;
    return a;
}

// Gridlines with their numbers on the left; returns the plot rectangle right of the numbers.
QRectF drawValueAxis(QPainter& p, const QRectF& area, const Axis& axis, KpiUnit unit,
                     const QString& currency) {
    QStringList labels;
    for (double v = axis.low; v <= axis.high + axis.step / 2; v += axis.step)
        labels << chartNumber(v, unit, currency);
    double labelWidth = 0;
    for (const QString& s : labels)
        labelWidth = std::max(labelWidth, textWidth(axisFont(), s));
    const double half = lineHeight(axisFont()) / 2;
    QRectF plot(area.left() + labelWidth + pt(4), area.top() + half, area.width() - labelWidth - pt(4),
                area.height() - half);
    p.setFont(axisFont());
    int i = 0;
    for (double v = axis.low; v <= axis.high + axis.step / 2; v += axis.step, ++i) {
        const double y = axis.y(v, plot);
        p.setPen(QPen(v == 0 ? colour::muted : colour::rule, pt(v == 0 ? 0.75 : 0.4)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(colour::muted);
        p.drawText(QRectF(area.left(), y - half, labelWidth, 2 * half), Qt::AlignRight | Qt::AlignVCenter,
                   labels[i]);
    }
    return plot;
}

// One row of legend entries; returns its height.
struct LegendEntry {
    QString name;
    QColor colour;
    enum class Mark { Box, Dash, Hatch } mark = Mark::Box;
};

// Legend entries in rows, wrapping when the next one would not fit; returns the height used.
double drawLegend(QPainter& p, const QRectF& area, const std::vector<LegendEntry>& entries) {
    if (entries.empty())
        return 0;
    p.setFont(axisFont());
    const double h = lineHeight(axisFont());
    const double box = pt(6.5);
    double x = area.left(), y = area.top();
    for (const LegendEntry& e : entries) {
        const double markWidth = e.mark == LegendEntry::Mark::Dash ? box + pt(4) : box;
        const double textW = textWidth(axisFont(), e.name);
        const double entryWidth = markWidth + pt(3) + textW;
        if (x > area.left() && x + entryWidth > area.right()) {
            x = area.left();
            y += h + pt(2);
        }
        const QRectF mark(x, y + (h - box) / 2, markWidth, box);
        if (e.mark == LegendEntry::Mark::Dash) {
            p.setPen(QPen(e.colour, pt(1.2), Qt::DashLine));
            p.drawLine(QPointF(mark.left(), mark.center().y()), QPointF(mark.right(), mark.center().y()));
        } else {
            fillBar(p, mark, e.colour, e.mark == LegendEntry::Mark::Hatch);
        }
        p.setPen(colour::ink);
        p.drawText(QRectF(mark.right() + pt(3), y, textW + pt(1), h), Qt::AlignLeft | Qt::AlignVCenter,
                   e.name);
        x = mark.right() + pt(3) + textW + pt(10);
    }
    return y - area.top() + h + pt(4);
}
} // namespace

QString chartNumber(double v, KpiUnit unit, const QString& currency) {
    const QLocale l;
    switch (unit) {
    case KpiUnit::Money:
    case KpiUnit::MoneyPerDay:
        // Axis steps below 10,000 are whole amounts: "$500", not "$500.00".
        return std::abs(v) < 1e4 ? formatMoney(std::round(v), currency, false).section(l.decimalPoint(), 0, 0)
                                 : formatMoney(v, currency, true);
    case KpiUnit::Ratio:
        return l.toString(v * 100.0, 'f', 0) + u'%';
    case KpiUnit::Hours:
    case KpiUnit::Days:
        return l.toString(v, 'f', std::abs(v) < 10 && v != std::floor(v) ? 1 : 0);
    case KpiUnit::Count:
        break;
    }
    return l.toString(qint64(std::llround(v)));
}

void ColumnChart::paint(QPainter& p, const QRectF& box) const {
    p.save();
    QRectF area = withTitle(p, box, m_spec.title);
    const qsizetype n = m_spec.labels.size();
    double low = 0, high = 0;
    bool anything = false;
    const auto scan = [&](const ChartSeries& s) {
        for (const auto& v : s.values)
            if (isFinite(v)) {
                low = std::min(low, *v);
                high = std::max(high, *v);
                anything = anything || *v != 0;
            }
    };
    for (const ChartSeries& s : m_spec.series)
        scan(s);
    if (!anything || n == 0) {
        drawEmpty(p, area, m_spec.emptyText);
        p.restore();
        return;
    }
    if (m_spec.target)
        scan(*m_spec.target);
    std::vector<LegendEntry> legend;
    for (const ChartSeries& s : m_spec.series)
        legend.push_back({s.name, s.colour, LegendEntry::Mark::Box});
    if (m_spec.target)
        legend.push_back({m_spec.target->name, m_spec.target->colour, LegendEntry::Mark::Dash});
    if (std::find(m_spec.partial.begin(), m_spec.partial.end(), true) != m_spec.partial.end())
        legend.push_back({Pack::tr("partial period"), colour::muted, LegendEntry::Mark::Hatch});
    area.setTop(area.top() + drawLegend(p, area, legend));
    const double labelHeight = lineHeight(axisFont()) + pt(3);
    area.setBottom(area.bottom() - labelHeight);
    const Axis axis = axisFor(low, high * 1.08);
    const QRectF plot = drawValueAxis(p, area, axis, m_spec.unit, m_spec.currency);
    const double slot = plot.width() / double(n);
    if (m_spec.highlighted >= 0 && m_spec.highlighted < n) {
        p.setPen(Qt::NoPen);
        p.fillRect(QRectF(plot.left() + slot * m_spec.highlighted, plot.top(), slot, plot.height()),
                   colour::band);
    }
    const double group = slot * 0.72;
    const double barWidth = group / double(std::max<size_t>(1, m_spec.series.size()));
    for (qsizetype i = 0; i < n; ++i) {
        const bool partial = size_t(i) < m_spec.partial.size() && m_spec.partial[size_t(i)];
        const double x0 = plot.left() + slot * double(i) + (slot - group) / 2;
        for (size_t s = 0; s < m_spec.series.size(); ++s) {
            const auto& values = m_spec.series[s].values;
            if (size_t(i) >= values.size() || !isFinite(values[size_t(i)]))
                continue;
            const double v = *values[size_t(i)];
            const double y = axis.y(v, plot), y0 = axis.y(0, plot);
            const QRectF bar(x0 + barWidth * double(s), std::min(y, y0), barWidth * 0.9, std::abs(y0 - y));
            fillBar(p, bar, m_spec.series[s].colour, partial);
            if (i == m_spec.highlighted) {
                p.setFont(valueFont());
                const QString text = chartNumber(v, m_spec.unit, m_spec.currency);
                const double w = textWidth(valueFont(), text) + pt(2);
                const QRectF label(std::min(bar.center().x() - w / 2, box.right() - w),
                                   bar.top() - lineHeight(valueFont()), w, lineHeight(valueFont()));
                // A white ground keeps the number legible over gridlines and the target line.
                QColor ground(Qt::white);
                ground.setAlpha(220);
                p.fillRect(label, ground);
                p.setPen(colour::ink);
                p.drawText(label, Qt::AlignCenter, text);
            }
        }
    }
    if (m_spec.target) {
        p.setPen(QPen(m_spec.target->colour, pt(1.1), Qt::DashLine));
        std::optional<double> previousY;
        for (qsizetype i = 0; i < n; ++i) {
            const auto& values = m_spec.target->values;
            if (size_t(i) >= values.size() || !isFinite(values[size_t(i)])) {
                previousY.reset();
                continue;
            }
            const double y = axis.y(*values[size_t(i)], plot);
            const double x = plot.left() + slot * double(i);
            if (previousY && std::abs(*previousY - y) > 0.5)
                p.drawLine(QPointF(x, *previousY), QPointF(x, y));
            p.drawLine(QPointF(x, y), QPointF(x + slot, y));
            previousY = y;
        }
    }
    // Labels under the categories: as many as fit, always the pack's own period.
    double widest = 0;
    for (const QString& s : m_spec.labels)
        widest = std::max(widest, textWidth(axisFont(), s));
    const qsizetype every = std::max<qsizetype>(1, qsizetype(std::ceil((widest + pt(6)) / slot)));
    for (qsizetype i = 0; i < n; ++i) {
        const bool mine = i == m_spec.highlighted;
        if (!mine && (n - 1 - i) % every != 0)
            continue;
        QFont f = axisFont();
        f.setBold(mine);
        p.setFont(f);
        p.setPen(mine ? colour::ink : colour::muted);
        const double cx = plot.left() + slot * (double(i) + 0.5);
        const double w = textWidth(f, m_spec.labels[i]) + pt(2);
        const double left = std::clamp(cx - w / 2, box.left(), box.right() - w);
        p.drawText(QRectF(left, plot.bottom() + pt(2), w, labelHeight), Qt::AlignHCenter | Qt::AlignTop,
                   m_spec.labels[i]);
    }
    p.restore();
}

QString ColumnChart::summary() const {
    return m_spec.summaryText.isEmpty() ? m_spec.title : m_spec.summaryText;
}

void BarListChart::paint(QPainter& p, const QRectF& box) const {
    p.save();
    const QRectF area = withTitle(p, box, m_spec.title);
    double high = 0;
    for (const Row& r : m_spec.rows)
        high = std::max(high, r.value);
    if (m_spec.rows.empty() || high <= 0) {
        drawEmpty(p, area, m_spec.emptyText);
        p.restore();
        return;
    }
    const double rowHeight = std::min(pt(17), area.height() / double(m_spec.rows.size()));
    double labelWidth = 0, tail = 0;
    for (const Row& r : m_spec.rows) {
        labelWidth = std::max(labelWidth, textWidth(axisFont(), r.label));
        tail = std::max(tail, textWidth(valueFont(), r.valueText) + pt(4) + textWidth(valueFont(), r.note));
    }
    labelWidth = std::min(labelWidth + pt(6), area.width() * 0.34);
    tail += pt(8);
    const double barArea = std::max(pt(20), area.width() - labelWidth - tail);
    const QFontMetricsF fm(axisFont(), layoutDevice());
    for (size_t i = 0; i < m_spec.rows.size(); ++i) {
        const Row& r = m_spec.rows[i];
        const QRectF row(area.left(), area.top() + rowHeight * double(i), area.width(), rowHeight);
        p.setFont(axisFont());
        p.setPen(colour::ink);
        p.drawText(QRectF(row.left(), row.top(), labelWidth - pt(6), row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(r.label, Qt::ElideRight, labelWidth - pt(6)));
        const double w = std::max(r.value > 0 ? pt(1) : 0.0, r.value / high * barArea);
        const QRectF bar(row.left() + labelWidth, row.top() + row.height() * 0.2, w, row.height() * 0.6);
        fillBar(p, bar, r.colour.isValid() ? r.colour : colour::marketing, r.hatched);
        p.setFont(valueFont());
        p.setPen(colour::ink);
        const double vx = bar.right() + pt(4);
        const double vw = textWidth(valueFont(), r.valueText) + pt(1);
        p.drawText(QRectF(vx, row.top(), vw, row.height()), Qt::AlignLeft | Qt::AlignVCenter, r.valueText);
        if (!r.note.isEmpty()) {
            p.setPen(colour::muted);
            p.drawText(
                QRectF(vx + vw + pt(3), row.top(), textWidth(valueFont(), r.note) + pt(1), row.height()),
                Qt::AlignLeft | Qt::AlignVCenter, r.note);
        }
    }
    p.restore();
}

QString BarListChart::summary() const {
    return m_spec.summaryText.isEmpty() ? m_spec.title : m_spec.summaryText;
}

void WaterfallChart::paint(QPainter& p, const QRectF& box) const {
    p.save();
    QRectF area = withTitle(p, box, m_spec.title);
    struct Bar {
        double from, to;
    };
    std::vector<Bar> bars;
    double running = 0, low = 0, high = 0;
    bool anything = false;
    for (const Step& s : m_spec.steps) {
        const Bar b = s.total ? Bar{0, s.value} : Bar{running, running + s.value};
        running = b.to;
        low = std::min({low, b.from, b.to});
        high = std::max({high, b.from, b.to});
        anything = anything || s.value != 0;
        bars.push_back(b);
    }
    if (!anything) {
        drawEmpty(p, area, m_spec.emptyText);
        p.restore();
        return;
    }
    const qsizetype n = qsizetype(bars.size());
    // Step names wrap under their bar: reserve the lines the longest needs.
    const double slotGuess = (area.width() - pt(30)) / double(n);
    const QFontMetricsF fm(axisFont(), layoutDevice());
    double labelHeight = 0;
    for (const Step& s : m_spec.steps)
        labelHeight = std::max(labelHeight, fm.boundingRect(QRectF(0, 0, slotGuess - pt(2), pt(200)),
                                                            Qt::AlignHCenter | Qt::TextWordWrap, s.label)
                                                .height());
    area.setBottom(area.bottom() - labelHeight - pt(3));
    area.setTop(area.top() + lineHeight(valueFont()));
    const Axis axis = axisFor(low, high * 1.05);
    const QRectF plot = drawValueAxis(p, area, axis, m_spec.unit, m_spec.currency);
    const double slot = plot.width() / double(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Step& s = m_spec.steps[size_t(i)];
        const Bar& b = bars[size_t(i)];
        const double x = plot.left() + slot * double(i) + slot * 0.2;
        const double yA = axis.y(b.from, plot), yB = axis.y(b.to, plot);
        const QRectF bar(x, std::min(yA, yB), slot * 0.6, std::max(pt(0.6), std::abs(yA - yB)));
        const QColor c = s.colour.isValid() ? s.colour
                         : s.total          ? colour::target
                         : s.value >= 0     ? colour::good
                                            : colour::bad;
        fillBar(p, bar, c, false);
        if (i + 1 < n) {
            p.setPen(QPen(colour::muted, pt(0.5), Qt::DotLine));
            p.drawLine(QPointF(bar.right(), yB), QPointF(bar.right() + slot * 0.4, yB));
        }
        QString text = chartNumber(std::abs(s.value), m_spec.unit, m_spec.currency);
        if (!s.total)
            text = (s.value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + text;
        p.setFont(valueFont());
        p.setPen(colour::ink);
        const double vh = lineHeight(valueFont());
        p.drawText(QRectF(x - slot * 0.2, bar.top() - vh, slot, vh), Qt::AlignHCenter | Qt::AlignBottom,
                   text);
        p.setFont(axisFont());
        p.setPen(colour::muted);
        p.drawText(
            QRectF(plot.left() + slot * double(i) + pt(1), plot.bottom() + pt(3), slot - pt(2), labelHeight),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, s.label);
    }
    p.restore();
}

QString WaterfallChart::summary() const {
    return m_spec.summaryText.isEmpty() ? m_spec.title : m_spec.summaryText;
}

} // namespace revalign::ui::report
