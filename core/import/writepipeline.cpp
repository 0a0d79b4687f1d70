#include "import/writepipeline.h"

#include <QThread>

namespace revalign {

namespace {
constexpr size_t kBatchSize = 256;
constexpr size_t kBatches = 4;
} // namespace

WritePipeline::WritePipeline(Sink sink, BatchDone batchDone, std::function<bool()> idleWork)
    : m_sink(std::move(sink))
    , m_batchDone(std::move(batchDone))
    , m_idleWork(std::move(idleWork))
    , m_inline(QThread::idealThreadCount() < 2) {
    for (size_t i = 0; i < (m_inline ? 1 : kBatches); ++i) {
        m_batches.push_back(std::make_unique<Batch>());
        m_batches.back()->records.resize(kBatchSize);
        m_free.push_back(m_batches.back().get());
    }
    m_filling = m_free.back();
    m_free.pop_back();
    if (!m_inline)
        m_thread = std::thread([this] { run(); });
}

WritePipeline::~WritePipeline() {
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
}

ImportRecord& WritePipeline::next() {
    return m_filling->records[m_filling->size];
}

void WritePipeline::push() {
    if (++m_filling->size < kBatchSize)
        return;
    if (m_inline) {
        drain(*m_filling);
        return;
    }
    hand(m_filling);
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_free.empty() || m_error; });
    if (m_error) {
        lock.unlock();
        rethrow();
    }
    m_filling = m_free.back();
    m_free.pop_back();
}

size_t WritePipeline::backlog() {
    std::lock_guard lock(m_mutex);
    return m_full.size();
}

void WritePipeline::hand(Batch* batch) {
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(batch);
    }
    m_changed.notify_all();
}

void WritePipeline::finish() {
    if (m_inline) {
        drain(*m_filling);
        return;
    }
    if (m_filling->size > 0)
        hand(m_filling);
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
    m_thread.join();
    rethrow();
}

void WritePipeline::drain(Batch& batch) {
    for (size_t i = 0; i < batch.size; ++i)
        m_sink(batch.records[i]);
    if (batch.size > 0 && m_batchDone)
        m_batchDone();
    batch.size = 0;
}

void WritePipeline::rethrow() {
    std::exception_ptr error;
    {
        std::lock_guard lock(m_mutex);
        error = m_error;
    }
    if (error)
        std::rethrow_exception(error);
}

void WritePipeline::run() {
    for (;;) {
        Batch* batch = nullptr;
        {
            std::unique_lock lock(m_mutex);
            const auto ready = [this] { return !m_full.empty() || m_done || m_stop; };
            while (!ready()) {
                if (m_idleWork) {
                    lock.unlock();
                    const bool worked = m_idleWork();
                    lock.lock();
                    if (worked)
                        continue;
                }
                m_changed.wait(lock, ready);
            }
            if (m_stop || (m_full.empty() && m_done))
                return;
            batch = m_full.front();
            m_full.pop_front();
        }
        try {
            drain(*batch);
            // Also between batches, not only while idle: a wide export keeps the writer busy most of the
            // time yet still ahead of the reader, which then queued its chunk for this thread (ChunkHash)
            // and would otherwise hash it itself at the next chunk (measured: 15 % of the reading thread).
            if (m_idleWork)
                m_idleWork();
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_stop = true;
        }
        batch->size = 0;
        {
            std::lock_guard lock(m_mutex);
            m_free.push_back(batch);
        }
        m_changed.notify_all();
        std::lock_guard lock(m_mutex);
        if (m_stop)
            return;
    }
}

} // namespace revalign
