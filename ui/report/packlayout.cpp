#include "report/packlayout.h"

#include "report/packstyle.h"
#include "report/packtr.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

namespace revalign::ui::report {

namespace {
constexpr double kBlockGap = pt(9);
constexpr double kNotePadding = pt(6);
constexpr double kCellPadX = pt(3.5);
constexpr double kCellPadY = pt(2.4);
constexpr double kGutter = pt(18);

const QString kCss = QStringLiteral("p { margin-top: 0; margin-bottom: 3pt; } "
                                    "ul { margin-top: 0; margin-bottom: 0; } "
                                    ".muted { color: #6b7280; } .good { color: #1e7d32; } "
                                    ".bad { color: #c62828; }");

std::unique_ptr<QTextDocument> richText(const QString& html, double width, const QFont& font,
                                        Qt::Alignment align = Qt::AlignLeft) {
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(layoutDevice());
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(kCss);
    QTextOption option(align);
    // Thai has no spaces between words: break at word boundaries (Qt finds Thai ones), and anywhere only
    // when a single word is wider than the column.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setHtml(html);
    doc->setTextWidth(std::max(width, pt(10)));
    return doc;
}

void drawRichText(QPainter& p, const QTextDocument& doc, const QPointF& at, const QColor& ink = colour::ink) {
    p.save();
    p.translate(at);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, ink);
    doc.documentLayout()->draw(&p, context);
    p.restore();
}

QFont textFont() {
    return packFont(9);
}
QFont tableFont() {
    return packFont(8);
}
} // namespace

struct PackLayout::Laid {
    const Block* block = nullptr;
    double width = 0, height = 0;
    std::unique_ptr<QTextDocument> doc;
    // Table
    std::vector<double> columnWidth;
    std::vector<std::unique_ptr<QTextDocument>> header;
    std::vector<std::vector<std::unique_ptr<QTextDocument>>> cells;
    std::vector<double> rowHeight;
    double headerHeight = 0;
    // Columns
    std::vector<std::unique_ptr<Laid>> left, right;
    std::unique_ptr<QTextDocument> leftTitle, rightTitle;
    double titleHeight = 0;
};

