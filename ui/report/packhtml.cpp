#include "report/packhtml.h"

#include "report/packstyle.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace revalign::ui::report {

namespace {
constexpr double kGutter = pt(18); // as in the PDF layout

const char* const kStyle = R"(
body { font-family: "Noto Sans", "Noto Sans Thai", "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2937;
       max-width: 50em; margin: 2em auto; padding: 0 1em; font-size: 10.5pt; line-height: 1.45; }
header.running { display: flex; justify-content: space-between; color: #6b7280; font-size: 8.5pt;
                 border-bottom: 1px solid #d1d5db; padding-bottom: .3em; margin-bottom: 1.5em; }
footer { color: #6b7280; font-size: 8.5pt; border-top: 1px solid #d1d5db; padding-top: .3em; margin-top: 2em; }
section { margin-bottom: 2.5em; }
@media print { section { break-before: page; } section:first-of-type { break-before: auto; } }
h2 { font-size: 15pt; margin: 0 0 .6em; border-bottom: 2px solid #1f2937; display: inline-block; }
h3 { font-size: 11pt; margin: 1.2em 0 .4em; }
p { margin: 0 0 .35em; }
.muted { color: #6b7280; } .good { color: #1e7d32; } .bad { color: #c62828; }
.note { background: #fff8e1; border-left: 4px solid #e0a800; padding: .5em .8em; margin: .6em 0; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: .3em 0 .8em; }
th { background: #f3f4f6; color: #6b7280; text-align: left; font-weight: bold; padding: .3em .45em;
     border-bottom: 1px solid #6b7280; }
td { padding: .3em .45em; border-bottom: 1px solid #d1d5db; vertical-align: top; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
.marker { display: inline-block; width: .6em; height: .6em; margin-right: .45em; }
.cols { display: flex; gap: 1.5em; } .cols > div { flex: 1; min-width: 0; }
svg { width: 100%; height: auto; display: block; margin: .3em 0 .8em; }
)";

QByteArray svgOf(const PackChart& chart, double width, double heightPoints) {
    const QSizeF size(width, pt(heightPoints));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(kUnitsPerInch);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(chart.summary());
        svg.setDescription(chart.summary());
        QPainter p(&svg);
        p.setRenderHint(QPainter::Antialiasing);
        chart.paint(p, QRectF(QPointF(0, 0), size));
    }
    QByteArray bytes = buffer.data();
    // Inline: no XML prolog or DOCTYPE, and the size comes from the page (CSS), not from millimetres.
    bytes = bytes.mid(bytes.indexOf("<svg"));
    static const QRegularExpression fixedSize(QStringLiteral(R"(\s(width|height)="[^"]*mm")"));
    QString text = QString::fromUtf8(bytes);
    const qsizetype tagEnd = text.indexOf(u'>');
    QString tag = text.left(tagEnd);
    tag.remove(fixedSize);
    text = tag + QStringLiteral(" role=\"img\" aria-label=\"") + chart.summary().toHtmlEscaped() + u'"' +
           text.mid(tagEnd);
    return text.toUtf8();
}

QByteArray blocksHtml(const std::vector<Block>& blocks, double width);

QByteArray blockHtml(const Block& b, double width) {
    QByteArray out;
    switch (b.kind) {
    case Block::Kind::Heading:
        out += "<h3>" + b.html.toUtf8() + "</h3>\n";
        break;
    case Block::Kind::Text:
        out += "<div>" + b.html.toUtf8() + "</div>\n";
        break;
    case Block::Kind::Note:
        out += "<div class=\"note\">" + b.html.toUtf8() + "</div>\n";
        break;
    case Block::Kind::Chart:
        if (b.chart)
            out += svgOf(*b.chart, width, b.chartHeight) + '\n';
        break;
    case Block::Kind::Table: {
        out += "<table><thead><tr>";
        for (const TableColumn& c : b.columns)
            out += QByteArray(c.numeric ? "<th class=\"num\">" : "<th>") + esc(c.title).toUtf8() + "</th>";
        out += "</tr></thead><tbody>\n";
        for (const TableRow& r : b.rows) {
            out += r.emphasis ? "<tr style=\"font-weight:bold\">" : "<tr>";
            for (size_t c = 0; c < b.columns.size(); ++c) {
                out += b.columns[c].numeric ? "<td class=\"num\">" : "<td>";
                if (c == 0 && r.marker.isValid())
                    out += "<span class=\"marker\" style=\"background:" + r.marker.name().toLatin1() +
                           "\"></span>";
                if (c < size_t(r.cells.size()))
                    out += r.cells[qsizetype(c)].toUtf8();
                out += "</td>";
            }
            out += "</tr>\n";
        }
        out += "</tbody></table>\n";
        break;
    }
    case Block::Kind::Columns: {
        const double half = (width - kGutter) / 2;
        out += "<div class=\"cols\"><div><h3>" + esc(b.leftTitle).toUtf8() + "</h3>\n" +
               blocksHtml(b.left, half) + "</div><div><h3>" + esc(b.rightTitle).toUtf8() + "</h3>\n" +
               blocksHtml(b.right, half) + "</div></div>\n";
        break;
    }
    }
    return out;
}

QByteArray blocksHtml(const std::vector<Block>& blocks, double width) {
    QByteArray out;
    for (const Block& b : blocks)
        out += blockHtml(b, width);
    return out;
}
} // namespace

QByteArray packHtml(const PackDocument& doc, double width) {
    QByteArray out = "<!DOCTYPE html>\n<html lang=\"" + doc.language.toLatin1() +
                     "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + esc(doc.title + QStringLiteral(" — ") + doc.period).toUtf8() + "</title>\n";
    out += QByteArray("<style>") + kStyle + "</style>\n</head>\n<body>\n";
    out += "<header class=\"running\"><span>" + esc(doc.workspace).toUtf8() + "</span><span>" +
           esc(doc.period).toUtf8() + "</span></header>\n";
    for (const Section& s : doc.sections) {
        out += "<section id=\"" + s.key.toLatin1() + "\">\n";
        if (!s.title.isEmpty())
            out += "<h2>" + esc(s.title).toUtf8() + "</h2>\n";
        out += blocksHtml(s.blocks, width);
        out += "</section>\n";
    }
    out += "<footer>" + esc(doc.generated).toUtf8() + "</footer>\n</body>\n</html>\n";
    return out;
}

} // namespace revalign::ui::report
