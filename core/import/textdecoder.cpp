#include "import/textdecoder.h"

#include "util/error.h"

#include <QCoreApplication>

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <array>
#include <cstring>

namespace revalign {

namespace {
QString hexBytes(const char* p, size_t n) {
    QStringList parts;
    for (size_t i = 0; i < n; ++i)
        parts << u"0x" +
                     QString::number(static_cast<unsigned char>(p[i]), 16).rightJustified(2, u'0').toUpper();
    return parts.join(u' ');
}

// Length of the valid UTF-8 sequence starting at p, 0 if invalid, -1 if truncated by `end`.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end) {
    const unsigned char c = p[0];
    int n;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4;
    else
        return 0;
    for (int i = 1; i < n; ++i) {
        if (p + i >= end)
            return -1;
        const unsigned char cc = p[i];
        if ((cc & 0xC0) != 0x80)
            return 0;
        if (i == 1) { // overlongs, surrogates and code points past U+10FFFF
            if ((c == 0xE0 && cc < 0xA0) || (c == 0xED && cc > 0x9F) || (c == 0xF0 && cc < 0x90) ||
                (c == 0xF4 && cc > 0x8F))
                return 0;
        }
    }
    return n;
}

// Returns the length of the valid prefix; `truncated` tells whether what follows is an incomplete sequence.
size_t validUtf8Prefix(const char* data, size_t size, bool* truncated) {
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    const auto* end = p + size;
    *truncated = false;
    while (p < end) {
        // ASCII runs dominate CSV files: test eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const int n = utf8SequenceLength(p, end);
        if (n <= 0) {
            *truncated = n < 0;
            break;
        }
        p += n;
    }
    return static_cast<size_t>(p - reinterpret_cast<const unsigned char*>(data));
}

struct Alias {
    const char* alias;
    const char* name;
};
constexpr Alias kAliases[] = {
    {"utf8", "UTF-8"},
    {"utf-8", "UTF-8"},
    {"ascii", "UTF-8"},
    {"us-ascii", "UTF-8"},
    {"utf-16le", "UTF-16LE"},
    {"utf16le", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"utf16be", "UTF-16BE"},
    {"utf-16", "UTF-16LE"},
    {"unicode", "UTF-16LE"},
    {"windows-1252", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"win1252", "windows-1252"},
    {"iso-8859-1", "ISO-8859-1"},
    {"latin1", "ISO-8859-1"},
    {"iso8859-1", "ISO-8859-1"},
    {"tis-620", "TIS-620"},
    {"tis620", "TIS-620"},
    {"windows-874", "windows-874"},
    {"cp874", "windows-874"},
    {"iso-8859-11", "TIS-620"},
    {"iso-8859-15", "ISO-8859-15"},
    {"windows-1250", "windows-1250"},
    {"mac-roman", "macintosh"},
};
} // namespace

QString canonicalEncodingName(const QString& name) {
    const QString lower = name.trimmed().toLower();
    for (const Alias& a : kAliases)
        if (lower == QLatin1String(a.alias))
            return QString::fromLatin1(a.name);
    // Anything else ICU knows is accepted under its own name.
    UErrorCode err = U_ZERO_ERROR;
    const QByteArray latin = name.trimmed().toLatin1();
    const char* canonical = ucnv_getCanonicalName(latin.constData(), "", &err);
    if (U_FAILURE(err) || !canonical || !*canonical) {
        err = U_ZERO_ERROR;
        UConverter* probe = ucnv_open(latin.constData(), &err);
        if (U_FAILURE(err))
            return {};
        ucnv_close(probe);
    }
    return name.trimmed();
}

DetectedEncoding detectEncoding(QByteArrayView head) {
    const auto* b = reinterpret_cast<const unsigned char*>(head.data());
    const qsizetype n = head.size();
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        return {QStringLiteral("UTF-8"), 3, true};
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return {QStringLiteral("UTF-16LE"), 2, true};
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return {QStringLiteral("UTF-16BE"), 2, true};
    // UTF-16 without a BOM: ASCII-range text has a zero in every other byte.
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i + 1 < n && i < 4096; i += 2) {
        evenZeros += b[i] == 0;
        oddZeros += b[i + 1] == 0;
    }
    const qsizetype pairs = std::min<qsizetype>(n, 4096) / 2;
    if (pairs >= 4 && oddZeros * 10 > pairs * 4 && evenZeros * 10 < pairs)
        return {QStringLiteral("UTF-16LE"), 0, false};
    if (pairs >= 4 && evenZeros * 10 > pairs * 4 && oddZeros * 10 < pairs)
        return {QStringLiteral("UTF-16BE"), 0, false};
    bool truncated = false;
    const size_t valid = validUtf8Prefix(head.data(), static_cast<size_t>(n), &truncated);
    if (valid == static_cast<size_t>(n) || truncated)
        return {QStringLiteral("UTF-8"), 0, false};
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, head.data(), static_cast<size_t>(n));
    uchardet_data_end(detector);
    const QString found = QString::fromLatin1(uchardet_get_charset(detector));
    uchardet_delete(detector);
    QString name = canonicalEncodingName(found);
    // On the few kilobytes of a CSV file uchardet cannot tell the single-byte Latin encodings apart (it
    // calls plain French ISO-8859-2). Windows-1252, the superset of ISO-8859-1 that Excel writes, is the
    // right reading of Western European text; other Latin encodings must be named with --encoding.
    static const QStringList latin{QStringLiteral("iso-8859-1"),   QStringLiteral("iso-8859-2"),
                                   QStringLiteral("iso-8859-15"),  QStringLiteral("windows-1250"),
                                   QStringLiteral("windows-1252"), QStringLiteral("iso-8859-9")};
    if (name.isEmpty() || name == u"UTF-8" || found.isEmpty() || latin.contains(name.toLower()))
        name = QStringLiteral("windows-1252");
    return {name, 0, false};
}

