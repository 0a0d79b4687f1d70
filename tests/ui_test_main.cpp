#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep the developer's real settings (filters, recent files) out of the tests and vice versa.
    QStandardPaths::setTestModeEnabled(true);
    // ctest runs test cases in parallel processes: each gets settings of its own, or one test's saved
    // filters (the filter bar remembers them) leak into another's "fresh" window.
    QTemporaryDir settings;
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settings.path());
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
