#include "import/xlsxworkbook.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

#include <orcus/sax_parser.hpp>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

#include <algorithm>
#include <cstring>

namespace revalign::xlsx {

namespace {

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// OOXML escapes characters XML 1.0 cannot carry (and a CR Excel wants kept) as _xHHHH_ (ECMA-376
// 22.9.2.19 ST_Xstring); _x005F_ escapes a literal underscore.
void appendUnescaped(std::string_view s, std::string& out) {
    if (s.find("_x") == std::string_view::npos) {
        out += s;
        return;
    }
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_' &&
            std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i) + 2,
                        s.begin() + static_cast<std::ptrdiff_t>(i) + 6,
                        [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; })) {
            const unsigned code =
                static_cast<unsigned>(std::stoul(std::string(s.substr(i + 2, 4)), nullptr, 16));
            if (code < 0x80) {
                out += static_cast<char>(code);
            } else if (code < 0x800) {
                out += static_cast<char>(0xC0 | (code >> 6));
                out += static_cast<char>(0x80 | (code & 0x3F));
            } else {
                out += static_cast<char>(0xE0 | (code >> 12));
                out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (code & 0x3F));
            }
            i += 6;
        } else {
            out += s[i];
        }
    }
}

long toLong(std::string_view s, long fallback = -1) {
    long v = 0;
    if (s.empty())
        return fallback;
    for (const char c : s) {
        if (c < '0' || c > '9' || v > 100000000)
            return fallback;
        v = v * 10 + (c - '0');
    }
    return v;
}

bool isTrue(std::string_view s) {
    return s == "1" || s == "true" || s == "on";
}

// The part a relationship's Target names: relative to the folder of the part that holds the
// relationship, or absolute from the package root (openpyxl writes "/xl/worksheets/sheet1.xml").
std::string resolveTarget(const std::string& base, std::string_view target) {
    if (!target.empty() && target.front() == '/')
        return std::string(target.substr(1));
    std::string dir = base.substr(0, base.rfind('/') + 1);
    while (target.substr(0, 3) == "../") {
        target.remove_prefix(3);
        if (!dir.empty())
            dir.pop_back();
        dir = dir.substr(0, dir.rfind('/') + 1);
    }
    return dir + std::string(target);
}

// Element names without their namespace prefix: Excel writes the default namespace, the Open XML SDK
// writes x:worksheet; both mean the same element.
struct Handler : orcus::sax_handler {
    static bool is(const orcus::sax::parser_element& e, std::string_view name) { return e.name == name; }
};

struct RelationshipsHandler : Handler {
    std::unordered_map<std::string, std::string>* targets = nullptr;
    std::string office; // the officeDocument relationship's target (package rels)
    std::string id, type, target;
    void attribute(const orcus::sax::parser_attribute& a) {
        if (a.name == "Id")
            id = a.value;
        else if (a.name == "Type")
            type = a.value;
        else if (a.name == "Target")
            target = a.value;
    }
    void start_element(const orcus::sax::parser_element& e) {
        if (is(e, "Relationship")) {
            if (targets)
                (*targets)[id] = target;
            if (type.size() >= 15 && type.compare(type.size() - 15, 15, "/officeDocument") == 0)
                office = target;
        }
        id.clear();
        type.clear();
        target.clear();
    }
};

struct WorkbookHandler : Handler {
    struct Sheet {
        std::string name, state, rid;
    };
    std::vector<Sheet> sheets;
    bool date1904 = false;
    Sheet pending;
    std::string date1904Attr;
    void attribute(const orcus::sax::parser_attribute& a) {
        if (a.name == "name")
            pending.name = a.value;
        else if (a.name == "state")
            pending.state = a.value;
        else if (a.name == "id" && a.ns == "r")
            pending.rid = a.value;
        else if (a.name == "date1904")
            date1904Attr = a.value;
    }
    void start_element(const orcus::sax::parser_element& e) {
        if (is(e, "sheet"))
            sheets.push_back(pending);
        else if (is(e, "workbookPr"))
            date1904 = isTrue(date1904Attr);
        pending = {};
        date1904Attr.clear();
    }
};

