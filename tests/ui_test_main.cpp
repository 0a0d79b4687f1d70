#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep the developer's real settings (filters, recent files) out of the tests and vice versa.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
