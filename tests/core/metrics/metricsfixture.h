#pragma once

#include "metrics/facttable.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QString>

#include <map>
#include <optional>
#include <set>

namespace revalign::test {

// "2024-01-02T09:00" (UTC) -> Unix seconds.
qint64 utc(const char* isoMinutes);

struct ContactSpec {
    const char* created = nullptr; // UTC "YYYY-MM-DDTHH:MM"
    QString channel;
    qint64 persona = 0, owner = 0, campaign = 0, account = 0;
    const char* handoff = "none";
    const char* decided = nullptr;
    QString reason;
    const char* firstTouch = nullptr;
    std::map<QString, const char*> stages; // stage key -> entered at (UTC)
    QString email;
    const char* source = "t"; // the CRM the record came from
};

struct OpportunitySpec {
    qint64 contact = 0;
    qint64 amountCents = 0;
    const char* created = nullptr;
    const char* closeDate = nullptr; // "YYYY-MM-DD"
    bool closed = false, won = false;
    const char* sourcedBy = "unknown";
    QString stage;
    std::optional<double> probability;
    QString forecast; // "" = not set
    qint64 owner = 0;
    bool noAmount = false; // amount left empty (NULL), as some exports do
    qint64 campaign = 0;
};

// Builds tiny workspaces row by row with plain SQL (the importer is another part of the code), then
// loads them into a fact snapshot the way the app does.
class MetricsFixture final {
public:
    MetricsFixture();
    Workspace& workspace() { return m_ws; }
    void setCalendar(const QString& timeZone, std::set<QDate> holidays = {});
    void setTarget(const char* kpiKey, const char* period, double value);
    qint64 persona(const char* name);
    qint64 owner(const char* name, const char* team);
    qint64 account(const char* segment);
    qint64 campaign(const char* name, const char* channel, qint64 costCents, const char* start,
                    const char* end);
    // The CRM id (source_id) of a row of `table`.
    QString sourceId(const char* table, qint64 id);
    qint64 touchpoint(qint64 contact, const char* at, const char* kind = "web_visit");
    qint64 contact(const ContactSpec& spec);
    qint64 opportunity(const OpportunitySpec& spec);
    FactSnapshot load();

private:
    TempDir m_dir;
    Workspace m_ws;
    int m_next = 0;
};

} // namespace revalign::test