struct StylesHandler : Handler {
    std::unordered_map<long, std::string> codes; // custom numFmtId -> formatCode
    std::vector<long> xfFormats;                 // cellXfs order -> numFmtId
    bool inCellXfs = false;
    long id = 0;
    std::string code;
    void attribute(const orcus::sax::parser_attribute& a) {
        if (a.name == "numFmtId")
            id = toLong(a.value, 0);
        else if (a.name == "formatCode")
            code = a.value;
    }
    void start_element(const orcus::sax::parser_element& e) {
        if (is(e, "numFmt"))
            codes[id] = code;
        else if (is(e, "cellXfs"))
            inCellXfs = true;
        else if (is(e, "xf") && inCellXfs)
            xfFormats.push_back(id);
        id = 0;
        code.clear();
    }
    void end_element(const orcus::sax::parser_element& e) {
        if (is(e, "cellXfs"))
            inCellXfs = false;
    }
};

// <si> holds one <t>, or rich-text runs <r><t>..</t></r>; <rPh> is a phonetic reading (Japanese
// furigana) shown above the text, not part of it.
struct SharedStringsHandler : Handler {
    std::string* strings = nullptr;
    std::vector<uint32_t>* ends = nullptr;
    bool inText = false;
    int phonetic = 0;
    std::string current;
    void start_element(const orcus::sax::parser_element& e) {
        if (is(e, "si"))
            current.clear();
        else if (is(e, "rPh"))
            ++phonetic;
        else if (is(e, "t"))
            inText = phonetic == 0;
    }
    void end_element(const orcus::sax::parser_element& e) {
        if (is(e, "t")) {
            inText = false;
        } else if (is(e, "rPh")) {
            --phonetic;
        } else if (is(e, "si")) {
            appendUnescaped(current, *strings);
            ends->push_back(static_cast<uint32_t>(strings->size()));
        }
    }
    void characters(std::string_view v, bool) {
        if (inText)
            current += v;
    }
};

struct SheetHandler : Handler {
    const std::vector<NumberStyle>* styles = nullptr;
    const std::string* strings = nullptr;
    const std::vector<uint32_t>* stringEnds = nullptr;
    bool date1904 = false;
    SheetCells* out = nullptr;
    std::string* badCell = nullptr; // the first cell whose value cannot be read, with why

    // attributes of the element being opened
    std::string refText, typeText;
    long styleIndex = 0;
    // the cell being read
    long rowNumber = 0, columnNumber = 0;
    std::string type;
    std::string value;
    bool inValue = false, inInline = false, inInlineText = false;
    int phonetic = 0;
    bool rowOpen = false;

    void attribute(const orcus::sax::parser_attribute& a) {
        if (a.name == "r" || a.name == "ref") // a cell's or row's place; a merged area's range
            refText = a.value;
        else if (a.name == "s")
            styleIndex = toLong(a.value, 0);
        else if (a.name == "t")
            typeText = a.value;
    }
    void clearAttributes() {
        refText.clear();
        typeText.clear();
        styleIndex = 0;
    }
    void start_element(const orcus::sax::parser_element& e) {
        if (is(e, "row")) {
            const long r = toLong(refText);
            rowNumber = r > 0 ? r : rowNumber + 1;
            columnNumber = 0;
            out->rows.push_back(
                {static_cast<uint32_t>(rowNumber), static_cast<uint32_t>(out->cells.size()), 0});
            rowOpen = true;
        } else if (is(e, "c")) {
            long column = 0, row = 0;
            if (!refText.empty() && parseCellReference(refText, column, row)) {
                columnNumber = column;
                if (!rowOpen || row != rowNumber) { // a cell outside a <row r> (some writers): trust the cell
                    rowNumber = row;
                    out->rows.push_back(
                        {static_cast<uint32_t>(rowNumber), static_cast<uint32_t>(out->cells.size()), 0});
                    rowOpen = true;
                }
            } else {
                ++columnNumber; // without a reference a cell's place is its position in the row
            }
            type = typeText;
            m_style = styleIndex;
            value.clear();
        } else if (is(e, "v")) {
            inValue = true;
        } else if (is(e, "is")) {
            inInline = true;
        } else if (is(e, "rPh")) {
            ++phonetic;
        } else if (is(e, "t") && inInline) {
            inInlineText = phonetic == 0;
        } else if (is(e, "mergeCell")) {
            const size_t colon = refText.find(':');
            SheetCells::Merge m{};
            if (colon != std::string::npos &&
                parseCellReference(std::string_view(refText).substr(0, colon), m.firstColumn, m.firstRow) &&
                parseCellReference(std::string_view(refText).substr(colon + 1), m.lastColumn, m.lastRow))
                out->merges.push_back(m);
        }
        clearAttributes();
    }
    void end_element(const orcus::sax::parser_element& e) {
        if (is(e, "v")) {
            inValue = false;
        } else if (is(e, "t")) {
            inInlineText = false;
        } else if (is(e, "rPh")) {
            --phonetic;
        } else if (is(e, "is")) {
            inInline = false;
        } else if (is(e, "c")) {
            endCell();
        } else if (is(e, "row")) {
            rowOpen = false;
        }
    }
    void characters(std::string_view v, bool) {
        if (inValue || inInlineText)
            value += v;
    }

