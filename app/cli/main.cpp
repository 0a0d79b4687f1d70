#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("revalign-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RevAlign"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVALIGN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int code = revalign::cli::run(args, {out, err});
    out.flush();
    err.flush();
    return code;
}
