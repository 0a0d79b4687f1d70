#include "domain/persona.h"

#include <QRegularExpression>

namespace revalign {

namespace {
bool containsWord(const QString& haystack, const QString& word) {
    // Whole-word match so "CTO" does not match "Director" and "VP" does not match "MVP".
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(word, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + word.size();
        const bool startOk = at == 0 || !haystack.at(at - 1).isLetterOrNumber();
        const bool endOk = end == haystack.size() || !haystack.at(end).isLetterOrNumber();
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

bool listContains(const QStringList& list, const QString& value) {
    return list.contains(value.trimmed(), Qt::CaseInsensitive);
}
} // namespace

bool Persona::hasRules() const {
    return !titleKeywords.isEmpty() || !industries.isEmpty() || minEmployees || maxEmployees ||
           !countries.isEmpty();
}

std::optional<int> Persona::matchStrength(const PersonaSubject& s) const {
    if (!hasRules())
        return std::nullopt;
    int strength = 0;
    if (!titleKeywords.isEmpty()) {
        bool any = false;
        for (const QString& keyword : titleKeywords)
            any = any || (!keyword.trimmed().isEmpty() && containsWord(s.title, keyword.trimmed()));
        if (!any)
            return std::nullopt;
        ++strength;
    }
    if (!industries.isEmpty()) {
        if (!listContains(industries, s.industry))
            return std::nullopt;
        ++strength;
    }
    if (minEmployees || maxEmployees) {
        if (!s.employees)
            return std::nullopt;
        if ((minEmployees && *s.employees < *minEmployees) || (maxEmployees && *s.employees > *maxEmployees))
            return std::nullopt;
        ++strength;
    }
    if (!countries.isEmpty()) {
        if (!listContains(countries, s.country))
            return std::nullopt;
        ++strength;
    }
    return strength;
}

std::optional<size_t> classify(const std::vector<Persona>& personas, const PersonaSubject& subject) {
    std::optional<size_t> best;
    int bestStrength = -1;
    for (size_t i = 0; i < personas.size(); ++i) {
        const auto strength = personas[i].matchStrength(subject);
        if (strength && *strength > bestStrength) {
            best = i;
            bestStrength = *strength;
        }
    }
    return best;
}

} // namespace revalign
