#pragma once

#include "import/csvrecord.h"

#include <cstddef>

namespace revalign {

// Thrown by CsvTokenizer::next() when one record grows past the bound (CsvReader turns it into an Error
// naming the file): almost always a quote that is never closed, which would otherwise swallow the rest of
// a file of any size into one field.
struct CsvRecordTooLong {
    qint64 line = 0; // where the record starts
    int column = 0;  // 1-based field that was open when the bound was reached
    bool inQuotes = false;
};

// RFC 4180 plus what Excel and CRMs really write, over UTF-8 text that arrives in chunks:
// quoted fields holding delimiters, doubled quotes and line breaks (kept exactly as written); CR, LF and
// CRLF record ends; blank lines skipped; text after a closing quote kept literally (as Excel reads it);
// an unterminated quote at the end of the file is flagged on the record, not dropped.
//
// Resumable: after a "need more" answer it keeps the part of the record it has parsed and where it
// stopped, so the caller hands it the same unconsumed text again, extended (the buffer may have moved in
// memory), and parsing goes on from there. Every byte is examined once: a record that spans many
// refills (a quote never closed near the start of a 2 GB file) costs linear time, and it is bounded by
// maxRecordBytes (then CsvRecordTooLong).
class CsvTokenizer final {
public:
    static constexpr size_t kMaxRecordBytes = size_t(64) << 20;

    explicit CsvTokenizer(char delimiter, size_t maxRecordBytes = kMaxRecordBytes)
        : m_delimiter(delimiter)
        , m_maxRecordBytes(maxRecordBytes) {}

    // Parses the next record from [begin, end) into `out`. Returns the bytes consumed (the record and
    // any blank lines before it), or 0 when no complete record is available: more input is needed
    // (eof = false; call again with the same text from `begin` plus more) or the input is exhausted
    // (eof = true; then `out` is empty).
    size_t next(const char* begin, const char* end, bool eof, CsvRecord& out);

    // The physical line the next record will start on.
    qint64 line() const { return m_line; }
    void reset();
    char delimiter() const { return m_delimiter; }
    // Bytes examined so far (a test hook: it proves linearity without timing anything).
    qint64 bytesScanned() const { return m_scanned; }

private:
    size_t needMore(size_t parsed);
    enum class State { Blank, BlankCr, FieldStart, Quoted, QuoteInQuoted, Unquoted, AfterDelimiter, AfterCr };

    char m_delimiter;
    size_t m_maxRecordBytes;
    qint64 m_line = 1;
    // The record in progress across "need more" answers.
    State m_state = State::Blank;
    size_t m_resume = 0;      // bytes from `begin` already parsed
    size_t m_recordStart = 0; // bytes from `begin` where the record starts (after blank lines)
    qint64 m_blankLines = 0;  // blank lines skipped before it
    int m_lines = 0;          // line breaks inside its quoted fields
    CsvRecord m_partial;
    qint64 m_scanned = 0;
};

} // namespace revalign
