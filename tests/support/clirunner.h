#pragma once

#include "cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace revalign::test {

// `revalign-cli ARGS...` run in-process, with what it printed to stdout and stderr.
struct CliResult {
    int code;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& args) {
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = revalign::cli::run(args, {o, e});
    o.flush();
    e.flush();
    return {code, out, err};
}

} // namespace revalign::test
