#pragma once

#include "metrics/facttable.h"
#include "report/packbuilder.h"
#include "report/packlayout.h"

#include <QLocale>
#include <QStringList>

#include <functional>
#include <optional>

namespace revalign::ui::report {

enum class PackFormat { Pdf, Png, Html };

struct PackRequest {
    QString workspacePath;
    QString output; // the file to write; png: NAME.png becomes NAME-1.png, NAME-2.png, ...
    PackFormat format = PackFormat::Pdf;
    std::optional<PaperSize> paper; // nullopt: by the system's locale (paperForLocale)
    PackQuery query;
    int pngDpi = 150;
};

struct PackResult {
    QString error;     // empty on success; one line naming the file
    QStringList files; // what was written
    int pages = 0;
    QString period; // the period as the pack titles it
};

// Writes the meeting pack, from the workspace alone: no window, any thread (fonts and rich text are safe
// off the GUI thread while nothing is shown). Uses `facts` when the caller already holds the workspace's
// snapshot, else loads it. Never throws; a failure leaves no file behind (each file is written to a
// temporary name and renamed when complete). `progress` gets 0..100.
PackResult writeMeetingPack(const PackRequest& request, FactSnapshot facts = {},
                            const std::function<void(int)>& progress = {});

// Letter where it is the usual paper (the United States, Canada, Mexico, the Philippines and a few more in
// the Americas), A4 everywhere else.
PaperSize paperForLocale(const QLocale& locale);
std::optional<PaperSize> paperFromName(const QString& name);       // "a4", "letter"
std::optional<PackFormat> packFormatFromName(const QString& name); // "pdf", "png", "html"
// The format a file name implies (.png, .html/.htm), PDF otherwise.
PackFormat packFormatForFile(const QString& path);
// The page images a PNG pack writes for `output`: NAME-1.png ... (two digits from ten pages on).
QString pngPagePath(const QString& output, int page, int pages);

} // namespace revalign::ui::report
