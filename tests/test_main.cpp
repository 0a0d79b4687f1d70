#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char** argv) {
    // Core code uses QCoreApplication::translate and QStandardPaths; give it an application.
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