    void endCell() {
        std::string& text = out->text;
        const size_t mark = text.size();
        CellKind kind = CellKind::Text;
        if (type == "s") {
            const long index = toLong(value);
            if (index < 0 || static_cast<size_t>(index) >= stringEnds->size()) {
                if (badCell && badCell->empty())
                    *badCell = columnLetters(columnNumber) + std::to_string(rowNumber);
                return;
            }
            const uint32_t begin = index == 0 ? 0 : (*stringEnds)[static_cast<size_t>(index) - 1];
            text.append(*strings, begin, (*stringEnds)[static_cast<size_t>(index)] - begin);
        } else if (type == "inlineStr") {
            appendUnescaped(value, text);
        } else if (type == "str") {
            appendUnescaped(value, text); // a formula's cached text
        } else if (type == "b") {
            kind = CellKind::Boolean;
            if (!value.empty())
                text += value == "1" || value == "true" ? "TRUE" : "FALSE";
        } else if (type == "e") {
            kind = CellKind::Error;
            text += value;
        } else if (type == "d") {
            // ISO 8601 written as such (strict OOXML, some exporters): the date, and the time unless midnight
            kind = CellKind::Date;
            std::string v = value;
            if (v.size() > 10 && v[10] == 'T') {
                const std::string time = v.substr(11);
                v.resize(10);
                if (time.rfind("00:00:00", 0) != 0)
                    v += ' ' + time.substr(0, 8);
            }
            text += v;
        } else if (!value.empty()) {
            const NumberStyle style = m_style >= 0 && static_cast<size_t>(m_style) < styles->size()
                                          ? (*styles)[static_cast<size_t>(m_style)]
                                          : NumberStyle{};
            kind = style.kind == NumberKind::Date || style.kind == NumberKind::DateTime ||
                           style.kind == NumberKind::Time
                       ? CellKind::Date
                       : CellKind::Number;
            appendNumberCell(value, style, date1904, text);
        }
        if (text.size() == mark)
            return; // an empty cell that only carries a style
        if (columnNumber < 1 || columnNumber > 16384)
            return;
        SheetCells::Row& row = out->rows.back();
        out->cells.push_back({static_cast<uint32_t>(columnNumber), static_cast<uint32_t>(text.size()), kind});
        ++row.cellCount;
    }

    long m_style = 0;
};

template <typename H> void parseXml(const Part& xml, H& handler) {
    // orcus 0.17's SAX parser reads the byte after the buffer on a part that ends inside a tag (ASan: a
    // heap overflow on a truncated workbook). A std::string guarantees a readable NUL there, which the
    // parser then reports as malformed XML. The handlers copy what they keep, so the copy may go.
    const std::string text(reinterpret_cast<const char*>(xml.data()), xml.size());
    orcus::sax_parser<H> parser(text.data(), text.size(), handler);
    parser.parse();
}

} // namespace

