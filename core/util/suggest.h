#pragma once

#include <QString>
#include <QStringList>

namespace revalign {

// The candidate `name` was most likely meant to be, when it is close enough to be a slip: equal once case,
// spaces, underscores, hyphens and dots are ignored, or one or two typing errors apart (one for short
// names). Empty when nothing is that close. For "did you mean" in messages.
QString closestName(const QString& name, const QStringList& candidates);

// The names a message lists as known: "known: Ana, Ben" when there are few, otherwise how many there are
// and the first `examples` in sorted order ("1,234 known, e.g. Ana, Ben, Chloe, …"); "none known". A
// message stays one readable line however big the workspace is.
QString knownNames(QStringList names, int examples = 5);

// "unknown owner 'Jon Smth' (did you mean 'Jon Smith'? 1,234 known, e.g. …)": the one-line message
// for a name a filter or option names that the workspace does not have.
QString unknownName(const QString& what, const QString& name, const QStringList& known);

// 1234567 -> "1,234,567": counts in one-line messages, the same on every locale (the CLI's text is a
// contract; the app formats its own tables in the user's locale).
QString groupedCount(qint64 n);

} // namespace revalign
