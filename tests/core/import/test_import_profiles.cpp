#include "importtesthelpers.h"

#include "import/profilecatalog.h"
#include "store/importstore.h"

#include <QFile>

using namespace revalign;
using namespace revalign::test;

TEST_CASE("profiles: every built-in profile loads and survives a JSON round trip") {
    const ProfileCatalog catalog = ProfileCatalog::builtIn();
    QStringList names;
    for (const ImportProfile& p : catalog.profiles()) {
        names << p.name;
        INFO(p.name);
        CHECK(ImportProfile::fromJson(p.toJson(), QStringLiteral("round trip")) == p);
        CHECK_FALSE(p.signatures.empty());
    }
    for (const char* required :
         {"hubspot-contacts", "hubspot-deals", "hubspot-companies", "salesforce-leads", "salesforce-contacts",
          "salesforce-opportunities", "salesforce-campaign-members", "pipedrive-deals", "pipedrive-persons",
          "marketo-leads", "generic-contacts", "generic-activities", "generic-stage-updates"})
        CHECK(names.contains(QString::fromLatin1(required)));
}

TEST_CASE("profiles: a header is recognised by its signature") {
    const auto [file, profile] = GENERATE(table<const char*, const char*>({
        {"hubspot-contacts.csv", "hubspot-contacts"},
        {"hubspot-deals.csv", "hubspot-deals"},
        {"hubspot-deals-semicolon.csv", "hubspot-deals"},
        {"hubspot-companies.csv", "hubspot-companies"},
        {"salesforce-leads-report.csv", "salesforce-leads"},
        {"salesforce-leads-api.csv", "salesforce-leads"},
        {"salesforce-contacts.csv", "salesforce-contacts"},
        {"salesforce-opportunities-report.csv", "salesforce-opportunities"},
        {"salesforce-campaigns.csv", "salesforce-campaigns"},
        {"salesforce-accounts-report.csv", "salesforce-accounts"},
        {"salesforce-campaign-members.csv", "salesforce-campaign-members"},
        {"pipedrive-deals.csv", "pipedrive-deals"},
        {"pipedrive-persons.csv", "pipedrive-persons"},
        {"marketo-leads.csv", "marketo-leads"},
        {"generic-contacts.csv", "generic-contacts"},
        {"generic-activities.csv", "generic-activities"},
        {"generic-stage-updates.csv", "generic-stage-updates"},
        {"generic-stage-updates-long.csv", "generic-stage-updates"},
        {"generic-handoff-decisions.csv", "generic-stage-updates"},
    }));
    INFO(file);
    const ImportSession session(importFixture(file), ProfileCatalog::builtIn(), {});
    CHECK(session.profile().name == QString::fromLatin1(profile));
}

TEST_CASE("profiles: malformed profiles are refused with the file and the key") {
    const auto [json, fragment] = GENERATE(table<const char*, const char*>({
        {"{", "line 1, column 2"},
        {R"({"format":"x"})", "'format'"},
        {R"({"format":"revalign-import-profile","version":1,"name":"a","source":"s","entity":"cats","columns":[["A","email"]]})",
         "'entity'"},
        {R"({"format":"revalign-import-profile","version":1,"name":"a","source":"s","entity":"contacts","columns":[["A","shoe_size"]]})",
         "unknown field 'shoe_size'"},
        {R"({"format":"revalign-import-profile","version":1,"name":"a","source":"s","entity":"contacts","columns":[["A","email"]],"colour":1})",
         "unknown key 'colour'"},
    }));
    try {
        ImportProfile::fromJsonBytes(QByteArray(json), QStringLiteral("my.json"));
        FAIL("accepted");
    } catch (const Error& e) {
        CHECK(e.message().startsWith(QStringLiteral("my.json: ")));
        CHECK(e.message().contains(QString::fromLatin1(fragment)));
    }
}

TEST_CASE("profiles: user profiles are saved in the workspace and replace built-ins of the same name") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    ImportProfile p = ProfileCatalog::builtIn().resolve(QStringLiteral("hubspot-contacts"));
    p.title = QStringLiteral("Our HubSpot");
    p.columns.emplace_back(QStringLiteral("Persona"), Field::Ignore);
    saveProfile(ws, p);
    const ProfileCatalog catalog = profileCatalog(ws);
    REQUIRE(catalog.find(QStringLiteral("hubspot-contacts")));
    CHECK(*catalog.find(QStringLiteral("hubspot-contacts")) == p);
    CHECK(userProfiles(ws) == std::vector<ImportProfile>{p});
    CHECK(ImportStore(ws.db()).removeProfile(QStringLiteral("hubspot-contacts")));
    CHECK(userProfiles(ws).empty());
}

TEST_CASE("profiles: the preview shows the first rows mapped, before anything is written") {
    ImportSession session(importFixture("hubspot-contacts.csv"), ProfileCatalog::builtIn(), {});
    const ImportPreview p = session.preview(2);
    CHECK(p.profile == u"hubspot-contacts");
    CHECK(p.rows.size() == 2);
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[1].qtext(Field::Email) == u"ben@example.com");  // lower-cased
    CHECK(p.records[1].qtext(Field::LifecycleStage) == u"sql");     // salesqualifiedlead
    CHECK(p.records[1].qtext(Field::HandoffStatus) == u"accepted"); // Connected
    CHECK(p.unmappedColumns.isEmpty());
    CHECK(p.errors.empty());
}

TEST_CASE("profiles: the example in docs/import-profiles.md is a valid profile") {
    QFile doc(testData(QStringLiteral("../../docs/import-profiles.md")));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype begin = text.indexOf("```json\n") + 8;
    const qsizetype end = text.indexOf("```", begin);
    REQUIRE(begin > 8);
    const ImportProfile p =
        ImportProfile::fromJsonBytes(text.mid(begin, end - begin), QStringLiteral("docs"));
    CHECK(p.name == u"acme-hubspot-contacts");
    CHECK(
        p.values.at(Field::HandoffStatus).at(QStringLiteral("unqualified")).also.at(Field::RejectionReason) ==
        u"Unqualified");
}
