#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace revalign {

// The median (mean of the two middle values for an even count); nullopt for no values. Reorders v.
inline std::optional<double> median(std::vector<double>& v) {
    if (v.empty())
        return std::nullopt;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
    return (lower + upper) / 2;
}

// Nearest-rank percentile (p in 0..1): the smallest value with at least p of the values at or below it.
inline std::optional<double> percentile(std::vector<double>& v, double p) {
    if (v.empty())
        return std::nullopt;
    const size_t rank = std::max<size_t>(1, size_t(std::ceil(p * double(v.size()))));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(rank - 1), v.end());
    return v[rank - 1];
}

// a ÷ b, or nullopt ("n/a") when b is zero: never NaN or infinity.
inline std::optional<double> ratio(double a, double b) {
    return b == 0 ? std::nullopt : std::optional<double>(a / b);
}

} // namespace revalign
