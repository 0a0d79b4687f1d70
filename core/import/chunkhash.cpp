#include "import/chunkhash.h"

namespace revalign {

void ChunkHash::add(const char* data, qint64 size, bool forWriter) {
    QByteArray chunk = forWriter ? QByteArray(data, size) : QByteArray();
    std::lock_guard lock(m_mutex);
    while (!m_queue.empty()) { // nobody took the older one: hash it here, keeping the order
        m_hash.addData(m_queue.front());
        m_queue.pop_front();
    }
    if (forWriter)
        m_queue.push_back(std::move(chunk));
    else
        m_hash.addData(QByteArrayView(data, size));
}

bool ChunkHash::hashOne() {
    std::lock_guard lock(m_mutex);
    if (m_queue.empty())
        return false;
    m_hash.addData(m_queue.front());
    m_queue.pop_front();
    return true;
}

QByteArray ChunkHash::result() {
    while (hashOne()) {
    }
    std::lock_guard lock(m_mutex);
    return m_hash.result();
}

} // namespace revalign
