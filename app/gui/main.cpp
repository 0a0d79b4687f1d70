#include "guioptions.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace revalign::ui;

namespace {
int renderScreenshot(QApplication& app, MainWindow& window, const GuiOptions& o) {
    window.setHeadless(true);
    window.resize(o.size);
    window.show();
    int code = 0;
    const auto render = [&] {
        if (!window.showPage(o.page)) {
            std::fprintf(stderr, "revalign: unknown page '%s' (pages: %s)\n", qPrintable(o.page),
                         qPrintable(window.pageKeys().join(QStringLiteral(", "))));
            code = 2;
        } else if (!window.grab().save(o.screenshot)) {
            std::fprintf(stderr, "revalign: %s: cannot write the PNG\n", qPrintable(o.screenshot));
            code = 1;
        }
        app.quit();
    };
    if (o.workspace.isEmpty()) {
        QTimer::singleShot(0, &app, render);
    } else {
        // dataReady: the summary is loaded and the dashboard computed for the current filters.
        QObject::connect(
            &window, &MainWindow::dataReady, &app, [&] { QTimer::singleShot(0, &app, render); },
            Qt::SingleShotConnection);
        QObject::connect(&window, &MainWindow::workspaceFailed, &app,
                         [&](const QString&, const QString& message) {
                             std::fprintf(stderr, "%s\n", qPrintable(message));
                             code = 1;
                             app.quit();
                         });
        window.openWorkspace(o.workspace);
    }
    app.exec();
    return code;
}
} // namespace

int main(int argc, char** argv) {
    // Rendering for automation must not depend on (or change) the user's saved filters and window state:
    // give it a settings folder of its own for this run.
    QTemporaryDir freshSettings;
    if (wantsOffscreen(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(freshSettings.path()));
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RevAlign"));
    QApplication::setOrganizationName(QStringLiteral("RevAlign"));
    QApplication::setApplicationVersion(QStringLiteral(REVALIGN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.revalign.RevAlign"));

    QStringList args = QApplication::arguments();
    args.removeFirst();
    QString error;
    const auto options = parseGuiOptions(args, &error);
    if (!options) {
        std::fprintf(stderr, "revalign: %s\n%s", qPrintable(error), qPrintable(guiUsage()));
        return 2;
    }
    if (options->showHelp || options->showVersion) {
        std::printf("%s", qPrintable(options->showHelp ? guiUsage()
                                                       : QStringLiteral("revalign " REVALIGN_VERSION "\n")));
        return 0;
    }
    installLanguage(app, options->language);

    MainWindow window;
    if (!options->screenshot.isEmpty())
        return renderScreenshot(app, window, *options);
    window.show();
    if (!options->workspace.isEmpty())
        window.openWorkspace(options->workspace);
    return app.exec();
}
