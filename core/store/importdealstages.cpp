#include "store/importwriterprivate.h"

#include "domain/dealstage.h"

// ImportWriter's deal stages: what a deal's stage name means in this workspace. Unknown stages are never
// swallowed: a common won/lost word maps to the workspace's won or lost stage; anything else is added to
// the workspace's deal stages as an open stage that nobody has defined yet, and named in the findings.

namespace revalign {

namespace {
std::string lowerKey(const QString& name) {
    return name.toLower().toStdString();
}
} // namespace

void ImportWriter::loadDealStages() {
    Statement deal(m_db,
                   "SELECT name, probability, forecast_category, is_closed, is_won, is_defined, position "
                   "FROM deal_stage ORDER BY position, name");
    while (deal.step()) {
        auto info = std::make_shared<DealStageInfo>();
        info->name = deal.text(0);
        info->probability = deal.real(1);
        info->forecast = deal.text(2);
        info->closed = deal.int64(3) != 0;
        info->won = deal.int64(4) != 0;
        info->defined = deal.int64(5) != 0;
        m_lastDealStagePosition = std::max(m_lastDealStagePosition, deal.int32(6));
        if (info->defined && info->closed && info->won && !m_wonStage)
            m_wonStage = info;
        if (info->defined && info->closed && !info->won && !m_lostStage)
            m_lostStage = info;
        m_dealStages.emplace(lowerKey(info->name), std::move(info));
    }
}

const ImportWriter::DealStageInfo* ImportWriter::dealStage(const ImportRecord& r) {
    if (!r.has(Field::DealStage))
        return nullptr;
    return dealStageByText(r.text(Field::DealStage), true);
}

const ImportWriter::DealStageInfo* ImportWriter::dealStageByText(std::string_view text, bool count) {
    if (const auto it = m_dealStagesByText.find(text); it != m_dealStagesByText.end()) {
        // What dealStage(name) does for a stage it knows (the info never changes once looked up).
        if (!it->second->defined && count)
            m_findings.undefinedStage(it->second->name, it->second->added);
        return it->second;
    }
    const DealStageInfo* info =
        dealStage(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())), count);
    m_dealStagesByText.emplace(std::string(text), info);
    return info;
}

const ImportWriter::DealStageInfo* ImportWriter::dealStage(const QString& name, bool count) {
    const std::string key = lowerKey(name);
    auto it = m_dealStages.find(key);
    if (it == m_dealStages.end()) {
        const std::optional<DealStageOutcome> common = commonStageOutcome(name);
        std::shared_ptr<DealStageInfo> info;
        if (common == DealStageOutcome::Won && m_wonStage)
            info = m_wonStage;
        else if (common == DealStageOutcome::Lost && m_lostStage)
            info = m_lostStage;
        if (!info) {
            // New to the workspace. A won/lost word the workspace has no stage for is defined by the word
            // itself; any other name is an open stage until someone defines it. Its deals keep the closed
            // and won flags their own file gives (a Pipedrive deal won in "Negotiations Started" says
            // nothing about the stage).
            info = std::make_shared<DealStageInfo>();
            info->name = name;
            info->defined = common.has_value();
            info->added = true;
            info->won = common == DealStageOutcome::Won;
            info->closed = common.has_value();
            info->probability = info->won ? 1.0 : 0.0;
            info->forecast = info->won      ? QStringLiteral("closed")
                             : info->closed ? QStringLiteral("omitted")
                                            : QStringLiteral("pipeline");
            Statement add(m_db, "INSERT INTO deal_stage(name, position, probability, forecast_category, "
                                "is_closed, is_won, is_defined, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            add.bind(1, info->name)
                .bind(2, ++m_lastDealStagePosition)
                .bind(3, info->probability)
                .bind(4, info->forecast)
                .bind(5, info->closed ? 1 : 0)
                .bind(6, info->won ? 1 : 0)
                .bind(7, info->defined ? 1 : 0)
                .bind(8, m_batch.value())
                .run();
            if (common == DealStageOutcome::Won)
                m_wonStage = info;
            else if (common == DealStageOutcome::Lost)
                m_lostStage = info;
        }
        it = m_dealStages.emplace(key, std::move(info)).first;
    }
    const DealStageInfo& info = *it->second;
    if (!info.defined && count)
        m_findings.undefinedStage(info.name, info.added);
    return &info;
}

} // namespace revalign
