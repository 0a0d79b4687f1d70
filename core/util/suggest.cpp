#include "util/suggest.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace revalign {

namespace {
QString normalized(const QString& s) {
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (c != u' ' && c != u'_' && c != u'-' && c != u'.')
            out += c.toLower();
    return out;
}

// Levenshtein distance, stopping early once it exceeds `limit`. Names longer than kLongest are never a
// slip of another (no message suggests a 300-character name).
constexpr qsizetype kLongest = 256;
int distance(const QString& a, const QString& b, int limit) {
    if (std::abs(a.size() - b.size()) > limit || b.size() > kLongest)
        return limit + 1;
    std::array<int, kLongest + 1> row{};
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[static_cast<size_t>(j)] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        int best = row[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto at = static_cast<size_t>(j);
            const int above = row[at];
            row[at] = std::min({above + 1, row[at - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
            best = std::min(best, row[at]);
        }
        if (best > limit)
            return limit + 1;
    }
    return row[static_cast<size_t>(b.size())];
}
} // namespace

QString closestName(const QString& name, const QStringList& candidates) {
    const QString target = normalized(name);
    const int limit = target.size() >= 5 ? 2 : (target.size() >= 3 ? 1 : 0);
    QString best;
    int bestDistance = limit + 1;
    for (const QString& candidate : candidates) {
        const int d = distance(target, normalized(candidate), limit);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

QString knownNames(QStringList names, int examples) {
    if (names.isEmpty())
        return QCoreApplication::translate("Suggest", "none known");
    names.sort(Qt::CaseInsensitive);
    if (names.size() <= examples + 3)
        return QCoreApplication::translate("Suggest", "known: %1").arg(names.join(QStringLiteral(", ")));
    return QCoreApplication::translate("Suggest", "%1 known, e.g. %2, …")
        .arg(groupedCount(names.size()), names.mid(0, examples).join(QStringLiteral(", ")));
}

QString unknownName(const QString& what, const QString& name, const QStringList& known) {
    const QString close = closestName(name, known);
    if (!close.isEmpty())
        return QCoreApplication::translate("Suggest", "unknown %1 '%2' (did you mean '%3'? %4)")
            .arg(what, name, close, knownNames(known));
    return QCoreApplication::translate("Suggest", "unknown %1 '%2' (%3)").arg(what, name, knownNames(known));
}

QString groupedCount(qint64 n) {
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return n < 0 ? u'-' + digits : digits;
}

} // namespace revalign
