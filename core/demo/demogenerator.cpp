#include "demo/demogenerator.h"

#include "demo/dealhistoryplan.h"
#include "demo/demotargets.h"
#include "demo/journey.h"
#include "domain/funnelstage.h"
#include "store/definitionstore.h"
#include "store/demostore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>

#include <string>

namespace revalign {

namespace {
using namespace demo;

constexpr char kWho[] = "Demo generator";

// Writes `prefix` and `value` zero-padded to `digits` into `out`; returns the length.
std::string_view code(char* out, char prefix, qint64 value, int digits) {
    out[0] = prefix;
    for (int i = digits; i >= 1; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return {out, static_cast<size_t>(digits + 1)};
}

// Lower-case ASCII for an email's local part: "O'Brien" -> "obrien", "Müller" -> "mueller".
void appendEmailWord(std::string& out, std::string_view word) {
    for (size_t i = 0; i < word.size(); ++i) {
        const char ch = word[i];
        if (ch >= 'A' && ch <= 'Z')
            out += static_cast<char>(ch - 'A' + 'a');
        else if (ch >= 'a' && ch <= 'z')
            out += ch;
        else if (ch == '\xC3' && i + 1 < word.size() && word[i + 1] == '\xBC') {
            out += "ue";
            ++i;
        }
    }
}

std::string_view sourcedBy(Channel channel) {
    if (channel == Channel::Outbound)
        return "sales";
    if (channel == Channel::PartnerReferral)
        return "partner";
    return "marketing";
}

std::string_view handoffKey(HandoffStatus s) {
    switch (s) {
    case HandoffStatus::Pending:
        return "pending";
    case HandoffStatus::Accepted:
        return "accepted";
    case HandoffStatus::Rejected:
        return "rejected";
    case HandoffStatus::None:
        break;
    }
    return "none";
}

constexpr int kTouchpointKinds = static_cast<int>(TouchpointKind::Other) + 1;

struct Keys { // storage keys of enums, converted once rather than per row
    std::string kinds[kTouchpointKinds];
    std::string teams[2];
    Keys() {
        for (int k = 0; k < kTouchpointKinds; ++k)
            kinds[k] = toKey(static_cast<TouchpointKind>(k)).toStdString();
        teams[0] = toKey(Team::Marketing).toStdString();
        teams[1] = toKey(Team::Sales).toStdString();
    }
};

class Generator final {
public:
    Generator(Workspace& ws, const DemoOptions& options)
        : m_ws(ws)
        , m_options(options)
        , m_first(options.endDate.addYears(-2).addDays(1)) {}

    DemoSummary run();

private:
    void writeDefinitions();
    void writeContact(int index, const ContactPlan& c);
    const DemoDealStage* dealStageFor(const ContactPlan& c) const;
    // The deal as each of the twelve weekly snapshots saw it (changes only).
    void writeDealHistory(qint64 oppId, const ContactPlan& c);

    Workspace& m_ws;
    DemoOptions m_options;
    QDate m_first;
    std::set<QDate> m_holidays;
    std::vector<qint64> m_ownerIds;
    qint64 m_stageIds[kStageCount] = {};
    std::vector<DemoDealStage> m_dealStages;
    std::vector<const DemoDealStage*> m_openStages;
    const DemoDealStage* m_wonStage = nullptr;
    const DemoDealStage* m_lostStage = nullptr;
    std::unique_ptr<DemoWorld> m_world;
    std::unique_ptr<PersonaClassifier> m_personas;
    std::unique_ptr<DemoStore> m_store;
    std::vector<int> m_emailsPerAccount;
    Keys m_keys;
    DemoSummary m_summary;
    std::string m_email;
    std::string m_dealName;
    std::vector<qint64> m_snapshotTimes; // the twelve weekly snapshots of the deals
    std::vector<DealSnapshot> m_snapshots;
};

void Generator::writeDefinitions() {
    WorkspaceSettings settings = m_ws.settings();
    settings.name = QStringLiteral("Northwind Analytics (demo)");
    settings.currency = QStringLiteral("USD");
    settings.calendar.timeZone = QStringLiteral("Asia/Bangkok");
    settings.calendar.holidays = m_holidays;
    m_ws.saveSettings(settings, QString::fromLatin1(kWho));

    DefinitionStore defs(m_ws.db());
    Transaction tx(m_ws.db());
    for (const Persona& p : demo::personas())
        defs.savePersona(p, QString::fromLatin1(kWho),
                         QStringLiteral("Agreed at the marketing–sales kick-off"));
    for (const OwnerEntry& o : owners()) {
        Owner owner;
        owner.name = QString::fromUtf8(o.name);
        owner.email = QString::fromUtf8(o.email);
        owner.role = o.role;
        m_ownerIds.push_back(defs.saveOwner(owner).value());
    }
    tx.commit();
    m_personas = std::make_unique<PersonaClassifier>(defs.personas());
    const char* keys[kStageCount] = {"lead", "mql", "sal", "sql", "opportunity", "customer"};
    for (const FunnelStage& s : defs.funnelStages())
        for (int i = 0; i < kStageCount; ++i)
            if (s.key == QLatin1String(keys[i]))
                m_stageIds[i] = s.id.value();
    for (int i = 0; i < kStageCount; ++i)
        if (m_stageIds[i] == 0)
            throw Error(
                QStringLiteral("%1: the funnel has no stage '%2'").arg(m_ws.path(), QLatin1String(keys[i])));
}

DemoSummary Generator::run() {
    const qint64 firstDay = daysFromDate(m_first);
    const qint64 lastDay = daysFromDate(m_options.endDate);
    m_holidays = demoHolidays(m_first, m_options.endDate);
    writeDefinitions();
    m_world = std::make_unique<DemoWorld>(m_options.seed, m_options.contacts, firstDay, lastDay, m_holidays);
    m_store = std::make_unique<DemoStore>(m_ws.db());
    m_snapshotTimes = weeklySnapshotTimes(lastDay);
    m_dealStages = m_store->dealStages();
    for (const DemoDealStage& stage : m_dealStages) {
        if (!stage.isClosed)
            m_openStages.push_back(&stage); // in pipeline order: a deal further along its cycle is further on
        else if (stage.isWon && !m_wonStage)
            m_wonStage = &stage;
        else if (!stage.isWon && !m_lostStage)
            m_lostStage = &stage;
    }
    m_store->begin();

    char id[16];
    char from[10];
    char to[10];
    for (size_t i = 0; i < m_world->campaigns.size(); ++i) {
        const CampaignPlan& c = m_world->campaigns[i];
        formatDay(c.firstDay, from);
        formatDay(c.lastDay, to);
        m_store->insertCampaign({static_cast<qint64>(i + 1),
                                 code(id, 'M', static_cast<qint64>(i + 1), 4),
                                 c.name,
                                 channelName(c.channel),
                                 c.costCents,
                                 {from, 10},
                                 {to, 10}});
    }
    for (size_t i = 0; i < m_world->accounts.size(); ++i) {
        const AccountPlan& a = m_world->accounts[i];
        m_store->insertAccount({static_cast<qint64>(i + 1), code(id, 'A', static_cast<qint64>(i + 1), 7),
                                a.name, a.domain, industries()[static_cast<size_t>(a.industry)].name,
                                countries()[static_cast<size_t>(a.country)].code, a.segment, a.employees});
    }
    m_emailsPerAccount.assign(m_world->accounts.size(), 0);

    TargetStats stats(m_world->endUtc - 365 * 86400, m_world->endUtc);
    for (const CampaignPlan& c : m_world->campaigns)
        stats.addSpend(c, lastDay - 364, lastDay);
    ContactPlan plan;
    for (int i = 0; i < m_options.contacts; ++i) {
        planContact(*m_world, *m_personas, i, plan);
        writeContact(i, plan);
        stats.observe(plan, sourcedBy(plan.channel) == "marketing");
    }
    m_store->finish();

    const QDate agreedOn = QDate(m_options.endDate.year(), 1, 12) <= m_options.endDate
                               ? QDate(m_options.endDate.year(), 1, 12)
                               : QDate(m_options.endDate.year() - 1, 1, 12);
    {
        DefinitionStore defs(m_ws.db());
        Transaction tx(m_ws.db());
        stats.apply(defs, agreedOn, QStringLiteral("Natthaya Srisuk (marketing) & Apinya Suwannarat (sales)"),
                    QString::fromLatin1(kWho));
        tx.commit();
    }
    m_store->stampDefinitionLog(BusinessClock::utcAt(firstDay, 10 * 3600),
                                BusinessClock::utcAt(daysFromDate(agreedOn), 15 * 3600));

    m_summary.accounts = static_cast<qint64>(m_world->accounts.size());
    m_summary.contacts = m_options.contacts;
    m_summary.campaigns = static_cast<qint64>(m_world->campaigns.size());
    m_summary.owners = static_cast<qint64>(m_ownerIds.size());
    m_summary.firstDay = m_first;
    m_summary.lastDay = m_options.endDate;
    return m_summary;
}

// Closed deals take the won or lost stage; open ones the pipeline stage matching how far through their
// cycle they are at the end date.
const DemoDealStage* Generator::dealStageFor(const ContactPlan& c) const {
    if (c.deal == DealOutcome::Won)
        return m_wonStage;
    if (c.deal == DealOutcome::Lost)
        return m_lostStage;
    if (m_openStages.empty())
        return nullptr;
    const auto at = static_cast<size_t>(c.dealProgress * static_cast<double>(m_openStages.size()));
    return m_openStages[std::min(at, m_openStages.size() - 1)];
}

void Generator::writeDealHistory(qint64 oppId, const ContactPlan& c) {
    planDealSnapshots(m_options.seed, oppId, c, m_snapshotTimes, static_cast<int>(m_openStages.size()),
                      m_snapshots);
    char closeDate[10];
    for (size_t i = 0; i < m_snapshots.size(); ++i) {
        const DealSnapshot& s = m_snapshots[i];
        const DemoDealStage* stage = s.outcome == DealOutcome::Won ? m_wonStage
                                     : s.outcome == DealOutcome::Lost
                                         ? m_lostStage
                                         : m_openStages[static_cast<size_t>(s.openStage)];
        formatDay(s.closeDay, closeDate);
        m_store->insertDealState({oppId,
                                  s.at,
                                  i + 1 < m_snapshots.size() ? m_snapshots[i + 1].at : 0,
                                  stage->name,
                                  s.amountCents,
                                  {closeDate, 10},
                                  stage->probability,
                                  stage->forecastCategory,
                                  m_ownerIds[static_cast<size_t>(s.owner)],
                                  s.outcome == DealOutcome::Won    ? std::string_view("won")
                                  : s.outcome == DealOutcome::Lost ? std::string_view("lost")
                                                                   : std::string_view("open")});
    }
}

void Generator::writeContact(int index, const ContactPlan& c) {
    const qint64 contactId = index + 1;
    const AccountPlan& account = m_world->accounts[static_cast<size_t>(c.account)];
    const std::string_view first =
        (c.thaiName ? thaiFirstNames() : englishFirstNames())[static_cast<size_t>(c.firstName)];
    const std::string_view last =
        (c.thaiName ? thaiLastNames() : englishLastNames())[static_cast<size_t>(c.lastName)];
    const TitleEntry& title = titles()[static_cast<size_t>(c.title)];
    m_email.clear();
    appendEmailWord(m_email, first);
    m_email += '.';
    appendEmailWord(m_email, last);
    int& seen = m_emailsPerAccount[static_cast<size_t>(c.account)];
    if (seen > 0)
        m_email += std::to_string(seen);
    ++seen;
    m_email += '@';
    // People who fill in forms for the free templates often give a personal address.
    m_email +=
        title.fit == TitleFit::Junk ? std::string_view("mail.example") : std::string_view(account.domain);

    char id[16];
    const qint64 personaId =
        c.persona >= 0 ? m_personas->personas()[static_cast<size_t>(c.persona)].id.value() : 0;
    m_store->insertContact(
        {contactId, code(id, 'C', contactId, 8), m_email, first, last, title.title, c.account + 1, personaId,
         channelName(c.channel), c.campaign + 1, m_ownerIds[static_cast<size_t>(c.owner)], c.score,
         c.stage[Lead], handoffKey(c.handoff), c.handoffDecidedAt,
         c.rejection >= 0 ? rejectionName(static_cast<Rejection>(c.rejection)) : std::string_view(),
         c.firstSalesTouchAt});
    for (int s = 0; s < kStageCount; ++s) {
        if (c.stage[s]) {
            m_store->insertStage(contactId, m_stageIds[s], c.stage[s]);
            ++m_summary.stageEntries;
        }
    }
    if (c.stage[Mql]) {
        ++m_summary.mqls;
        m_summary.mqlsAccepted += c.handoff == HandoffStatus::Accepted ? 1 : 0;
        m_summary.mqlsRejected += c.handoff == HandoffStatus::Rejected ? 1 : 0;
        m_summary.mqlsPending += c.handoff == HandoffStatus::Pending ? 1 : 0;
    }
    if (c.deal != DealOutcome::None) {
        const DemoDealStage* stage = dealStageFor(c);
        if (!stage)
            throw Error(
                QStringLiteral("%1: the deal stages lack an open, won or lost stage").arg(m_ws.path()));
        const qint64 oppId = ++m_summary.opportunities;
        char closeDate[10];
        formatDay(BusinessClock::localDay(c.closeAt), closeDate);
        m_dealName = account.name;
        m_dealName += " — ";
        m_dealName += products()[static_cast<size_t>(c.product)];
        m_store->insertOpportunity({oppId,
                                    code(id, 'O', oppId, 7),
                                    c.account + 1,
                                    contactId,
                                    m_ownerIds[static_cast<size_t>(c.dealOwner)],
                                    c.campaign + 1,
                                    m_dealName,
                                    c.amountCents,
                                    stage->name,
                                    stage->probability,
                                    stage->forecastCategory,
                                    c.stage[Opportunity],
                                    {closeDate, 10},
                                    stage->isClosed,
                                    stage->isWon,
                                    sourcedBy(c.channel),
                                    channelName(c.channel)});
        m_summary.won += c.deal == DealOutcome::Won ? 1 : 0;
        m_summary.amountCents += c.amountCents;
        writeDealHistory(oppId, c);
    }
    for (const TouchPlan& t : c.touches) {
        const qint64 touchId = ++m_summary.touchpoints;
        m_store->insertTouchpoint(
            {touchId, code(id, 'T', touchId, 9), contactId, t.at, channelName(t.channel), t.campaign + 1,
             m_keys.kinds[static_cast<int>(t.kind)], m_keys.teams[teamOf(t.kind) == Team::Sales ? 1 : 0]});
    }
}
} // namespace

DemoSummary generateDemoWorkspace(const QString& path, const DemoOptions& options) {
    if (options.contacts < 1)
        throw Error(QStringLiteral("%1: the demo needs at least one contact").arg(path));
    if (!options.endDate.isValid())
        throw Error(QStringLiteral("%1: the demo needs a valid end date").arg(path));
    Workspace ws = Workspace::create(path);
    try {
        Generator generator(ws, options);
        return generator.run();
    } catch (...) {
        ws.db().close();
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(path + suffix);
        throw;
    }
}

} // namespace revalign
