#include "import/csvtokenizer.h"

#include <algorithm>
#include <cstring>

namespace revalign {

size_t CsvTokenizer::next(const char* begin, const char* end, bool eof, CsvRecord& out) {
    const char* p = begin;
    qint64 line = m_line;
    // Blank lines are not records (Excel and CRMs write them between blocks; RFC 4180 has none).
    while (p != end && (*p == '\n' || *p == '\r')) {
        if (*p == '\r') {
            if (p + 1 == end && !eof)
                return 0;
            if (p + 1 != end && p[1] == '\n')
                ++p;
        }
        ++p;
        ++line;
    }
    out.clear();
    if (p == end)
        return 0;
    out.line = line;
    int lines = 0;
    const char delimiter = m_delimiter;
    for (;;) {
        if (*p == '"') {
            ++p;
            for (;;) {
                const auto* quote =
                    static_cast<const char*>(std::memchr(p, '"', static_cast<size_t>(end - p)));
                if (!quote) {
                    if (!eof)
                        return 0;
                    lines += static_cast<int>(std::count(p, end, '\n'));
                    out.data.append(p, static_cast<size_t>(end - p));
                    out.unterminatedQuote = true;
                    p = end;
                    break;
                }
                lines += static_cast<int>(std::count(p, quote, '\n'));
                out.data.append(p, static_cast<size_t>(quote - p));
                p = quote + 1;
                if (p == end) {
                    if (!eof)
                        return 0;
                    break;
                }
                if (*p == '"') { // a doubled quote stands for one
                    out.data.push_back('"');
                    ++p;
                    continue;
                }
                break;
            }
        }
        // Unquoted text, or whatever follows a closing quote up to the next delimiter or line end.
        const char* start = p;
        while (p != end && *p != delimiter && *p != '\n' && *p != '\r')
            ++p;
        out.data.append(start, static_cast<size_t>(p - start));
        if (p == end && !eof)
            return 0;
        out.ends.push_back(static_cast<uint32_t>(out.data.size()));
        if (p == end)
            break;
        if (*p == delimiter) {
            ++p;
            if (p == end) {
                if (!eof)
                    return 0;
                out.ends.push_back(
                    static_cast<uint32_t>(out.data.size())); // trailing delimiter: one empty field
                break;
            }
            continue;
        }
        if (*p == '\r') {
            ++p;
            if (p == end && !eof)
                return 0;
            if (p != end && *p == '\n')
                ++p;
        } else {
            ++p;
        }
        break;
    }
    // `lines` counts the line breaks inside quoted fields; the record spans one more physical line.
    out.lineCount = lines + 1;
    m_line = line + lines + 1;
    return static_cast<size_t>(p - begin);
}

} // namespace revalign