Workbook::Workbook(const QString& path)
    : m_path(path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("Import", "%1: cannot read: %2").arg(path, file.errorString()));
    m_bytes = file.readAll();
    try {
        m_stream = std::make_unique<orcus::zip_archive_stream_blob>(
            reinterpret_cast<const uint8_t*>(m_bytes.constData()), static_cast<size_t>(m_bytes.size()));
        m_archive = std::make_unique<orcus::zip_archive>(m_stream.get());
        m_archive->load();
    } catch (const std::exception& e) {
        throw Error(QCoreApplication::translate(
                        "Import",
                        "%1: the workbook is damaged or incomplete (its zip archive cannot be read: %2); "
                        "download or save it again")
                        .arg(path, QString::fromUtf8(e.what())));
    }
    std::string officePart = "xl/workbook.xml";
    {
        RelationshipsHandler rels;
        const Part xml = readPart("_rels/.rels", false);
        if (!xml.empty()) {
            parseXmlPart("_rels/.rels", xml, rels);
            if (!rels.office.empty())
                officePart = resolveTarget(std::string(), rels.office);
        }
    }
    if (!hasPart(officePart)) {
        if (hasPart("xl/workbook.bin"))
            throw Error(QCoreApplication::translate(
                            "Import",
                            "%1: an Excel binary workbook (.xlsb), which RevAlign does not read; save it as "
                            ".xlsx or CSV in Excel")
                            .arg(path));
        if (hasPart("content.xml") && hasPart("mimetype"))
            throw Error(
                QCoreApplication::translate(
                    "Import",
                    "%1: an OpenDocument spreadsheet (.ods), which RevAlign does not read; save it as "
                    ".xlsx or CSV")
                    .arg(path));
        throw Error(QCoreApplication::translate("Import",
                                                "%1: a zip archive, but not an Excel workbook (it has no %2)")
                        .arg(path, QString::fromStdString(officePart)));
    }
    readWorkbook(officePart);
}

Workbook::~Workbook() = default;

bool Workbook::hasPart(const std::string& name) const {
    for (size_t i = 0, n = m_archive->get_file_entry_count(); i < n; ++i)
        if (m_archive->get_file_entry_name(i) == name)
            return true;
    return false;
}

Part Workbook::readPart(const std::string& name, bool required) const {
    std::vector<unsigned char> buf;
    bool found = false;
    try {
        found = hasPart(name) && m_archive->read_file_entry(name, buf);
    } catch (const std::exception& e) {
        throw Error(QCoreApplication::translate(
                        "Import",
                        "%1: the workbook is damaged (part %2 cannot be unpacked: %3); download or save it "
                        "again")
                        .arg(m_path, QString::fromStdString(name), QString::fromUtf8(e.what())));
    }
    if (!found) {
        if (required)
            throw Error(
                QCoreApplication::translate("Import", "%1: the workbook is damaged: its part %2 is missing")
                    .arg(m_path, QString::fromStdString(name)));
        return {};
    }
    return buf; // parsed where it was unpacked: a sheet's XML is the biggest thing in memory
}

template <typename H>
void Workbook::parseXmlPart(const std::string& name, const Part& xml, H& handler) const {
    try {
        parseXml(xml, handler);
    } catch (const orcus::sax::malformed_xml_error& e) {
        throw Error(QCoreApplication::translate(
                        "Import", "%1: the workbook is damaged: part %2 is not valid XML at byte %3 (%4)")
                        .arg(m_path, QString::fromStdString(name))
                        .arg(e.offset())
                        .arg(QString::fromUtf8(e.what())));
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(
            QCoreApplication::translate("Import", "%1: the workbook is damaged: part %2 cannot be read (%3)")
                .arg(m_path, QString::fromStdString(name), QString::fromUtf8(e.what())));
    }
}

