#pragma once

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace revalign::ui {

// `revalign [WORKSPACE]`, `revalign --screenshot FILE.png [--page NAME] [--lang th|en] [WORKSPACE]`,
// `revalign --meeting-pack FILE [--format pdf|png|html] [--page-size a4|letter] ... WORKSPACE`.
struct GuiOptions {
    QString workspace;
    QString screenshot;
    QString meetingPack; // the pack's file
    QString packFormat;  // "pdf", "png", "html" or empty = from the file name
    QString pageSize;    // "a4", "letter" or empty = by the system's locale
    QDate from;          // optional custom range (both or neither)
    QDate to;
    QString page = QStringLiteral("dashboard");
    QString language; // "th", "en" or empty = settings/system
    QSize size{1440, 1000};
    bool showHelp = false;
    bool showVersion = false;
};

// Parses the GUI's arguments (without the program name). Returns nullopt and sets `error` on bad usage.
std::optional<GuiOptions> parseGuiOptions(const QStringList& args, QString* error);
QString guiUsage();

// True when the arguments ask for headless rendering, so main() can pick the offscreen platform
// before QApplication exists.
bool wantsOffscreen(int argc, char** argv);

} // namespace revalign::ui
