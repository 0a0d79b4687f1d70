#include "report/packdocument.h"

namespace revalign::ui::report {

Block Block::heading(const QString& text) {
    Block b;
    b.kind = Kind::Heading;
    b.html = text;
    return b;
}

Block Block::text(const QString& html) {
    Block b;
    b.kind = Kind::Text;
    b.html = html;
    return b;
}

Block Block::note(const QString& html) {
    Block b;
    b.kind = Kind::Note;
    b.html = html;
    return b;
}

Block Block::table(std::vector<TableColumn> columns, std::vector<TableRow> rows) {
    Block b;
    b.kind = Kind::Table;
    b.columns = std::move(columns);
    b.rows = std::move(rows);
    return b;
}

Block Block::chartOf(std::shared_ptr<const PackChart> chart, double heightPoints) {
    Block b;
    b.kind = Kind::Chart;
    b.chart = std::move(chart);
    b.chartHeight = heightPoints;
    return b;
}

Block Block::sideBySide(const QString& leftTitle, std::vector<Block> left, const QString& rightTitle,
                        std::vector<Block> right) {
    Block b;
    b.kind = Kind::Columns;
    b.leftTitle = leftTitle;
    b.rightTitle = rightTitle;
    b.left = std::move(left);
    b.right = std::move(right);
    return b;
}

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace revalign::ui::report
