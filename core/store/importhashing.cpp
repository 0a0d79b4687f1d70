#include "store/importwriter.h"

#include "store/database.h"
#include "store/pendingreferences.h"

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
        m_entries.push_back({hashText(st.textView(1)), st.int64(0), st.int64(2)});
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key; });
}

SourceIdIndex::Entry* SourceIdIndex::find(quint64 key) {
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), key,
                                     [](const Entry& e, quint64 k) { return e.key < k; });
    return it != m_entries.end() && it->key == key ? &*it : nullptr;
}

qint64 foldReferenceIds(quint64 h, const std::optional<qint64>* ids, size_t count) {
    for (size_t i = 0; i < count; ++i) {
        const qint64 value = ids[i].value_or(-1);
        h = mixHash(h, &value, sizeof value);
    }
    return static_cast<qint64>(h & 0x7fffffffffffffffULL); // positive: readable in the CLI
}

quint64 ImportWriter::fieldsHash(const ImportRecord& r) const {
    return r.fieldsHashed ? r.fieldsHash : r.hashFields(m_source);
}

qint64 ImportWriter::rowHash(const ImportRecord& r,
                             std::initializer_list<std::optional<qint64>> resolved) const {
    return foldReferenceIds(fieldsHash(r), resolved.begin(), resolved.size());
}

} // namespace revalign