namespace {
using Laid = PackLayout::Laid;

std::unique_ptr<Laid> lay(const Block& b, double width);

double stackHeight(const std::vector<std::unique_ptr<Laid>>& stack) {
    double h = 0;
    for (const auto& l : stack)
        h += l->height + (h > 0 ? kBlockGap : 0);
    return h;
}

std::unique_ptr<Laid> lay(const Block& b, double width) {
    auto l = std::make_unique<Laid>();
    l->block = &b;
    l->width = width;
    switch (b.kind) {
    case Block::Kind::Heading:
        l->doc = richText(b.html, width, packFont(10.5, true));
        l->height = l->doc->size().height();
        break;
    case Block::Kind::Text:
        l->doc = richText(b.html, width, textFont());
        l->height = l->doc->size().height();
        break;
    case Block::Kind::Note:
        l->doc = richText(b.html, width - 2 * kNotePadding - pt(3), packFont(8.5));
        l->height = l->doc->size().height() + 2 * kNotePadding;
        break;
    case Block::Kind::Chart:
        l->height = pt(b.chartHeight);
        break;
    case Block::Kind::Table: {
        double shares = 0;
        for (const TableColumn& c : b.columns)
            shares += c.width;
        QFont headerFont = packFont(7.5, true);
        for (const TableColumn& c : b.columns) {
            const double w = width * c.width / std::max(shares, 1e-9);
            l->columnWidth.push_back(w);
            l->header.push_back(richText(esc(c.title), w - 2 * kCellPadX, headerFont,
                                         c.numeric ? Qt::AlignRight : Qt::AlignLeft));
            l->headerHeight = std::max(l->headerHeight, l->header.back()->size().height() + 2 * kCellPadY);
        }
        for (const TableRow& r : b.rows) {
            std::vector<std::unique_ptr<QTextDocument>> row;
            double h = 0;
            QFont f = tableFont();
            f.setBold(r.emphasis);
            for (size_t c = 0; c < b.columns.size(); ++c) {
                const QString html = c < size_t(r.cells.size()) ? r.cells[qsizetype(c)] : QString();
                const double markerRoom = c == 0 && r.marker.isValid() ? pt(9) : 0;
                row.push_back(richText(html, l->columnWidth[c] - 2 * kCellPadX - markerRoom, f,
                                       b.columns[c].numeric ? Qt::AlignRight : Qt::AlignLeft));
                h = std::max(h, row.back()->size().height() + 2 * kCellPadY);
            }
            l->cells.push_back(std::move(row));
            l->rowHeight.push_back(h);
        }
        l->height = l->headerHeight;
        for (double h : l->rowHeight)
            l->height += h;
        break;
    }
    case Block::Kind::Columns: {
        const double half = (width - kGutter) / 2;
        const QFont titleFont = packFont(11, true);
        l->leftTitle = richText(esc(b.leftTitle), half, titleFont);
        l->rightTitle = richText(esc(b.rightTitle), half, titleFont);
        l->titleHeight = std::max(l->leftTitle->size().height(), l->rightTitle->size().height()) + pt(6);
        for (const Block& c : b.left)
            l->left.push_back(lay(c, half));
        for (const Block& c : b.right)
            l->right.push_back(lay(c, half));
        l->height = l->titleHeight + std::max(stackHeight(l->left), stackHeight(l->right));
        break;
    }
    }
    return l;
}

// What must fit below a heading for the heading to stay on this page.
double firstPart(const Laid& l) {
    if (l.block->kind != Block::Kind::Table)
        return l.height;
    double h = l.headerHeight;
    for (size_t i = 0; i < std::min<size_t>(2, l.rowHeight.size()); ++i)
        h += l.rowHeight[i];
    return h;
}

void paintLaid(QPainter& p, const Laid& l, const QPointF& at, int firstRow, int endRow);

void paintStack(QPainter& p, const std::vector<std::unique_ptr<Laid>>& stack, QPointF at) {
    for (const auto& l : stack) {
        paintLaid(p, *l, at, 0, int(l->rowHeight.size()));
        at.ry() += l->height + kBlockGap;
    }
}

void paintTable(QPainter& p, const Laid& l, const QPointF& at, int firstRow, int endRow) {
    const Block& b = *l.block;
    double y = at.y();
    double x = at.x();
    p.fillRect(QRectF(x, y, l.width, l.headerHeight), colour::band);
    for (size_t c = 0; c < l.header.size(); ++c) {
        drawRichText(p, *l.header[c], QPointF(x + kCellPadX, y + kCellPadY), colour::muted);
        x += l.columnWidth[c];
    }
    y += l.headerHeight;
    p.setPen(QPen(colour::muted, pt(0.6)));
    p.drawLine(QPointF(at.x(), y), QPointF(at.x() + l.width, y));
    for (int r = firstRow; r < endRow; ++r) {
        const TableRow& row = b.rows[size_t(r)];
        x = at.x();
        for (size_t c = 0; c < l.cells[size_t(r)].size(); ++c) {
            double inset = kCellPadX;
            if (c == 0 && row.marker.isValid()) {
                const double box = pt(5.5);
                const double mid = QFontMetricsF(tableFont(), layoutDevice()).height() / 2;
                p.fillRect(QRectF(x + kCellPadX, y + kCellPadY + mid - box / 2, box, box), row.marker);
                inset += pt(9);
            }
            drawRichText(p, *l.cells[size_t(r)][c], QPointF(x + inset, y + kCellPadY));
            x += l.columnWidth[c];
        }
        y += l.rowHeight[size_t(r)];
        p.setPen(QPen(colour::rule, pt(0.4)));
        p.drawLine(QPointF(at.x(), y), QPointF(at.x() + l.width, y));
    }
}

void paintLaid(QPainter& p, const Laid& l, const QPointF& at, int firstRow, int endRow) {
    switch (l.block->kind) {
    case Block::Kind::Heading:
    case Block::Kind::Text:
        drawRichText(p, *l.doc, at);
        break;
    case Block::Kind::Note: {
        const QRectF frame(at, QSizeF(l.width, l.height));
        p.setPen(Qt::NoPen);
        p.fillRect(frame, colour::noteBack);
        p.fillRect(QRectF(frame.left(), frame.top(), pt(3), frame.height()), colour::noteEdge);
        drawRichText(p, *l.doc, at + QPointF(pt(3) + kNotePadding, kNotePadding));
        break;
    }
    case Block::Kind::Chart:
        if (l.block->chart)
            l.block->chart->paint(p, QRectF(at, QSizeF(l.width, l.height)));
        break;
    case Block::Kind::Table:
        paintTable(p, l, at, firstRow, endRow);
        break;
    case Block::Kind::Columns: {
        const double half = (l.width - kGutter) / 2;
        drawRichText(p, *l.leftTitle, at);
        drawRichText(p, *l.rightTitle, at + QPointF(half + kGutter, 0));
        p.setPen(QPen(colour::rule, pt(0.6)));
        const double ruleY = at.y() + l.titleHeight - pt(3);
        p.drawLine(QPointF(at.x(), ruleY), QPointF(at.x() + half, ruleY));
        p.drawLine(QPointF(at.x() + half + kGutter, ruleY), QPointF(at.x() + l.width, ruleY));
        paintStack(p, l.left, at + QPointF(0, l.titleHeight));
        paintStack(p, l.right, at + QPointF(half + kGutter, l.titleHeight));
        break;
    }
    }
}

double sectionTitleHeight(const Section& s, double width) {
    if (s.title.isEmpty())
        return 0;
    return richText(esc(s.title), width, packFont(15, true))->size().height() + pt(12);
}
} // namespace

