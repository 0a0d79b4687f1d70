#pragma once

#include "domain/enums.h"
#include "report/packdocument.h"

#include <QColor>
#include <QStringList>

#include <optional>
#include <vector>

// The meeting pack's charts: small painters over plain numbers, drawn as vectors into whatever the
// painter paints on (PDF page, page image, SVG). Each says a sentence instead when it has nothing to draw.
namespace revalign::ui::report {

struct ChartSeries {
    QString name;
    QColor colour;
    std::vector<std::optional<double>> values; // one per category; nullopt = n/a
};

// Vertical bars per category (grouped when there are several series), an optional target drawn as a
// step line, the pack's own period highlighted and partial periods hatched.
class ColumnChart final : public PackChart {
public:
    struct Spec {
        QString title;
        QStringList labels;        // one per category
        std::vector<bool> partial; // per category
        int highlighted = -1;      // category index of the pack's period
        std::vector<ChartSeries> series;
        std::optional<ChartSeries> target; // per category, drawn as a dashed step
        KpiUnit unit = KpiUnit::Count;
        QString currency;
        QString emptyText; // when every value is n/a or zero
        QString summaryText;
    };
    explicit ColumnChart(Spec spec)
        : m_spec(std::move(spec)) {}
    void paint(QPainter& painter, const QRectF& box) const override;
    QString summary() const override;

private:
    Spec m_spec;
};

// Horizontal bars: the funnel's stages, deals per deal stage.
class BarListChart final : public PackChart {
public:
    struct Row {
        QString label;
        double value = 0;
        QString valueText; // printed after the bar
        QString note;      // printed after the value, muted (a conversion rate, "not defined")
        QColor colour;
        bool hatched = false;
    };
    struct Spec {
        QString title;
        std::vector<Row> rows;
        QString emptyText;
        QString summaryText;
    };
    explicit BarListChart(Spec spec)
        : m_spec(std::move(spec)) {}
    void paint(QPainter& painter, const QRectF& box) const override;
    QString summary() const override;

private:
    Spec m_spec;
};

// Start, the moves in between, end: each move floats from where the previous one left the total.
class WaterfallChart final : public PackChart {
public:
    struct Step {
        QString label;
        double value = 0; // a total (start/end) or a signed move
        bool total = false;
        QColor colour; // invalid: totals dark, rises green, falls red
    };
    struct Spec {
        QString title;
        std::vector<Step> steps;
        KpiUnit unit = KpiUnit::Count;
        QString currency;
        QString emptyText;
        QString summaryText;
    };
    explicit WaterfallChart(Spec spec)
        : m_spec(std::move(spec)) {}
    void paint(QPainter& painter, const QRectF& box) const override;
    QString summary() const override;

private:
    Spec m_spec;
};

// Axis and label numbers: counts grouped, money compact ("$1.2M"), ratios as percentages.
QString chartNumber(double value, KpiUnit unit, const QString& currency);

} // namespace revalign::ui::report
