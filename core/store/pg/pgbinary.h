#pragma once

#include <QtGlobal>

#include <bit>
#include <cstring>
#include <string>
#include <string_view>

// PostgreSQL's binary wire formats (network byte order) for the few types the store moves: integers,
// floats, booleans, text, and numeric/date for reading. Internal to store/pg.
namespace revalign::pgbinary {

// Type OIDs from the server's pg_type.dat; stable across versions (they are part of the wire protocol).
enum Oid : unsigned {
    kBool = 16,
    kChar = 18,
    kName = 19,
    kInt8 = 20,
    kInt2 = 21,
    kInt4 = 23,
    kText = 25,
    kOid = 26,
    kJson = 114,
    kFloat4 = 700,
    kFloat8 = 701,
    kUnknown = 705,
    kBpchar = 1042,
    kVarchar = 1043,
    kDate = 1082,
    kNumeric = 1700,
    kJsonb = 3802,
};

inline bool isTextLike(unsigned oid) {
    return oid == kText || oid == kVarchar || oid == kBpchar || oid == kName || oid == kUnknown ||
           oid == kJson || oid == kChar;
}

// std::byteswap is C++23; these are the three widths the formats use.
inline quint16 byteswap(quint16 v) {
    return __builtin_bswap16(v);
}
inline quint32 byteswap(quint32 v) {
    return __builtin_bswap32(v);
}
inline quint64 byteswap(quint64 v) {
    return __builtin_bswap64(v);
}
inline qint16 byteswap(qint16 v) {
    return static_cast<qint16>(__builtin_bswap16(static_cast<quint16>(v)));
}
inline qint32 byteswap(qint32 v) {
    return static_cast<qint32>(__builtin_bswap32(static_cast<quint32>(v)));
}
inline qint64 byteswap(qint64 v) {
    return static_cast<qint64>(__builtin_bswap64(static_cast<quint64>(v)));
}

template <typename T> T readBig(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::little)
        v = static_cast<T>(byteswap(v));
    return v;
}

template <typename T> void appendBig(std::string& out, T v) {
    if constexpr (std::endian::native == std::endian::little)
        v = byteswap(v);
    char b[sizeof v];
    std::memcpy(b, &v, sizeof v);
    out.append(b, sizeof v);
}

inline double readFloat8(const char* p) {
    return std::bit_cast<double>(readBig<quint64>(p));
}
inline float readFloat4(const char* p) {
    return std::bit_cast<float>(readBig<quint32>(p));
}

// numeric's binary form -> its text ("-12.50", "NaN", "Infinity"), the way the server prints it.
std::string numericText(std::string_view bytes);
// date's binary form (days since 2000-01-01) -> "YYYY-MM-DD" ("infinity"/"-infinity").
std::string dateText(qint32 days);

} // namespace revalign::pgbinary
