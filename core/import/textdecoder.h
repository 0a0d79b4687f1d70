#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <string>

namespace revalign {

// What detectEncoding() found at the start of a file.
struct DetectedEncoding {
    QString name; // canonical name we use everywhere: "UTF-8", "UTF-16LE", "windows-1252", "TIS-620", ...
    int bomLength = 0; // bytes of byte-order mark to skip
    bool fromBom = false;
    friend bool operator==(const DetectedEncoding&, const DetectedEncoding&) = default;
};

// A byte-order mark wins; then text that is valid UTF-8 is UTF-8; then uchardet decides among the
// legacy encodings real exports use (Windows-1252, ISO-8859-1, TIS-620/Windows-874, UTF-16 without BOM).
DetectedEncoding detectEncoding(QByteArrayView head);

// Maps what users and uchardet write ("utf8", "latin1", "cp874", "WINDOWS-1252") to our canonical name,
// or an empty string when ICU does not know the encoding.
QString canonicalEncodingName(const QString& name);

// Thrown by TextDecoder for a byte sequence that is not valid in the declared encoding.
struct InvalidByteSequence {
    size_t validOutput; // bytes of UTF-8 appended to `out` before the bad sequence
    QString bytes;      // the offending bytes in hex, e.g. "0xC3 0x28"
};

// Converts a byte stream in one encoding to UTF-8, chunk by chunk (sequences split across chunks are
// carried over), so a file of any size decodes in bounded memory. Invalid input is never replaced by
// U+FFFD: decode() throws InvalidByteSequence so the reader can name the line and column.
class TextDecoder final {
public:
    explicit TextDecoder(const QString& encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    void decode(const char* data, size_t size, bool last, std::string& out);
    const QString& encoding() const { return m_encoding; }

private:
    void decodeUtf8(const char* data, size_t size, bool last, std::string& out);

    struct Icu;
    QString m_encoding;
    std::unique_ptr<Icu> m_icu; // null for UTF-8, which we validate and pass through
    std::string m_pending;      // an incomplete UTF-8 sequence at the end of the previous chunk
};

} // namespace revalign
