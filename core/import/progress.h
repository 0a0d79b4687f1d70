#pragma once

#include "util/error.h"

#include <QCoreApplication>

#include <functional>

namespace revalign {

// Reports how far a long import step is (bytes of the file read so far, of `total`). Returning false
// asks the work to stop: it then throws ImportCancelled and writes nothing. Called from the thread doing
// the work (a GUI forwards it to the UI thread by a queued signal).
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

class ImportCancelled final : public Error {
public:
    ImportCancelled()
        : Error(QCoreApplication::translate("Import", "import cancelled; nothing was written")) {}
};

} // namespace revalign
