#include "import/chunkhash.h"

#include "testsupport.h"

#include <atomic>
#include <thread>

using namespace revalign;

TEST_CASE("chunk hash: chunks hashed here or by another thread give the digest of the bytes in order") {
    // 64 chunks of different sizes and contents, the way the reader hands them over.
    QByteArray all;
    std::vector<QByteArray> chunks;
    for (int i = 0; i < 64; ++i) {
        QByteArray c(1000 + i * 37, char('a' + i % 26));
        c[0] = char(i);
        chunks.push_back(c);
        all += c;
    }
    const QByteArray expected = QCryptographicHash::hash(all, QCryptographicHash::Blake2b_256);

    ChunkHash hash(QCryptographicHash::Blake2b_256);
    std::atomic<bool> stop = false;
    std::atomic<int> byHelper = 0;
    std::thread helper([&] { // the write pipeline's thread, hashing while it waits
        while (!stop)
            if (hash.hashOne())
                ++byHelper;
    });
    for (size_t i = 0; i < chunks.size(); ++i) // some for the helper, some hashed on the spot
        hash.add(chunks[i].constData(), chunks[i].size(), /*forWriter=*/i % 3 != 0);
    stop = true;
    helper.join();
    CHECK(hash.result() == expected);
    INFO("chunks hashed by the helper: " << byHelper.load());
}
