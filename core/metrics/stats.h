#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace revalign {

// The median (mean of the two middle values for an even count); nullopt for no values. Reorders v.
template <typename T> std::optional<double> median(std::vector<T>& v) {
    if (v.empty())
        return std::nullopt;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    const double upper = double(v[mid]);
    if (v.size() % 2 == 1)
        return upper;
    const double lower = double(*std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid)));
    return (lower + upper) / 2;
}

// Nearest-rank percentile (p in 0..1): the smallest value with at least p of the values at or below it.
template <typename T> std::optional<double> percentile(std::vector<T>& v, double p) {
    if (v.empty())
        return std::nullopt;
    const size_t rank = std::max<size_t>(1, size_t(std::ceil(p * double(v.size()))));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(rank - 1), v.end());
    return double(v[rank - 1]);
}

struct Spread {
    std::optional<double> median;
    std::optional<double> p90;
};

// Median and 90th percentile with one full partition: the 90th percentile is searched for only above
// the median. Same definitions as median() and percentile(). Reorders v.
template <typename T> Spread medianAndP90(std::vector<T>& v) {
    if (v.empty())
        return {};
    Spread s;
    s.median = median(v); // leaves v partitioned around v[size / 2]
    const size_t mid = v.size() / 2;
    const size_t rank = std::max<size_t>(1, size_t(std::ceil(0.9 * double(v.size())))) - 1;
    std::nth_element(v.begin() + std::ptrdiff_t(mid), v.begin() + std::ptrdiff_t(rank), v.end());
    s.p90 = double(v[rank]);
    return s;
}

// a ÷ b, or nullopt ("n/a") when b is zero: never NaN or infinity.
inline std::optional<double> ratio(double a, double b) {
    return b == 0 ? std::nullopt : std::optional<double>(a / b);
}

} // namespace revalign
