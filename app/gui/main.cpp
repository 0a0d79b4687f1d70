#include "capture.h"
#include "guiapplication.h"
#include "guioptions.h"
#include "language.h"
#include "mainwindow.h"
#include "report/packwriter.h"
#include "teamaddress.h"
#include "util/error.h"
#include "widgets/filterbar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

#include <cstdio>

using namespace revalign::ui;

namespace {
// Runs `work` once the workspace is open and every page has computed for the current filters.
// Polls the window's idle state on a timer (never processEvents in a loop); fails after a minute.
int whenIdle(QApplication& app, MainWindow& window, const GuiOptions& o, const std::function<int()>& work) {
    window.setHeadless(true);
    window.resize(o.size);
    window.show();
    int code = 0;
    if (o.workspace.isEmpty()) {
        QTimer::singleShot(0, &app, [&] {
            code = work();
            app.quit();
        });
        app.exec();
        return code;
    }
    QTimer poll;
    QElapsedTimer clock;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (window.workspacePath().isEmpty() || window.isComputing() || !window.hasData()) {
            if (clock.elapsed() > 60000) {
                std::fprintf(stderr, "revalign: %s: timed out waiting for the data\n",
                             qPrintable(displayAddress(o.workspace)));
                code = 1;
                app.quit();
            }
            return;
        }
        poll.stop();
        code = work();
        app.quit();
    });
    QObject::connect(&window, &MainWindow::workspaceFailed, &app,
                     [&](const QString&, const QString& message) {
                         std::fprintf(stderr, "%s\n", qPrintable(message));
                         code = 1;
                         app.quit();
                     });
    QObject::connect(&window, &MainWindow::dataReady, &app, [&] {
        if (o.from.isValid() && window.filterBar()->query().range != revalign::DateRange{o.from, o.to})
            window.filterBar()->setCustomRange(o.from, o.to);
    });
    clock.start();
    poll.start(50);
    window.openWorkspace(o.workspace);
    app.exec();
    return code;
}

int renderScreenshot(QApplication& app, MainWindow& window, const GuiOptions& o) {
    return whenIdle(app, window, o, [&] {
        if (!window.showPage(o.page)) {
            std::fprintf(stderr, "revalign: unknown page '%s' (pages: %s)\n", qPrintable(o.page),
                         qPrintable(window.pageKeys().join(QStringLiteral(", "))));
            return 2;
        }
        settleForCapture();
        if (!window.grab().save(o.screenshot)) {
            std::fprintf(stderr, "revalign: %s: cannot write the PNG\n", qPrintable(o.screenshot));
            return 1;
        }
        return 0;
    });
}

// The meeting pack needs no window: it is built from the workspace alone, on this thread.
int renderMeetingPack(const GuiOptions& o) {
    using namespace revalign::ui::report;
    PackRequest request;
    request.workspacePath = o.workspace;
    request.output = o.meetingPack;
    request.format =
        o.packFormat.isEmpty() ? packFormatForFile(o.meetingPack) : *packFormatFromName(o.packFormat);
    if (!o.pageSize.isEmpty())
        request.paper = paperFromName(o.pageSize);
    request.query.period = {o.from, o.to};
    const PackResult pack = writeMeetingPack(request);
    if (!pack.error.isEmpty()) {
        std::fprintf(stderr, "revalign: %s\n", qPrintable(pack.error));
        return 1;
    }
    if (request.format == PackFormat::Png)
        std::printf("Wrote %lld page images, %s … %s (%s)\n", static_cast<long long>(pack.files.size()),
                    qPrintable(pack.files.front()), qPrintable(pack.files.back()), qPrintable(pack.period));
    else if (request.format == PackFormat::Html)
        std::printf("Wrote %s (%s)\n", qPrintable(pack.files.front()), qPrintable(pack.period));
    else
        std::printf("Wrote %s (%s, %d pages)\n", qPrintable(pack.files.front()), qPrintable(pack.period),
                    pack.pages);
    return 0;
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
    GuiApplication app(argc, argv);
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

    // No exception leaves main: what GuiApplication::notify did not catch (thrown outside an event) is
    // reported the same way, with exit 1.
    try {
        if (!options->meetingPack.isEmpty())
            return renderMeetingPack(*options);
        MainWindow window;
        if (!options->screenshot.isEmpty())
            return renderScreenshot(app, window, *options);
        window.show();
        if (!options->workspace.isEmpty())
            window.openWorkspace(options->workspace);
        return app.exec();
    } catch (const revalign::Error& e) {
        GuiApplication::report(e.message());
    } catch (const std::exception& e) {
        GuiApplication::report(QString::fromLocal8Bit(e.what()));
    }
    return 1;
}
