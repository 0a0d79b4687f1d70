#pragma once

#include "import/csvrecord.h"

#include <cstddef>

namespace revalign {

// RFC 4180 plus what Excel and CRMs really write, over UTF-8 text that arrives in chunks:
// quoted fields holding delimiters, doubled quotes and line breaks (kept exactly as written); CR, LF and
// CRLF record ends; blank lines skipped; text after a closing quote kept literally (as Excel reads it);
// an unterminated quote at the end of the file is flagged on the record, not dropped.
// The tokenizer keeps only the line counter between calls, so the caller may hand it a longer buffer
// after a "need more" answer and it simply parses the record again from its start.
class CsvTokenizer final {
public:
    explicit CsvTokenizer(char delimiter)
        : m_delimiter(delimiter) {}

    // Parses the next record from [begin, end) into `out`. Returns the bytes consumed (the record and
    // any blank lines before it), or 0 when no complete record is available: more input is needed
    // (eof = false) or the input is exhausted (eof = true; then `out` is empty).
    size_t next(const char* begin, const char* end, bool eof, CsvRecord& out);

    // The physical line the next record will start on.
    qint64 line() const { return m_line; }
    void reset() { m_line = 1; }
    char delimiter() const { return m_delimiter; }

private:
    char m_delimiter;
    qint64 m_line = 1;
};

} // namespace revalign
