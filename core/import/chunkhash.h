#pragma once

#include <QByteArray>
#include <QCryptographicHash>

#include <deque>
#include <mutex>

namespace revalign {

// The file hash of an import, computed by whichever thread has time: BLAKE2b of a 400 MB export is
// ~0.45 s. The reading thread either hashes a chunk itself or queues a copy of it (the reader reuses its
// buffer) for the write pipeline's thread, which hashes queued chunks while it waits for records (an
// unchanged re-import keeps it idle). Chunks are hashed one at a time, in the order read, so the digest
// is of exactly the bytes that were parsed; at most one chunk waits.
class ChunkHash final {
public:
    explicit ChunkHash(QCryptographicHash::Algorithm algorithm)
        : m_hash(algorithm) {}

    // The reading thread: `forWriter` queues the chunk (an older one still waiting is hashed here first);
    // otherwise it is hashed now, after anything queued.
    void add(const char* data, qint64 size, bool forWriter);
    bool hashOne();      // any thread: false when nothing is queued
    QByteArray result(); // hashes what is left; call once nobody adds any more

private:
    std::mutex m_mutex; // guards the queue and the hash
    std::deque<QByteArray> m_queue;
    QCryptographicHash m_hash;
};

} // namespace revalign
