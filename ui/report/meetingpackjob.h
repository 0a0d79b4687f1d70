#pragma once

#include "report/packwriter.h"

#include <QFutureWatcher>
#include <QObject>

namespace revalign::ui::report {

// Writes a meeting pack on a worker thread and reports progress by signal, so the window stays live.
// One pack at a time; destroying the job waits for the pack being written.
class MeetingPackJob final : public QObject {
    Q_OBJECT
public:
    explicit MeetingPackJob(QObject* parent = nullptr);
    ~MeetingPackJob() override;

    // False (and nothing starts) while a pack is still being written.
    bool start(const PackRequest& request, FactSnapshot facts);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progress(int percent);
    void finished(const revalign::ui::report::PackResult& result);

private:
    QFutureWatcher<PackResult> m_watcher;
};

} // namespace revalign::ui::report