void Workbook::readWorkbook(const std::string& part) {
    WorkbookHandler book;
    parseXmlPart(part, readPart(part, true), book);
    m_date1904 = book.date1904;

    const size_t slash = part.rfind('/');
    const std::string relsPart = part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
    RelationshipsHandler rels;
    rels.targets = &m_workbookRels;
    std::unordered_map<std::string, std::string> types;
    {
        // Types decide styles and shared strings: read the relationships with their types.
        struct TypedRels : RelationshipsHandler {
            std::unordered_map<std::string, std::string>* typeOf = nullptr;
            void start_element(const orcus::sax::parser_element& e) {
                if (is(e, "Relationship"))
                    (*typeOf)[id] = type;
                RelationshipsHandler::start_element(e);
            }
        } typed;
        typed.targets = &m_workbookRels;
        typed.typeOf = &types;
        parseXmlPart(relsPart, readPart(relsPart, true), typed);
    }
    auto endsWith = [](const std::string& s, std::string_view tail) {
        return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
    };
    for (const auto& rel : m_workbookRels) {
        const std::string& type = types[rel.first];
        if (endsWith(type, "/styles"))
            m_stylesPart = resolveTarget(part, rel.second);
        else if (endsWith(type, "/sharedStrings"))
            m_sharedStringsPart = resolveTarget(part, rel.second);
    }
    for (const WorkbookHandler::Sheet& s : book.sheets) {
        SheetEntry entry;
        entry.name = fromUtf8(s.name);
        entry.hidden = !s.state.empty() && s.state != "visible";
        const auto target = m_workbookRels.find(s.rid);
        if (target != m_workbookRels.end()) {
            entry.part = resolveTarget(part, target->second);
            entry.chart = endsWith(types[s.rid], "/chartsheet");
        }
        m_sheets.push_back(std::move(entry));
    }
    if (!m_stylesPart.empty())
        readStyles(m_stylesPart);
    if (!m_sharedStringsPart.empty())
        readSharedStrings(m_sharedStringsPart);
}

void Workbook::readStyles(const std::string& part) {
    StylesHandler styles;
    const Part xml = readPart(part, false);
    if (xml.empty())
        return; // no styles: every number is General, which loses nothing but dates' look
    parseXmlPart(part, xml, styles);
    m_xfStyles.reserve(styles.xfFormats.size());
    for (const long id : styles.xfFormats) {
        const auto code = styles.codes.find(id);
        m_xfStyles.push_back(classifyNumberFormat(
            static_cast<int>(id), code == styles.codes.end() ? std::string_view() : code->second));
    }
}

void Workbook::readSharedStrings(const std::string& part) {
    SharedStringsHandler handler;
    handler.strings = &m_strings;
    handler.ends = &m_stringEnds;
    parseXmlPart(part, readPart(part, true), handler);
}

SheetCells Workbook::readSheet(size_t index) const {
    const SheetEntry& sheet = m_sheets.at(index);
    if (sheet.part.empty())
        throw Error(
            QCoreApplication::translate("Import", "%1: the workbook is damaged: sheet '%2' has no part")
                .arg(m_path, sheet.name));
    if (!hasPart(sheet.part))
        throw Error(QCoreApplication::translate(
                        "Import", "%1: the workbook is damaged: sheet '%2' is missing (no part %3)")
                        .arg(m_path, sheet.name, QString::fromStdString(sheet.part)));
    SheetCells cells;
    if (sheet.chart)
        return cells; // a chart sheet holds no cells
    std::string bad;
    {
        const Part xml = readPart(sheet.part, true);
        SheetHandler handler;
        handler.styles = &m_xfStyles;
        handler.strings = &m_strings;
        handler.stringEnds = &m_stringEnds;
        handler.date1904 = m_date1904;
        handler.out = &cells;
        handler.badCell = &bad;
        parseXmlPart(sheet.part, xml, handler);
    } // the XML goes before the caller uses the cells: peak memory is the XML plus the cells, once
    if (!bad.empty())
        throw Error(QCoreApplication::translate(
                        "Import",
                        "%1: the workbook is damaged: sheet '%2', cell %3 refers to a text the workbook "
                        "does not have")
                        .arg(m_path, sheet.name, QString::fromStdString(bad)));
    cells.rows.erase(std::remove_if(cells.rows.begin(), cells.rows.end(),
                                    [](const SheetCells::Row& r) { return r.cellCount == 0; }),
                     cells.rows.end());
    return cells;
}

} // namespace revalign::xlsx
