#include "report/meetingpackjob.h"

#include "report/packtr.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui::report {

MeetingPackJob::MeetingPackJob(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<PackResult>(); // queued and spied connections carry it
    connect(&m_watcher, &QFutureWatcher<PackResult>::progressValueChanged, this, &MeetingPackJob::progress);
    connect(&m_watcher, &QFutureWatcher<PackResult>::finished, this, [this] {
        const PackResult result = m_watcher.future().resultCount() > 0
                                      ? m_watcher.result()
                                      : PackResult{Pack::tr("The meeting pack was not written."), {}, 0, {}};
        Q_EMIT finished(result);
    });
}

MeetingPackJob::~MeetingPackJob() {
    m_watcher.waitForFinished();
}

bool MeetingPackJob::start(const PackRequest& request, FactSnapshot facts) {
    if (m_watcher.isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run([request, facts](QPromise<PackResult>& promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(
            writeMeetingPack(request, facts, [&promise](int p) { promise.setProgressValue(p); }));
    }));
    return true;
}

} // namespace revalign::ui::report
