#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPainter;
class QRectF;

// The meeting pack as a document: sections of blocks (rich text, tables, charts, two columns), laid out
// for paper by packlayout.h and written as HTML by packhtml.h. Text is a small HTML subset both Qt's rich
// text and a browser read the same way (<p>, <b>, <i>, <br>, <span style="color:…">, <small>).
namespace revalign::ui::report {

// A chart draws itself into a rectangle of a painter whose logical resolution is kUnitsPerInch; the same
// code draws into the PDF, the page images and the SVG of the HTML pack.
class PackChart {
public:
    virtual ~PackChart() = default;
    virtual void paint(QPainter& painter, const QRectF& box) const = 0;
    // One sentence that says what the chart shows (the HTML's alt text; printed when nothing to draw).
    virtual QString summary() const = 0;
};

struct TableColumn {
    QString title;
    double width = 1;     // share of the table's width
    bool numeric = false; // right-aligned, tabular
};

struct TableRow {
    QStringList cells; // rich text
    bool emphasis = false;
    QColor marker; // a small colour square before the first cell (status); invalid = none
};

struct Block {
    enum class Kind { Heading, Text, Table, Chart, Columns, Note };
    Kind kind = Kind::Text;
    QString html; // Heading, Text, Note (a framed remark: n/a with the reason, partial period)
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;
    std::shared_ptr<const PackChart> chart;
    double chartHeight = 0;         // points
    std::vector<Block> left, right; // Columns: each side stacked, the two sides side by side
    QString leftTitle, rightTitle;

    static Block heading(const QString& text);
    static Block text(const QString& html);
    static Block note(const QString& html);
    static Block table(std::vector<TableColumn> columns, std::vector<TableRow> rows);
    static Block chartOf(std::shared_ptr<const PackChart> chart, double heightPoints);
    static Block sideBySide(const QString& leftTitle, std::vector<Block> left, const QString& rightTitle,
                            std::vector<Block> right);
};

struct Section {
    QString key;   // "cover", "since-last-sync", ... (file names, HTML anchors)
    QString title; // printed at the top of its first page; empty on the cover
    std::vector<Block> blocks;
};

struct PackDocument {
    QString title;     // "Sales–marketing sync"
    QString workspace; // running header, left
    QString period;    // running header, right: "Week of 16–22 November 2026"
    QString generated; // footer: "Generated 23 November 2026, 08:10 by RevAlign 0.9"
    QString language;  // "en", "th" (the HTML's lang attribute)
    std::vector<Section> sections;
};

// Escapes user text (notes, names) for the rich-text subset.
QString esc(const QString& text);

} // namespace revalign::ui::report
