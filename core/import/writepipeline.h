#pragma once

#include "batch/importrecord.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace revalign {

// Overlaps the two halves of pass 2: this thread reads, tokenizes, maps and validates records while a
// second thread hands them to the store (SQLite is about half of an import's work). Records travel in
// reused batches through a short queue, so memory stays bounded and nothing allocates per row. The sink
// runs only on the writer thread, which alone uses the database connection until finish() returns.
// On a single-core machine the sink runs inline.
class WritePipeline final {
public:
    using Sink = std::function<void(const ImportRecord&)>;
    // Runs on the writer after the sink saw the last record of a batch, before the batch's records are
    // reused: what the sink still holds of them must be written (or copied) by then.
    using BatchDone = std::function<void()>;

    // `idleWork`: work the writer thread does while it waits for records, and one piece after each batch;
    // returns false when there is none. Never runs on a single-core machine. Given here, not set later:
    // the writer thread starts in the constructor and reads it without a lock (a later assignment raced
    // with that read and once called a half-assigned std::function: a crash under ASan in CI-like runs).
    WritePipeline(Sink sink, BatchDone batchDone, std::function<bool()> idleWork = {});
    ~WritePipeline(); // stops the writer and waits for it (queued records are dropped)
    WritePipeline(const WritePipeline&) = delete;
    WritePipeline& operator=(const WritePipeline&) = delete;

    // The record to fill next; push() hands it over. Rethrows what the sink threw, as early as possible.
    ImportRecord& next();
    void push();
    // Writes everything queued, waits for the writer and rethrows what the sink threw.
    void finish();
    // Full batches waiting for the writer (0 inline): how far the writer is behind.
    size_t backlog();

private:
    struct Batch {
        std::vector<ImportRecord> records;
        size_t size = 0;
    };
    void run();
    void hand(Batch* batch);
    void rethrow();

    void drain(Batch& batch); // the sink over the batch, then batchDone

    Sink m_sink;
    BatchDone m_batchDone;
    std::function<bool()> m_idleWork;
    bool m_inline;
    std::vector<std::unique_ptr<Batch>> m_batches;
    Batch* m_filling = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch*> m_full;
    std::vector<Batch*> m_free;
    bool m_done = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace revalign
