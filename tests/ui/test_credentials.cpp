#include "credentials/credentialstore.h"
#include "credentials/qtkeychainbackend.h"
#include "mainwindow.h"

#include "testsupport.h"

#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>

#include <map>

using namespace revalign;
using namespace revalign::credentials;
using revalign::ui::MainWindow;

namespace {
// A keychain in memory, or none at all (`available` false), answering at once like a local one.
class FakeKeychain final : public CredentialBackend {
public:
    explicit FakeKeychain(bool available, int* calls)
        : m_available(available)
        , m_calls(calls) {}
    void read(const QString& key, Done done) override {
        ++*m_calls;
        if (!m_available)
            return done({CredentialResult::Status::Unavailable, {}, QStringLiteral("no Secret Service")});
        const auto it = m_entries.find(key);
        done(it == m_entries.end() ? CredentialResult{}
                                   : CredentialResult{CredentialResult::Status::Found, it->second, {}});
    }
    void write(const QString& key, const QString& password, Done done) override {
        ++*m_calls;
        if (!m_available)
            return done({CredentialResult::Status::Unavailable, {}, QStringLiteral("no Secret Service")});
        m_entries[key] = password;
        if (done)
            done({CredentialResult::Status::Found, {}, {}});
    }
    void remove(const QString& key, Done done) override {
        ++*m_calls;
        m_entries.erase(key);
        if (done)
            done({});
    }

private:
    bool m_available;
    int* m_calls;
    std::map<QString, QString> m_entries;
};
} // namespace

TEST_CASE("ui: the credential store keeps a password under user@host:port/db and reads it back") {
    int calls = 0;
    CredentialStore store(std::make_unique<FakeKeychain>(true, &calls));
    const QString key =
        credentialKey(QStringLiteral("anna"), QStringLiteral("db.example.com"), 5432, QStringLiteral("team"));
    CHECK(key == u"anna@db.example.com:5432/team");
    store.write(key, QStringLiteral("s3cret"));
    CredentialResult got;
    store.read(key, [&](const CredentialResult& r) { got = r; });
    CHECK(got.status == CredentialResult::Status::Found);
    CHECK(got.password == u"s3cret");
    store.read(QStringLiteral("ben@db.example.com:5432/team"), [&](const CredentialResult& r) { got = r; });
    CHECK(got.status == CredentialResult::Status::NotFound);
    CHECK(store.isAvailable());
}

TEST_CASE("ui: without a keychain the credential store says so once and stops asking it") {
    int calls = 0;
    CredentialStore store(std::make_unique<FakeKeychain>(false, &calls));
    QSignalSpy said(&store, &CredentialStore::unavailable);
    std::vector<CredentialResult::Status> seen;
    for (int i = 0; i < 3; ++i)
        store.read(QStringLiteral("anna@h:5432/db"),
                   [&](const CredentialResult& r) { seen.push_back(r.status); });
    store.write(QStringLiteral("anna@h:5432/db"), QStringLiteral("pw"));
    CHECK(seen == std::vector<CredentialResult::Status>(3, CredentialResult::Status::Unavailable));
    CHECK(calls == 1); // the keychain was asked once; the other reads and the write did not try again
    REQUIRE(said.size() == 1);
    CHECK(said.at(0).at(0).toString().contains(u"will ask for them each time"));
    CHECK_FALSE(said.at(0).at(0).toString().contains(u"pw"));
    CHECK_FALSE(store.isAvailable());
}

TEST_CASE("ui: QtKeychain without a Secret Service on the bus reports the keychain unavailable") {
    // No session bus at all (the CI case): whatever this machine runs, QtKeychain must find nothing.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/revalign-test-bus");
    CredentialStore store(makeQtKeychainBackend(QStringLiteral("RevAlign tests")));
    QSignalSpy said(&store, &CredentialStore::unavailable);
    bool done = false;
    CredentialResult got;
    store.read(QStringLiteral("anna@h:5432/db"), [&](const CredentialResult& r) {
        got = r;
        done = true;
    });
    if (!done)
        REQUIRE(said.wait(30000));
    CHECK(got.status == CredentialResult::Status::Unavailable);
    CHECK(said.size() == 1);
    CHECK_FALSE(store.isAvailable());
}

TEST_CASE("ui: opening a team workspace without a keychain says so once and names the server on failure") {
    MainWindow window;
    window.setHeadless(true);
    int calls = 0;
    auto* store = new CredentialStore(std::make_unique<FakeKeychain>(false, &calls), &window);
    window.setCredentialStore(store);
    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    QSignalSpy said(store, &CredentialStore::unavailable);
    // Port 1 on the loopback: refused at once.
    const QString url = QStringLiteral("postgresql://anna@127.0.0.1:1/team?sslmode=disable");
    window.openWorkspace(url);
    REQUIRE(failed.wait(30000));
    CHECK(failed.at(0).at(1).toString().contains(u"127.0.0.1:1"));
    CHECK(said.size() == 1);
    CHECK(window.statusBar()->currentMessage().contains(u"127.0.0.1:1"));
    window.openWorkspace(url);
    REQUIRE(failed.wait(30000));
    CHECK(said.size() == 1); // said once
    CHECK(calls == 1);
    CHECK(window.workspacePath().isEmpty());
}

TEST_CASE("ui: the window lists team workspaces in Open recent without passwords and shows today's imports") {
    const QString url = QStringLiteral("postgresql://anna@db.example.com:5432/team?sslmode=require");
    QSettings().setValue(
        QStringLiteral("recentFiles"),
        QStringList{QStringLiteral("postgresql://anna:hunter2@db.example.com:5432/team?sslmode=require")});
    MainWindow window;
    window.setHeadless(true);
    CHECK(window.recentWorkspaces() == QStringList{url});
    QMenu* recent = nullptr;
    for (QMenu* m : window.findChildren<QMenu*>())
        if (m->title() == u"Open &recent")
            recent = m;
    REQUIRE(recent);
    REQUIRE(recent->actions().size() == 1);
    CHECK(recent->actions().at(0)->text() == u"Team workspace — team on db.example.com:5432 (" + url + u')');
    CHECK_FALSE(recent->actions().at(0)->text().contains(u"hunter2"));

    CHECK(window.importsTodayLine().isEmpty());
    window.setImportsToday({{QStringLiteral("anna"), QStringLiteral("contacts.csv"), QTime(9, 14)}});
    CHECK(window.importsTodayLine() == u"Also imported today: anna (contacts.csv, 09:14)");
    window.setImportsToday({});
    CHECK(window.importsTodayLine().isEmpty());
    CHECK(window.serverLine().isEmpty()); // no team workspace open
    CHECK(window.windowTitle() == u"RevAlign");
}
