#pragma once

#include <QList>
#include <QString>
#include <QTime>

namespace revalign::ui {

// Someone else's import into the open team workspace today (who, which file, when, local time).
struct ImportToday {
    QString who;
    QString file;
    QTime at;
    bool operator==(const ImportToday&) const = default;
};

// "Also imported today: anna (contacts.csv, 09:14), ben (deals.csv, 11:02)"; empty for no imports.
QString describeImportsToday(const QList<ImportToday>& imports);
// The status bar's server line for a team workspace ("Team workspace on host:5432/db"); empty for a file.
QString serverStatusLine(const QString& address);

} // namespace revalign::ui