QRectF PageGeometry::body() const {
    return QRectF(marginX, marginTop, page.width() - 2 * marginX, page.height() - marginTop - marginBottom);
}

PageGeometry PageGeometry::of(PaperSize paper) {
    constexpr double mm = kUnitsPerInch / 25.4;
    PageGeometry g;
    // A4 is defined in millimetres, Letter in inches: taken in its own unit, neither is rounded.
    if (paper == PaperSize::Letter)
        g.page = QSizeF(8.5 * kUnitsPerInch, 11 * kUnitsPerInch);
    else
        g.page = QSizeF(210 * mm, 297 * mm);
    g.marginX = 18 * mm;
    g.marginTop = 22 * mm;
    g.marginBottom = 20 * mm;
    return g;
}

PackLayout::PackLayout(const PackDocument& document, const PageGeometry& geometry)
    : m_doc(document)
    , m_geometry(geometry) {
    const double width = m_geometry.body().width();
    for (const Section& s : m_doc.sections) {
        std::vector<std::unique_ptr<Laid>> blocks;
        for (const Block& b : s.blocks)
            blocks.push_back(lay(b, width));
        m_laid.push_back(std::move(blocks));
    }
    paginate();
}

PackLayout::~PackLayout() = default;

QString PackLayout::pageSection(int page) const {
    return m_pages.at(size_t(page)).section->key;
}

void PackLayout::paginate() {
    const QRectF body = m_geometry.body();
    const double continuedTitle = QFontMetricsF(packFont(9, true), layoutDevice()).height() + pt(8);
    for (size_t s = 0; s < m_doc.sections.size(); ++s) {
        const Section& section = m_doc.sections[s];
        m_pages.push_back({&section, false, {}});
        double y = body.top() + sectionTitleHeight(section, body.width());
        const auto newPage = [&] {
            m_pages.push_back({&section, true, {}});
            y = body.top() + continuedTitle;
        };
        const auto& blocks = m_laid[s];
        for (size_t i = 0; i < blocks.size(); ++i) {
            const Laid& l = *blocks[i];
            const bool pageIsEmpty = m_pages.back().pieces.empty();
            if (l.block->kind == Block::Kind::Heading && i + 1 < blocks.size()) {
                const double need = l.height + pt(4) + firstPart(*blocks[i + 1]);
                if (y + need > body.bottom() && !pageIsEmpty)
                    newPage();
            }
            if (l.block->kind == Block::Kind::Table) {
                if (y + firstPart(l) > body.bottom() && !m_pages.back().pieces.empty())
                    newPage();
                int row = 0;
                const int rows = int(l.rowHeight.size());
                do {
                    double h = l.headerHeight;
                    int end = row;
                    while (end < rows && y + h + l.rowHeight[size_t(end)] <= body.bottom())
                        h += l.rowHeight[size_t(end++)];
                    if (end == row && row < rows) // a row taller than a page: print it, clipped
                        h += l.rowHeight[size_t(end++)];
                    m_pages.back().pieces.push_back({&l, QRectF(body.left(), y, body.width(), h), row, end});
                    y += h + kBlockGap;
                    row = end;
                    if (row < rows)
                        newPage();
                } while (row < rows);
                continue;
            }
            if (y + l.height > body.bottom() && !m_pages.back().pieces.empty())
                newPage();
            m_pages.back().pieces.push_back({&l, QRectF(body.left(), y, body.width(), l.height), 0, 0});
            y += l.height + (l.block->kind == Block::Kind::Heading ? pt(4) : kBlockGap);
        }
    }
}

