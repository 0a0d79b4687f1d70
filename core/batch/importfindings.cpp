#include "batch/importfindings.h"

#include <algorithm>

namespace revalign {

const char* referenceTarget(Field field) {
    switch (field) {
    case Field::AccountSourceId:
        return "account";
    case Field::CampaignSourceId:
        return "campaign";
    case Field::ContactSourceId:
    case Field::Email:
        return "contact";
    default:
        return "";
    }
}

void FindingsCollector::unresolved(Field field, std::string_view id) {
    Unresolved& u = m_unresolved[field];
    ++u.count;
    if (u.examples.size() < size_t(kExamples) &&
        std::find(u.examples.begin(), u.examples.end(), id) == u.examples.end())
        u.examples.emplace_back(id);
}

void FindingsCollector::undated(const QString& fact, qint64 line) {
    auto it = m_undated.find(fact);
    if (it == m_undated.end())
        it = m_undated.emplace(fact, UndatedFact{fact, 0, {}}).first;
    ++it->second.count;
    if (it->second.lines.size() < size_t(kExamples))
        it->second.lines.push_back(line);
}

void FindingsCollector::undefinedStage(const QString& stage, bool added) {
    auto it = m_stages.find(stage);
    if (it == m_stages.end())
        it = m_stages.emplace(stage, UndefinedStage{stage, 0, false}).first;
    ++it->second.count;
    it->second.added = it->second.added || added;
}

ImportFindings FindingsCollector::take() {
    ImportFindings out = std::move(m_findings);
    for (const auto& [field, u] : m_unresolved) {
        QStringList examples;
        for (const std::string& e : u.examples)
            examples << QString::fromStdString(e);
        out.unresolved.push_back(
            {fieldKey(field), QString::fromLatin1(referenceTarget(field)), u.count, examples});
    }
    for (auto& [fact, u] : m_undated)
        out.undated.push_back(std::move(u));
    for (auto& [stage, s] : m_stages)
        out.undefinedStages.push_back(std::move(s));
    *this = FindingsCollector();
    return out;
}

} // namespace revalign
