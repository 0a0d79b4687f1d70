#pragma once

#include "import/csvrecord.h"
#include "import/csvtokenizer.h"
#include "import/progress.h"
#include "import/textdecoder.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

namespace revalign {

// What to assume instead of detecting; empty/0 = detect.
struct CsvReadOptions {
    QString encoding;   // any name canonicalEncodingName() accepts
    char delimiter = 0; // ',', ';', '\t' or '|'
    ProgressCallback progress;
    // The longest record accepted (a quote never closed would otherwise make the rest of the file one
    // record of any size); tests lower it.
    size_t maxRecordBytes = CsvTokenizer::kMaxRecordBytes;
};

// How the file was read, and why (for `inspect` and the wizard's first page).
struct CsvFormat {
    QString encoding;
    bool encodingFromBom = false;
    bool encodingOverridden = false;
    char delimiter = ',';
    bool delimiterOverridden = false;
    friend bool operator==(const CsvFormat&, const CsvFormat&) = default;
};

QString delimiterName(char delimiter);       // "comma", "semicolon", "tab", "pipe"
char delimiterFromName(const QString& name); // accepts names and the character itself; 0 if unknown

// Streams the records of one CSV file: decode -> tokenize, in bounded memory (one read chunk plus the
// longest record, itself bounded by maxRecordBytes). Encoding and delimiter are detected from the start of
// the file unless overridden. Errors (unreadable file, invalid bytes for the encoding) throw Error naming
// file, line and column; a progress callback returning false throws ImportCancelled.
class CsvReader final {
public:
    CsvReader(const QString& path, CsvReadOptions options);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    const CsvFormat& format() const { return m_format; }
    const QString& path() const { return m_path; }
    qint64 fileSize() const { return m_size; }
    qint64 bytesRead() const { return m_read; }
    // Decoded bytes the tokenizer has examined since the last rewind (a test hook: each byte once).
    qint64 bytesTokenized() const { return m_tokenizer.bytesScanned(); }

    // Reads the next record; false at the end of the file.
    bool next(CsvRecord& record);
    // Starts again from the first record (a second pass over the file).
    void rewind();
    // Sees every raw byte of the file as it is read (to hash the file in the same pass); set it before
    // rewind().
    void setRawObserver(std::function<void(const char*, qint64)> observer) {
        m_observer = std::move(observer);
    }

    // Picks the delimiter under which the first records have the most consistent field count (> 1).
    static char detectDelimiter(std::string_view text);

private:
    bool fill();
    [[noreturn]] void throwDecodeError(const InvalidByteSequence& bad);

    QString m_path;
    CsvReadOptions m_options;
    CsvFormat m_format;
    int m_bomLength = 0;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_read = 0;
    bool m_eof = false;
    std::unique_ptr<TextDecoder> m_decoder;
    CsvTokenizer m_tokenizer{','};
    std::string m_text; // decoded, not yet tokenized text is m_text[m_pos..]
    size_t m_pos = 0;
    std::string m_raw;
    std::function<void(const char*, qint64)> m_observer;
};

} // namespace revalign
