#include "store/importwriter.h"

#include "store/database.h"

#include <algorithm>
#include <cstring>

// Change detection for imports: the source-id index of what a table already holds, and the per-row
// content hash that lets an unchanged re-import skip the write. Split from importwriter.cpp.

namespace revalign {

quint64 hashText(std::string_view text) {
    quint64 h = 14695981039346656037ULL; // FNV-1a: tiny, fast on short keys, stable across builds
    for (char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

void SourceIdIndex::load(Database& db, std::string_view table, const QString& source) {
    m_entries.clear();
    Statement st(db, "SELECT id, source_id, coalesce(row_hash, 0) FROM " + std::string(table) +
                         " WHERE source = ?");
    st.bind(1, source);
    while (st.step())
        m_entries.push_back({hashText(st.text(1).toStdString()), st.int64(0), st.int64(2)});
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key; });
}

SourceIdIndex::Entry* SourceIdIndex::find(quint64 key) {
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), key,
                                     [](const Entry& e, quint64 k) { return e.key < k; });
    return it != m_entries.end() && it->key == key ? &*it : nullptr;
}

namespace {
// A fast 64-bit mix over whole words for change detection (not for adversarial input): a row's content
// hash must cost little next to writing the row.
quint64 mixBytes(quint64 h, const void* data, size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    constexpr quint64 k = 0x9E3779B97F4A7C15ULL;
    for (; n >= 8; n -= 8, p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * k;
        h ^= h >> 29;
    }
    quint64 tail = n;
    for (size_t i = 0; i < n; ++i)
        tail = (tail << 8) | p[i];
    h = (h ^ tail) * k;
    return h ^ (h >> 32);
}
} // namespace

qint64 ImportWriter::rowHash(const ImportRecord& r,
                             std::initializer_list<std::optional<qint64>> resolved) const {
    quint64 h = mixBytes(0x5276416c, m_source.data(), m_source.size());
    for (size_t i = 0; i < kFieldCount; ++i) {
        const FieldValue& v = r.values[i];
        if (!v.set)
            continue;
        const qint64 numbers[3] = {static_cast<qint64>(i), v.number, static_cast<qint64>(v.real * 1e6)};
        h = mixBytes(h, numbers, sizeof numbers);
        h = mixBytes(h, v.text.data(), v.text.size());
    }
    for (const auto& id : resolved) {
        const qint64 value = id.value_or(-1);
        h = mixBytes(h, &value, sizeof value);
    }
    return static_cast<qint64>(h & 0x7fffffffffffffffULL); // positive: readable in the CLI
}

} // namespace revalign
