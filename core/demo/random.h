#pragma once

#include <QtGlobal>

#include <cmath>
#include <span>

namespace revalign::demo {

// The demo must come out identical for the same seed on every platform, so we use our own generator and
// our own distributions: std::uniform_*_distribution and friends are implementation-defined and differ
// between libstdc++, libc++ and MSVC. xoshiro256** (Blackman & Vigna) seeded through splitmix64.
constexpr quint64 splitMix64(quint64& state) {
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Random final {
public:
    // `stream` gives independent sequences from one seed (one per contact, one per account...), so the
    // output does not depend on the order in which things are generated.
    explicit Random(quint64 seed, quint64 stream = 0) {
        quint64 state = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (quint64& word : m_s)
            word = splitMix64(state);
    }

    quint64 next() {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n) by multiply-shift; the bias (< n / 2^32) is irrelevant for demo data.
    int below(int n) { return static_cast<int>(((next() >> 32) * static_cast<quint64>(n)) >> 32); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    // Standard normal by Box-Muller (one value per call; the twin is dropped to keep the state simple).
    double normal() {
        const double u1 = 1.0 - uniform(); // (0, 1]: log(0) must not happen
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    // Index drawn with probability proportional to its weight (weights >= 0, not all zero).
    int pick(std::span<const double> weights) {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return static_cast<int>(i);
            x -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }

private:
    static constexpr quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace revalign::demo