struct TextDecoder::Icu {
    UConverter* source = nullptr;
    UConverter* utf8 = nullptr;
    std::array<UChar, 4096> pivot{};
    UChar* pivotSource = pivot.data();
    UChar* pivotTarget = pivot.data();
    bool first = true;
    ~Icu() {
        ucnv_close(source);
        ucnv_close(utf8);
    }
};

TextDecoder::TextDecoder(const QString& encoding)
    : m_encoding(canonicalEncodingName(encoding)) {
    if (m_encoding.isEmpty())
        throw Error(QCoreApplication::translate("Import", "unknown encoding '%1'").arg(encoding));
    if (m_encoding == u"UTF-8")
        return;
    m_icu = std::make_unique<Icu>();
    UErrorCode err = U_ZERO_ERROR;
    m_icu->source = ucnv_open(m_encoding.toLatin1().constData(), &err);
    if (U_SUCCESS(err))
        m_icu->utf8 = ucnv_open("UTF-8", &err);
    if (U_SUCCESS(err))
        ucnv_setToUCallBack(m_icu->source, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
    if (U_FAILURE(err))
        throw Error(QCoreApplication::translate("Import", "unknown encoding '%1'").arg(encoding));
}

TextDecoder::~TextDecoder() = default;

void TextDecoder::decode(const char* data, size_t size, bool last, std::string& out) {
    if (!m_icu) {
        decodeUtf8(data, size, last, out);
        return;
    }
    const char* source = data;
    const char* sourceLimit = data + size;
    for (;;) {
        const size_t before = out.size();
        out.resize(before + size * 3 + 64);
        char* target = out.data() + before;
        char* const targetStart = target;
        UErrorCode err = U_ZERO_ERROR;
        ucnv_convertEx(m_icu->utf8, m_icu->source, &target, out.data() + out.size(), &source, sourceLimit,
                       m_icu->pivot.data(), &m_icu->pivotSource, &m_icu->pivotTarget,
                       m_icu->pivot.data() + m_icu->pivot.size(), m_icu->first, last, &err);
        m_icu->first = false;
        out.resize(before + static_cast<size_t>(target - targetStart));
        if (err == U_BUFFER_OVERFLOW_ERROR)
            continue;
        if (U_FAILURE(err)) {
            char bad[8];
            int8_t len = sizeof bad;
            UErrorCode err2 = U_ZERO_ERROR;
            ucnv_getInvalidChars(m_icu->source, bad, &len, &err2);
            throw InvalidByteSequence{out.size(),
                                      hexBytes(bad, U_SUCCESS(err2) ? static_cast<size_t>(len) : 0)};
        }
        return;
    }
}

void TextDecoder::decodeUtf8(const char* data, size_t size, bool last, std::string& out) {
    if (!m_pending.empty()) {
        // Complete the sequence split across the previous chunk boundary byte by byte.
        while (size > 0 && m_pending.size() < 4) {
            m_pending.push_back(*data++);
            --size;
            bool truncated = false;
            const size_t valid = validUtf8Prefix(m_pending.data(), m_pending.size(), &truncated);
            if (valid == m_pending.size()) {
                out += m_pending;
                m_pending.clear();
                break;
            }
            if (!truncated)
                throw InvalidByteSequence{out.size(), hexBytes(m_pending.data(), m_pending.size())};
        }
        if (!m_pending.empty() && (size > 0 || last))
            throw InvalidByteSequence{out.size(), hexBytes(m_pending.data(), m_pending.size())};
    }
    bool truncated = false;
    const size_t valid = validUtf8Prefix(data, size, &truncated);
    out.append(data, valid);
    if (valid == size)
        return;
    if (truncated && !last) {
        m_pending.assign(data + valid, size - valid);
        return;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(data + valid);
    size_t badLength = 1;
    while (badLength < 4 && valid + badLength < size && (p[badLength] & 0xC0) == 0x80)
        ++badLength;
    throw InvalidByteSequence{out.size(), hexBytes(data + valid, badLength)};
}

} // namespace revalign