void PackLayout::paintPage(QPainter& p, int index) const {
    const Page& page = m_pages.at(size_t(index));
    const QRectF body = m_geometry.body();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRectF(QPointF(0, 0), m_geometry.page), Qt::white);

    // Running header: workspace left, period right, a hairline under both.
    const QFont small = packFont(7.5);
    const QFontMetricsF fm(small, layoutDevice());
    const double headerY = m_geometry.marginTop - pt(14) - fm.height();
    p.setFont(small);
    p.setPen(colour::muted);
    const double half = body.width() / 2 - pt(6);
    p.drawText(QRectF(body.left(), headerY, half, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_doc.workspace, Qt::ElideRight, half));
    p.drawText(QRectF(body.right() - half, headerY, half, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
               fm.elidedText(m_doc.period, Qt::ElideLeft, half));
    p.setPen(QPen(colour::rule, pt(0.5)));
    p.drawLine(QPointF(body.left(), headerY + fm.height() + pt(3)),
               QPointF(body.right(), headerY + fm.height() + pt(3)));

    // Footer: when it was generated, and where this page sits in the pack.
    const double footerY = m_geometry.page.height() - m_geometry.marginBottom + pt(14);
    p.drawLine(QPointF(body.left(), footerY - pt(3)), QPointF(body.right(), footerY - pt(3)));
    p.setPen(colour::muted);
    const QString pageOf = Pack::tr("page %1 of %2").arg(index + 1).arg(pageCount());
    const double pageOfWidth = fm.horizontalAdvance(pageOf) + pt(2);
    p.drawText(QRectF(body.left(), footerY, body.width() - pageOfWidth - pt(12), fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_doc.generated, Qt::ElideRight, body.width() - pageOfWidth - pt(12)));
    p.drawText(QRectF(body.right() - pageOfWidth, footerY, pageOfWidth, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, pageOf);

    // The section's title on its first page; a quieter reminder on the pages that continue it.
    if (!page.section->title.isEmpty()) {
        if (!page.continued) {
            const auto title = richText(esc(page.section->title), body.width(), packFont(15, true));
            drawRichText(p, *title, body.topLeft());
            const double y = body.top() + title->size().height() + pt(5);
            p.setPen(QPen(colour::ink, pt(1)));
            p.drawLine(QPointF(body.left(), y), QPointF(body.left() + pt(36), y));
        } else {
            p.setFont(packFont(9, true));
            p.setPen(colour::muted);
            p.drawText(QRectF(body.left(), body.top(), body.width(), pt(14)), Qt::AlignLeft | Qt::AlignTop,
                       Pack::tr("%1 (continued)").arg(page.section->title));
        }
    }
    for (const Piece& piece : page.pieces) {
        p.save();
        // Nothing may spill into the margins, whatever a block measured.
        p.setClipRect(QRectF(body.left() - pt(2), body.top(), body.width() + pt(4), body.height() + pt(2)));
        paintLaid(p, *piece.laid, piece.rect.topLeft(), piece.firstRow, piece.endRow);
        p.restore();
    }
    p.restore();
}

} // namespace revalign::ui::report
