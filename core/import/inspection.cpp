#include "import/inspection.h"

#include "import/profilecatalog.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace revalign {

namespace {
bool looksLikeEmail(std::string_view s) {
    const size_t at = s.find('@');
    return at != std::string_view::npos && at > 0 && s.find('.', at) != std::string_view::npos &&
           s.find(' ') == std::string_view::npos && s.find('@', at + 1) == std::string_view::npos &&
           s.back() != '.';
}

bool isDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

ColumnProfiler::ColumnProfiler(const QStringList& header)
    : m_columns(static_cast<size_t>(header.size()))
    , m_header(header) {}

void ColumnProfiler::add(const CsvRecord& record) {
    for (size_t i = 0; i < m_columns.size() && i < record.size(); ++i) {
        Column& c = m_columns[i];
        const std::string_view text = trimmed(record.field(i));
        if (isNullSpelling(text)) {
            ++c.nulls;
            continue;
        }
        ++c.values;
        c.numbers.add(text);
        c.dates.add(text);
        for (DateOrder o : {DateOrder::Iso, DateOrder::Mdy, DateOrder::Dmy}) {
            if (parseDateTime(text, o)) {
                ++c.dateValues;
                c.timeValues += text.find(':') != std::string_view::npos ? 1 : 0;
                break;
            }
        }
        if (parseBool(text)) {
            ++c.bools;
            c.boolWords += isDigits(text) ? 0 : 1;
        }
        c.emails += looksLikeEmail(text) ? 1 : 0;
        const auto it = c.counts.find(std::string(text));
        if (it != c.counts.end())
            ++it->second;
        else if (c.counts.size() < kDistinct)
            c.counts.emplace(std::string(text), 1);
        else
            c.capped = true;
    }
}

std::vector<ColumnSummary> ColumnProfiler::summaries() const {
    std::vector<ColumnSummary> out;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const Column& c = m_columns[i];
        ColumnSummary s;
        s.name = m_header.at(static_cast<qsizetype>(i));
        s.values = c.values;
        s.nulls = c.nulls;
        s.topExact = !c.capped;
        if (c.values == 0) {
            s.type = QStringLiteral("empty");
        } else if (c.bools == c.values && c.boolWords > 0) {
            s.type = QStringLiteral("boolean");
        } else if (c.numbers.nonNumbers() == 0 && c.numbers.numbers() > 0) {
            const DecimalMark mark = c.numbers.decided();
            const bool whole = c.numbers.wholeUnder(mark == DecimalMark::Auto ? DecimalMark::Dot : mark);
            s.type = whole ? QStringLiteral("integer") : QStringLiteral("number");
            // The mark matters where it changes a value: fractions, a decimal comma, "1,234".
            if (c.numbers.ambiguous())
                s.decimal = QStringLiteral("ambiguous");
            else if (!whole || mark == DecimalMark::Comma)
                s.decimal = toKey(mark);
        } else if (c.dateValues == c.values) {
            s.type = c.timeValues > 0 ? QStringLiteral("datetime") : QStringLiteral("date");
            const DateOrder order = c.dates.decided();
            s.dateOrder = c.dates.ambiguous() ? QStringLiteral("ambiguous")
                                              : toKey(order == DateOrder::Auto ? c.dates.bestFit() : order);
        } else if (c.emails == c.values) {
            s.type = QStringLiteral("email");
        } else {
            s.type = QStringLiteral("text");
        }
        std::vector<std::pair<const std::string*, qint64>> ranked;
        ranked.reserve(c.counts.size());
        for (const auto& [value, count] : c.counts)
            ranked.emplace_back(&value, count);
        const size_t n = std::min(kTop, ranked.size());
        std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                          [](const auto& a, const auto& b) {
                              return a.second != b.second ? a.second > b.second : *a.first < *b.first;
                          });
        for (size_t k = 0; k < n; ++k)
            s.top.emplace_back(QString::fromStdString(*ranked[k].first), ranked[k].second);
        out.push_back(std::move(s));
    }
    return out;
}

QString detectLineEnding(const QString& path, const CsvFormat& format, QString* detail) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("none");
    const QByteArray head = file.read(1 << 20);
    const DetectedEncoding detected = detectEncoding(head);
    const int skip = detected.fromBom && detected.name == format.encoding ? detected.bomLength : 0;
    std::string text;
    try {
        TextDecoder decoder(format.encoding);
        decoder.decode(head.constData() + skip, static_cast<size_t>(head.size() - skip), file.atEnd(), text);
    } catch (const InvalidByteSequence& bad) {
        text.resize(bad.validOutput);
    } catch (const Error&) {
        return QStringLiteral("none");
    }
    qint64 crlf = 0;
    qint64 lf = 0;
    qint64 cr = 0;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice: still right
        else if (quoted)
            continue;
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++crlf, ++i;
        else if (c == '\r')
            ++cr;
        else if (c == '\n')
            ++lf;
    }
    if (detail)
        *detail = QCoreApplication::translate("Inspect", "%1 CRLF, %2 LF, %3 CR").arg(crlf).arg(lf).arg(cr);
    const int kinds = (crlf > 0) + (lf > 0) + (cr > 0);
    if (kinds == 0)
        return QStringLiteral("none");
    if (kinds > 1)
        return QStringLiteral("mixed");
    return crlf > 0 ? QStringLiteral("crlf") : lf > 0 ? QStringLiteral("lf") : QStringLiteral("cr");
}

std::vector<ProfileFit> profileFits(const ProfileCatalog& catalog, const QStringList& header) {
    std::vector<ProfileFit> fits;
    const auto present = [&](const QString& column) { return header.contains(column, Qt::CaseInsensitive); };
    for (const ImportProfile& p : catalog.profiles()) {
        const int score = p.matchScore(header);
        int columns = 0;
        for (const auto& [column, field] : p.columns)
            columns += present(column) && field != Field::Ignore ? 1 : 0;
        if (score > 0) {
            QString why;
            for (const QStringList& sig : p.signatures)
                if (std::all_of(sig.begin(), sig.end(), present)) {
                    why = QCoreApplication::translate("Inspect", "has its signature (%1); ")
                              .arg(sig.join(QStringLiteral(" + ")));
                    break;
                }
            why += QCoreApplication::translate("Inspect", "%1 of the file's %2 columns feed its fields")
                       .arg(columns)
                       .arg(header.size());
            fits.push_back({p.name, score, why});
            continue;
        }
        // A near miss: the signature closest to complete, when more than half of it is there.
        const QStringList* best = nullptr;
        qsizetype bestPresent = 0;
        for (const QStringList& sig : p.signatures) {
            const qsizetype n = std::count_if(sig.begin(), sig.end(), present);
            if (n > bestPresent) {
                bestPresent = n;
                best = &sig;
            }
        }
        if (!best || bestPresent * 2 <= best->size())
            continue;
        QStringList missing;
        for (const QString& column : *best)
            if (!present(column))
                missing << column;
        fits.push_back({p.name, 0,
                        QCoreApplication::translate("Inspect", "lacks %1 of its signature (%2)")
                            .arg(missing.join(QStringLiteral(", ")), best->join(QStringLiteral(" + ")))});
    }
    std::stable_sort(fits.begin(), fits.end(), [](const ProfileFit& a, const ProfileFit& b) {
        return a.score != b.score ? a.score > b.score : a.name < b.name;
    });
    return fits;
}

} // namespace revalign
