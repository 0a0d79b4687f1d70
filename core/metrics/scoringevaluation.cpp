#include "metrics/scoringevaluation.h"

#include "domain/enums.h"

#include <algorithm>
#include <map>

namespace revalign {

namespace {
std::optional<double> rate(qint64 part, qint64 whole) {
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
}

bool isDecided(quint8 handoff) {
    return handoff == quint8(HandoffStatus::Accepted) || handoff == quint8(HandoffStatus::Rejected);
}

int floorDiv(int a, int b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

qint64 judgedAt(const JourneyTable& t, qint32 row) {
    const qint64 at = t.qualifiedAt[size_t(row)];
    return at != kNoJourneyTime ? at : t.asOf;
}

std::vector<int> scoreContacts(const JourneyTable& t, const ScoringModel& model) {
    const ContactScorer scorer(model, t);
    std::vector<int> out(size_t(t.contactCount()));
    for (qint32 row = 0; row < qint32(out.size()); ++row)
        out[size_t(row)] = scorer.score(row, judgedAt(t, row));
    return out;
}

std::optional<double> rocAuc(std::span<const int> positives, std::span<const int> negatives) {
    if (positives.empty() || negatives.empty())
        return std::nullopt;
    std::vector<int> neg(negatives.begin(), negatives.end());
    std::sort(neg.begin(), neg.end());
    // U = Σ over positives of (negatives below it + ½ × negatives equal to it).
    double u = 0;
    for (const int p : positives) {
        const auto below = std::lower_bound(neg.begin(), neg.end(), p) - neg.begin();
        const auto upTo = std::upper_bound(neg.begin(), neg.end(), p) - neg.begin();
        u += double(below) + 0.5 * double(upTo - below);
    }
    return u / (double(positives.size()) * double(neg.size()));
}

ScoringWhatIf whatIf(const JourneyTable& t, std::span<const int> scores, int threshold) {
    ScoringWhatIf w;
    w.threshold = threshold;
    for (size_t row = 0; row < scores.size(); ++row) {
        const bool mql = scores[row] >= threshold;
        if (t.hasWon[row]) {
            ++w.customers;
            if (!mql)
                ++w.missedCustomers;
        }
        if (!mql)
            continue;
        ++w.mqls;
        if (isDecided(t.handoff[row])) {
            ++w.decided;
            if (t.handoff[row] == quint8(HandoffStatus::Accepted))
                ++w.accepted;
        }
    }
    w.acceptedRate = rate(w.accepted, w.decided);
    return w;
}

std::optional<int> suggestThreshold(const JourneyTable& t, std::span<const int> scores, double* youdenJ) {
    // score -> (accepted, rejected) among decided contacts; walk from the top down accumulating.
    std::map<int, std::pair<qint64, qint64>, std::greater<>> byScore;
    qint64 accepted = 0, rejected = 0;
    for (size_t row = 0; row < scores.size(); ++row) {
        if (!isDecided(t.handoff[row]))
            continue;
        const bool yes = t.handoff[row] == quint8(HandoffStatus::Accepted);
        auto& [a, r] = byScore[scores[row]];
        (yes ? a : r) += 1;
        (yes ? accepted : rejected) += 1;
    }
    if (accepted == 0 || rejected == 0)
        return std::nullopt;
    std::optional<int> best;
    double bestJ = -2;
    qint64 aboveAccepted = 0, aboveRejected = 0;
    for (const auto& [score, counts] : byScore) {
        aboveAccepted += counts.first;
        aboveRejected += counts.second;
        const double j = double(aboveAccepted) / double(accepted) - double(aboveRejected) / double(rejected);
        if (j >= bestJ) { // walking downwards: >= lets an equal J move to the lower threshold
            bestJ = j;
            best = score;
        }
    }
    if (youdenJ)
        *youdenJ = bestJ;
    return best;
}

ScoringEvaluation evaluateScoring(const JourneyTable& t, std::span<const int> scores, int threshold,
                                  int bandWidth) {
    ScoringEvaluation e;
    e.threshold = threshold;
    bandWidth = std::max(bandWidth, 1);
    std::vector<int> won, lost;
    for (size_t row = 0; row < scores.size(); ++row) {
        if (t.hasWon[row])
            won.push_back(scores[row]);
        else if (t.hasLost[row])
            lost.push_back(scores[row]);
    }
    e.wonContacts = qint64(won.size());
    e.lostContacts = qint64(lost.size());
    e.auc = rocAuc(won, lost);
    if (!scores.empty()) {
        const auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
        const int first = floorDiv(*lo, bandWidth);
        const int last = floorDiv(*hi, bandWidth);
        for (int b = first; b <= last; ++b) {
            ScoreBand band;
            band.from = b * bandWidth;
            band.to = (b + 1) * bandWidth;
            e.bands.push_back(band);
        }
        for (size_t row = 0; row < scores.size(); ++row) {
            ScoreBand& band = e.bands[size_t(floorDiv(scores[row], bandWidth) - first)];
            ++band.contacts;
            if (isDecided(t.handoff[row])) {
                ++band.decided;
                band.accepted += t.handoff[row] == quint8(HandoffStatus::Accepted) ? 1 : 0;
            }
            band.sql += t.reachedSql[row];
            if (t.hasWon[row] || t.hasLost[row]) {
                ++band.closed;
                band.won += t.hasWon[row];
            }
        }
        for (ScoreBand& band : e.bands) {
            band.acceptedRate = rate(band.accepted, band.decided);
            band.sqlRate = rate(band.sql, band.contacts);
            band.winRate = rate(band.won, band.closed);
        }
    }
    e.whatIf = whatIf(t, scores, threshold);
    double j = 0;
    e.suggestedThreshold = suggestThreshold(t, scores, &j);
    if (e.suggestedThreshold)
        e.suggestedYoudenJ = j;
    return e;
}

} // namespace revalign
