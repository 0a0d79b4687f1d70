#pragma once

#include "report/packdocument.h"

#include <QRectF>
#include <QSizeF>

#include <memory>
#include <vector>

class QPainter;
class QTextDocument;

// Lays the document out on pages: each section starts a page; blocks flow down the page and move to the
// next one whole, except tables, which break between rows and repeat their header; a heading never ends
// a page (it goes with what follows). Then paints any page, running header and footer included
// ("page 2 of 6"), with a painter in layout units (packstyle.h).
namespace revalign::ui::report {

enum class PaperSize { A4, Letter };

struct PageGeometry {
    QSizeF page;        // units, portrait
    double marginX = 0; // left and right
    double marginTop = 0, marginBottom = 0;
    QRectF body() const;
    static PageGeometry of(PaperSize paper);
};

class PackLayout final {
public:
    PackLayout(const PackDocument& document, const PageGeometry& geometry);
    ~PackLayout();
    PackLayout(const PackLayout&) = delete;
    PackLayout& operator=(const PackLayout&) = delete;

    int pageCount() const { return int(m_pages.size()); }
    const PageGeometry& geometry() const { return m_geometry; }
    // The key of the section a page belongs to ("cover", "funnel"...).
    QString pageSection(int page) const;
    // Paints one page at the painter's origin; the painter's transform maps layout units to the device.
    void paintPage(QPainter& painter, int page) const;

    struct Laid; // a block measured at its width (public for the .cpp's helpers)

private:
    struct Piece {
        const Laid* laid = nullptr;
        QRectF rect;
        int firstRow = 0, endRow = 0; // tables: the rows on this page
    };
    struct Page {
        const Section* section = nullptr;
        bool continued = false;
        std::vector<Piece> pieces;
    };
    void paginate();

    const PackDocument& m_doc;
    PageGeometry m_geometry;
    std::vector<std::vector<std::unique_ptr<Laid>>> m_laid; // per section, per block
    std::vector<Page> m_pages;
};

} // namespace revalign::ui::report
