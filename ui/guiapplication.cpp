#include "guiapplication.h"

#include "util/error.h"

#include <QMainWindow>
#include <QStatusBar>

#include <cstdio>
#include <exception>

namespace revalign::ui {

GuiApplication::GuiApplication(int& argc, char** argv)
    : QApplication(argc, argv) {}

bool GuiApplication::notify(QObject* receiver, QEvent* event) {
    try {
        return QApplication::notify(receiver, event);
    } catch (const Error& e) {
        report(e.message());
    } catch (const std::exception& e) {
        report(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        report(QCoreApplication::translate("GuiApplication", "an unexpected error occurred"));
    }
    return false;
}

void GuiApplication::report(const QString& message) {
    std::fprintf(stderr, "revalign: %s\n", qPrintable(message));
    for (QWidget* widget : topLevelWidgets()) {
        if (auto* window = qobject_cast<QMainWindow*>(widget); window && window->isVisible()) {
            window->statusBar()->showMessage(message);
            break;
        }
    }
}

} // namespace revalign::ui
