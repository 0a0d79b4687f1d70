#include "import/profilecheck.h"

#include "util/suggest.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <set>

namespace revalign {

namespace {
bool inHeader(const QStringList& header, const QString& column) {
    return header.contains(column, Qt::CaseInsensitive);
}

QString quoted(const QStringList& names) {
    QStringList out;
    for (const QString& n : names)
        out << u'\'' + n + u'\'';
    return out.join(QCoreApplication::translate("ProfileCheck", " or "));
}
} // namespace

QString signatureText(const ImportProfile& profile) {
    QStringList alternatives;
    for (const QStringList& sig : profile.signatures)
        alternatives << sig.join(QStringLiteral(" + "));
    return alternatives.join(QCoreApplication::translate("ProfileCheck", ", or "));
}

ProfileCheck checkProfile(const ImportProfile& profile, const QStringList& header, const QString& file,
                          bool forced, const QString& fits) {
    ProfileCheck check;
    const QString fileName = QFileInfo(file).fileName();
    std::set<Field> fed;
    QStringList named; // header columns some profile column names
    for (const auto& [column, field] : profile.columns) {
        if (inHeader(header, column)) {
            fed.insert(field);
            named << column;
        }
    }
    for (const auto& [field, value] : profile.defaults)
        fed.insert(field);
    QStringList unnamed; // where a misspelt profile column is to be found
    for (const QString& h : header)
        if (!named.contains(h, Qt::CaseInsensitive))
            unnamed << h;
    const auto columnsOf = [&](Field field) {
        QStringList out;
        for (const auto& [column, f] : profile.columns)
            if (f == field)
                out << column;
        return out;
    };
    // The header name a missing profile column was probably meant to be.
    const auto meant = [&](const QStringList& columns, QString* which) {
        for (const QString& column : columns) {
            const QString close = closestName(column, unnamed);
            if (!close.isEmpty()) {
                *which = column;
                return close;
            }
        }
        return QString();
    };

    std::set<Field> reported;
    for (const auto& [column, field] : profile.columns) {
        if (field == Field::Ignore || fed.contains(field) || reported.contains(field))
            continue;
        reported.insert(field);
        QString which;
        const QString close = meant(columnsOf(field), &which);
        if (!close.isEmpty())
            check.notes << QCoreApplication::translate(
                               "ProfileCheck",
                               "'%1' is not a column of %2; did you mean '%3'? (%4 is not imported)")
                               .arg(which, fileName, close, fieldKey(field));
    }

    for (const std::vector<Field>& group : requiredFieldGroups(profile.entity)) {
        if (std::any_of(group.begin(), group.end(), [&](Field f) { return fed.contains(f); }))
            continue;
        QStringList fields;
        QStringList columns;
        for (const Field f : group) {
            fields << fieldKey(f);
            columns << columnsOf(f);
        }
        QString problem =
            columns.isEmpty()
                ? QCoreApplication::translate("ProfileCheck",
                                              "%1: no column gives %2, which every row needs, and profile "
                                              "'%3' maps no column to it")
                      .arg(file, fields.join(QCoreApplication::translate("ProfileCheck", " or ")),
                           profile.name)
                : QCoreApplication::translate("ProfileCheck",
                                              "%1: no column gives %2, which every row needs (profile '%3' "
                                              "reads it from %4)")
                      .arg(file, fields.join(QCoreApplication::translate("ProfileCheck", " or ")),
                           profile.name, quoted(columns));
        QString which;
        if (const QString close = meant(columns, &which); !close.isEmpty())
            problem += QCoreApplication::translate("ProfileCheck", "; did you mean '%1' for '%2'?")
                           .arg(close, which);
        check.problems << problem;
    }

    if (forced && !profile.signatures.empty() && profile.matchScore(header) == 0) {
        QString problem =
            QCoreApplication::translate(
                "ProfileCheck", "%1: the header lacks the signature of profile '%2' (%3), so the file "
                                "is not what that profile reads")
                .arg(file, profile.name, signatureText(profile));
        if (!fits.isEmpty() && fits != profile.name)
            problem += QCoreApplication::translate("ProfileCheck", "; it fits profile '%1'").arg(fits);
        check.problems.prepend(problem);
    }
    return check;
}

} // namespace revalign
