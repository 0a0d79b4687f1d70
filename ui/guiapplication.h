#pragma once

#include <QApplication>

namespace revalign::ui {

// The application object of the GUI: an exception that escapes an event handler (a slot, a timer, a
// paint) would otherwise reach Qt's event loop and abort the program (issue 10.2: "terminate called
// after throwing an instance of 'revalign::Error'", exit 134). Here it is reported instead — on stderr
// and in the active window's status bar — and the program goes on.
class GuiApplication final : public QApplication {
    Q_OBJECT
public:
    GuiApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    // Shows `message` where the user looks (the active main window's status bar) and on stderr.
    static void report(const QString& message);
};

} // namespace revalign::ui
