#include "import/csvreader.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <map>

namespace revalign {

namespace {
constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kDetectBytes = 64 * 1024;
constexpr std::array<char, 4> kDelimiters{',', ';', '\t', '|'};
} // namespace

QString delimiterName(char delimiter) {
    switch (delimiter) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    case '|':
        return QStringLiteral("pipe");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

char delimiterFromName(const QString& name) {
    for (char d : kDelimiters)
        if (name == delimiterName(d) || name == QString(QLatin1Char(d)))
            return d;
    if (name == u"\\t")
        return '\t';
    return 0;
}

CsvReader::CsvReader(const QString& path, CsvReadOptions options)
    : m_path(path)
    , m_options(std::move(options))
    , m_file(path) {
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("Import", "%1: cannot read: %2").arg(path, m_file.errorString()));
    m_size = m_file.size();
    const QByteArray head = m_file.read(kDetectBytes);
    const DetectedEncoding detected = detectEncoding(head);
    if (!m_options.encoding.isEmpty()) {
        m_format.encoding = canonicalEncodingName(m_options.encoding);
        if (m_format.encoding.isEmpty())
            throw Error(QCoreApplication::translate("Import", "%1: unknown encoding '%2'")
                            .arg(path, m_options.encoding));
        m_format.encodingOverridden = true;
        // A BOM of the very encoding the user named is still not text.
        if (detected.fromBom && detected.name == m_format.encoding)
            m_bomLength = detected.bomLength;
    } else {
        m_format.encoding = detected.name;
        m_format.encodingFromBom = detected.fromBom;
        m_bomLength = detected.bomLength;
    }
    if (m_options.delimiter) {
        m_format.delimiter = m_options.delimiter;
        m_format.delimiterOverridden = true;
    } else {
        TextDecoder probe(m_format.encoding);
        std::string text;
        try {
            probe.decode(head.constData() + m_bomLength, static_cast<size_t>(head.size() - m_bomLength),
                         head.size() == m_size, text);
        } catch (const InvalidByteSequence& bad) {
            text.resize(bad.validOutput); // detect on what decodes; the real pass reports the bad bytes
        }
        m_format.delimiter = detectDelimiter(text);
    }
    rewind();
}

CsvReader::~CsvReader() = default;

char CsvReader::detectDelimiter(std::string_view text) {
    char best = ',';
    double bestScore = 0;
    for (char d : kDelimiters) {
        CsvTokenizer tokenizer(d);
        CsvRecord record;
        std::map<size_t, int> counts;
        const char* p = text.data();
        const char* end = p + text.size();
        int records = 0;
        while (records < 50) {
            const size_t used = tokenizer.next(p, end, false, record);
            if (used == 0)
                break;
            p += used;
            ++counts[record.size()];
            ++records;
        }
        if (records == 0) { // one line without a line end: the header alone
            if (tokenizer.next(p, end, true, record) == 0)
                continue;
            counts[record.size()] = 1;
            records = 1;
        }
        const auto mode = std::max_element(counts.begin(), counts.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        if (mode->first < 2)
            continue;
        // Consistency first; among equally consistent delimiters the one splitting into more fields.
        const double score = double(mode->second) / records * 1000 + double(mode->first);
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

void CsvReader::rewind() {
    m_file.seek(0);
    if (m_observer && m_bomLength > 0) {
        const QByteArray bom = m_file.read(m_bomLength);
        m_observer(bom.constData(), bom.size());
    }
    m_file.seek(m_bomLength);
    m_read = m_bomLength;
    m_eof = false;
    m_decoder = std::make_unique<TextDecoder>(m_format.encoding);
    m_tokenizer = CsvTokenizer(m_format.delimiter, m_options.maxRecordBytes);
    m_text.clear();
    m_pos = 0;
}

bool CsvReader::fill() {
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_text.erase(0, m_pos);
        m_pos = 0;
    }
    m_raw.resize(kChunk);
    const qint64 n = m_file.read(m_raw.data(), kChunk);
    if (n < 0)
        throw Error(
            QCoreApplication::translate("Import", "%1: cannot read: %2").arg(m_path, m_file.errorString()));
    m_read += n;
    if (m_observer && n > 0)
        m_observer(m_raw.data(), n);
    m_eof = n == 0 || m_file.atEnd();
    try {
        m_decoder->decode(m_raw.data(), static_cast<size_t>(n), m_eof, m_text);
    } catch (const InvalidByteSequence& bad) {
        throwDecodeError(bad);
    }
    if (m_options.progress && !m_options.progress(m_read, m_size))
        throw ImportCancelled();
    return true;
}

void CsvReader::throwDecodeError(const InvalidByteSequence& bad) {
    // The tokenizer knows the line of the next record; count the lines of the valid text before the
    // bad bytes that it has not consumed yet.
    const std::string_view before = std::string_view(m_text).substr(m_pos, bad.validOutput - m_pos);
    const qint64 line =
        m_tokenizer.line() + static_cast<qint64>(std::count(before.begin(), before.end(), '\n'));
    const size_t lineStart = before.rfind('\n');
    const std::string_view lineText =
        lineStart == std::string_view::npos ? before : before.substr(lineStart + 1);
    const qsizetype column =
        QString::fromUtf8(lineText.data(), static_cast<qsizetype>(lineText.size())).size() + 1;
    throw Error(QCoreApplication::translate(
                    "Import", "%1: line %2, column %3: invalid byte sequence %4 for encoding %5 "
                              "(name the file's encoding with --encoding)")
                    .arg(m_path)
                    .arg(line)
                    .arg(column)
                    .arg(bad.bytes, m_format.encoding));
}

bool CsvReader::next(CsvRecord& record) {
    for (;;) {
        const char* begin = m_text.data() + m_pos;
        const char* end = m_text.data() + m_text.size();
        size_t used = 0;
        try {
            used = m_tokenizer.next(begin, end, m_eof, record);
        } catch (const CsvRecordTooLong& e) {
            const QString size = QLocale().formattedDataSize(static_cast<qint64>(m_options.maxRecordBytes), 0,
                                                             QLocale::DataSizeTraditionalFormat);
            throw Error(e.inQuotes
                            ? QCoreApplication::translate(
                                  "Import", "%1: line %2, column %3: a quoted field is not closed before "
                                            "the record reaches %4; look for a missing closing quote "
                                            "in that field")
                                  .arg(m_path)
                                  .arg(e.line)
                                  .arg(e.column)
                                  .arg(size)
                            : QCoreApplication::translate(
                                  "Import", "%1: line %2: a record longer than %3 without a line end "
                                            "(is this a CSV file?)")
                                  .arg(m_path)
                                  .arg(e.line)
                                  .arg(size));
        }
        if (used > 0) {
            m_pos += used;
            return true;
        }
        if (m_eof)
            return false;
        fill();
    }
}

} // namespace revalign
