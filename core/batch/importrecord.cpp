#include "batch/importrecord.h"

#include <cstring>

namespace revalign {

quint64 mixHash(quint64 h, const void* data, size_t n) {
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

quint64 ImportRecord::hashFields(std::string_view source) const {
    quint64 h = mixHash(0x5276416c, source.data(), source.size());
    for (size_t i = 0; i < kFieldCount; ++i) {
        const FieldValue& v = values[i];
        // The moment a row describes is not its content: the same deal in next week's file with a new
        // snapshot date is unchanged.
        if (!v.set || i == static_cast<size_t>(Field::AsOf))
            continue;
        const qint64 numbers[3] = {static_cast<qint64>(i), v.number, static_cast<qint64>(v.real * 1e6)};
        h = mixHash(h, numbers, sizeof numbers);
        h = mixHash(h, v.text.data(), v.text.size());
    }
    // Only when present, so a record without stage columns hashes as it always did.
    for (const auto& [stage, at] : stageEntries) {
        h = mixHash(h, stage.data(), stage.size());
        h = mixHash(h, &at, sizeof at);
    }
    return h;
}

} // namespace revalign
