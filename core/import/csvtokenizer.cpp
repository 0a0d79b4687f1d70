#include "import/csvtokenizer.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace revalign {

void CsvTokenizer::reset() {
    m_line = 1;
    m_state = State::Blank;
    m_resume = 0;
    m_recordStart = 0;
    m_blankLines = 0;
    m_lines = 0;
    m_partial.clear();
}

// Stops for more input, keeping what is parsed and where; past the bound the record is refused.
size_t CsvTokenizer::needMore(size_t parsed) {
    m_scanned += static_cast<qint64>(parsed - m_resume);
    m_resume = parsed;
    if (m_state != State::Blank && m_state != State::BlankCr && m_resume - m_recordStart > m_maxRecordBytes) {
        const CsvRecordTooLong tooLong{m_partial.line, static_cast<int>(m_partial.ends.size()) + 1,
                                       m_state == State::Quoted || m_state == State::QuoteInQuoted};
        reset();
        throw tooLong;
    }
    return 0;
}

size_t CsvTokenizer::next(const char* begin, const char* end, bool eof, CsvRecord& out) {
    const char* p = begin + std::min(m_resume, static_cast<size_t>(end - begin));
    const char delimiter = m_delimiter;
    CsvRecord& r = m_partial;
    bool done = false;
    while (!done) {
        switch (m_state) {
        case State::Blank:
            // Blank lines are not records (Excel and CRMs write them between blocks; RFC 4180 has none).
            while (p != end && (*p == '\n' || *p == '\r')) {
                ++m_blankLines;
                if (*p++ == '\r') {
                    m_state = State::BlankCr;
                    break;
                }
            }
            if (m_state == State::BlankCr)
                continue;
            if (p == end) {
                if (eof) { // only blank lines were left: no record (asked again, the answer is the same)
                    m_scanned += (p - begin) - static_cast<qint64>(m_resume);
                    m_resume = 0;
                    m_blankLines = 0;
                    out.clear();
                    return 0;
                }
                return needMore(static_cast<size_t>(p - begin));
            }
            r.clear();
            r.line = m_line + m_blankLines;
            m_lines = 0;
            m_recordStart = static_cast<size_t>(p - begin);
            m_state = State::FieldStart;
            continue;
        case State::BlankCr:
            if (p == end) {
                if (!eof)
                    return needMore(static_cast<size_t>(p - begin));
                m_state = State::Blank;
                continue;
            }
            if (*p == '\n')
                ++p;
            m_state = State::Blank;
            continue;
        case State::FieldStart:
            if (*p == '"') {
                ++p;
                m_state = State::Quoted;
            } else {
                m_state = State::Unquoted;
            }
            continue;
        case State::Quoted: {
            const auto* quote = static_cast<const char*>(std::memchr(p, '"', static_cast<size_t>(end - p)));
            const char* stop = quote ? quote : end;
            m_lines += static_cast<int>(std::count(p, stop, '\n'));
            r.data.append(p, static_cast<size_t>(stop - p));
            p = stop;
            if (!quote) {
                if (!eof)
                    return needMore(static_cast<size_t>(p - begin));
                r.unterminatedQuote = true;
                r.ends.push_back(static_cast<uint32_t>(r.data.size()));
                done = true;
                break;
            }
            ++p;
            m_state = State::QuoteInQuoted;
            continue;
        }
        case State::QuoteInQuoted:
            if (p == end) {
                if (!eof)
                    return needMore(static_cast<size_t>(p - begin));
                r.ends.push_back(static_cast<uint32_t>(r.data.size()));
                done = true;
                break;
            }
            if (*p == '"') { // a doubled quote stands for one
                r.data.push_back('"');
                ++p;
                m_state = State::Quoted;
            } else {
                m_state = State::Unquoted; // text after a closing quote, up to the delimiter or line end
            }
            continue;
        case State::Unquoted:
            // The hot path: unquoted fields one after another without going round the state switch.
            for (;;) {
                const char* start = p;
                while (p != end && *p != delimiter && *p != '\n' && *p != '\r')
                    ++p;
                r.data.append(start, static_cast<size_t>(p - start));
                if (p == end) {
                    if (!eof)
                        return needMore(static_cast<size_t>(p - begin));
                    r.ends.push_back(static_cast<uint32_t>(r.data.size()));
                    done = true;
                    break;
                }
                r.ends.push_back(static_cast<uint32_t>(r.data.size()));
                if (*p == delimiter) {
                    ++p;
                    if (p != end && *p != '"')
                        continue;
                    m_state = State::AfterDelimiter;
                } else if (*p == '\r') {
                    ++p;
                    m_state = State::AfterCr;
                } else {
                    ++p;
                    done = true;
                }
                break;
            }
            continue;
        case State::AfterDelimiter:
            if (p == end) {
                if (!eof)
                    return needMore(static_cast<size_t>(p - begin));
                // a trailing delimiter: one empty field
                r.ends.push_back(static_cast<uint32_t>(r.data.size()));
                done = true;
                break;
            }
            m_state = State::FieldStart;
            continue;
        case State::AfterCr:
            if (p == end) {
                if (!eof)
                    return needMore(static_cast<size_t>(p - begin));
            } else if (*p == '\n') {
                ++p;
            }
            done = true;
            break;
        }
    }
    if (static_cast<size_t>(p - begin) - m_recordStart > m_maxRecordBytes) {
        const CsvRecordTooLong tooLong{r.line, static_cast<int>(r.ends.size()), r.unterminatedQuote};
        reset();
        throw tooLong;
    }
    m_scanned += (p - begin) - static_cast<qint64>(m_resume);
    // `m_lines` counts the line breaks inside quoted fields; the record spans one more physical line.
    r.lineCount = m_lines + 1;
    m_line = r.line + m_lines + 1;
    std::swap(out, r); // out's old buffers are reused for the next record
    m_state = State::Blank;
    m_resume = 0;
    m_recordStart = 0;
    m_blankLines = 0;
    return static_cast<size_t>(p - begin);
}

} // namespace revalign
