#include "capture.h"
#include "dialogs/connectdialog.h"
#include "services/connectionprobe.h"
#include "store/pg/pgconnection.h"
#include "store/schemaupgrade.h"

#include "pgtestserver.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

#include <future>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace revalign;
using namespace revalign::ui;

namespace {
template <typename W> W* child(QWidget& parent, const char* name) {
    W* w = parent.findChild<W*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

void fill(ConnectDialog& d, const QString& host, int port, const QString& db, const QString& user) {
    child<QLineEdit>(d, "hostEdit")->setText(host);
    child<QSpinBox>(d, "portSpin")->setValue(port);
    child<QLineEdit>(d, "databaseEdit")->setText(db);
    child<QLineEdit>(d, "userEdit")->setText(user);
}

// The fields of the test server's URL (password from PGPASSFILE unless one is typed).
void useServer(ConnectDialog& d, const revalign::test::PgTestServer& pg) {
    const auto address = TeamAddress::fromUrl(pg.url);
    REQUIRE(address);
    d.setAddress(*address);
}

ProbeResult testAndWait(ConnectDialog& d) {
    QSignalSpy spy(&d, &ConnectDialog::tested);
    d.testConnection();
    REQUIRE(spy.wait(30000));
    return spy.takeFirst().at(0).value<ProbeResult>();
}

// A TCP port on 127.0.0.1 that accepts connections (the kernel completes the handshake) but never
// answers: libpq waits there as for a server that hangs.
struct SilentServer {
    int fd = -1;
    int port = 0;
    SilentServer() {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&a), len) == 0 && ::listen(fd, 4) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
            port = ntohs(a.sin_port);
    }
    ~SilentServer() { ::close(fd); }
};
} // namespace

TEST_CASE("ui: the connect dialog builds the URL from its fields and never puts the password in it") {
    ConnectDialog d(nullptr);
    QPushButton* ok = d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no host, no database yet
    CHECK(child<QSpinBox>(d, "portSpin")->value() == 5432);
    fill(d, QStringLiteral("db.example.com"), 5433, QStringLiteral("sales q1"), QStringLiteral("anna@corp"));
    CHECK(ok->isEnabled());
    child<QLineEdit>(d, "passwordEdit")->setText(QStringLiteral("s3cret/pw"));
    auto* tls = child<QComboBox>(d, "tlsCombo");
    auto* ca = child<QLineEdit>(d, "caFileEdit");
    CHECK_FALSE(ca->isEnabled()); // prefer: no CA file to give
    tls->setCurrentIndex(tls->findData(static_cast<int>(TlsMode::VerifyFull)));
    CHECK(ca->isEnabled());
    ca->setText(QStringLiteral("/etc/ssl/ca.crt"));
    CHECK(d.url() == u"postgresql://anna%40corp@db.example.com:5433/sales%20q1?sslmode=verify-full"
                     u"&sslrootcert=%2Fetc%2Fssl%2Fca.crt");
    CHECK_FALSE(d.url().contains(u"s3cret"));
    CHECK(PgConnInfo::parse(d.connectAddress()).value("password") == u"s3cret/pw");
    CHECK(d.address().credentialKey() == u"anna@corp@db.example.com:5433/sales q1");
    // Back to require: the CA file is not sent.
    tls->setCurrentIndex(tls->findData(static_cast<int>(TlsMode::Require)));
    CHECK(d.url() == u"postgresql://anna%40corp@db.example.com:5433/sales%20q1?sslmode=require");
    CHECK(d.rememberPassword());
}

TEST_CASE("ui: the connect dialog's tab order follows the form top to bottom") {
    ConnectDialog d(nullptr);
    auto* tls = child<QComboBox>(d, "tlsCombo");
    tls->setCurrentIndex(tls->findData(static_cast<int>(TlsMode::VerifyFull)));
    fill(d, QStringLiteral("h"), 5432, QStringLiteral("db"), QStringLiteral("u"));
    d.show();
    QApplication::setActiveWindow(&d);
    REQUIRE(QTest::qWaitForWindowActive(&d));
    child<QLineEdit>(d, "hostEdit")->setFocus();
    for (const char* next : {"portSpin", "databaseEdit", "userEdit", "tlsCombo", "caFileEdit",
                             "caBrowseButton", "passwordEdit", "rememberCheck", "testButton"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // A spin box's focus sits in its inner line edit ("qt_spinbox_lineedit"): name the spin box.
        QWidget* focus = QApplication::focusWidget();
        while (focus && (focus->objectName().isEmpty() || focus->objectName().startsWith(u"qt_")))
            focus = focus->parentWidget();
        const QString name = focus ? focus->objectName() : QString();
        CHECK(name == QString::fromLatin1(next));
    }
}

TEST_CASE("ui: Test connection to a port nobody listens on fails at once, naming host and port") {
    ConnectDialog d(nullptr);
    // Port 1 on the loopback: refused by the kernel, no wait for connect_timeout.
    fill(d, QStringLiteral("127.0.0.1"), 1, QStringLiteral("team"), QStringLiteral("anna"));
    child<QLineEdit>(d, "passwordEdit")->setText(QStringLiteral("never-shown"));
    const ProbeResult r = testAndWait(d);
    CHECK_FALSE(r.connected);
    CHECK(r.error.contains(u"127.0.0.1:1"));
    CHECK(d.resultText().contains(u"127.0.0.1:1"));
    CHECK_FALSE(d.resultText().contains(u"never-shown"));
    CHECK_FALSE(d.canCreate());
}

TEST_CASE("ui: Cancel stops a connect to a server that never answers") {
    SilentServer silent;
    REQUIRE(silent.port > 0);
    const QString url =
        QStringLiteral("postgresql://anna@127.0.0.1:%1/team?connect_timeout=600").arg(silent.port);
    // The worker itself: the stop request ends PgConnection's wait (connect_timeout is 10 minutes).
    std::stop_source stop;
    auto done = std::async(std::launch::async, [&] { return ConnectionProbe::probe(url, stop.get_token()); });
    stop.request_stop();
    const ProbeResult r = done.get();
    CHECK(r.cancelled);
    CHECK_FALSE(r.connected);
    // The dialog's button: "Cancel test" while running, a cancelled result at once, Test again after.
    ConnectDialog d(nullptr);
    fill(d, QStringLiteral("127.0.0.1"), silent.port, QStringLiteral("team"), QStringLiteral("anna"));
    QSignalSpy spy(&d, &ConnectDialog::tested);
    auto* test = child<QPushButton>(d, "testButton");
    test->click();
    CHECK(d.probe()->isRunning());
    CHECK(test->text() == u"&Cancel test");
    test->click();
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).value<ProbeResult>().cancelled);
    CHECK(test->text() == u"&Test connection");
    CHECK(d.resultText() == u"Test cancelled.");
}

TEST_CASE("ui: Test connection reports server version, TLS and what the database holds", "[pg]") {
    REVALIGN_NEED_PG(pg);
    ConnectDialog d(nullptr);
    useServer(d, pg);
    auto* tls = child<QComboBox>(d, "tlsCombo");
    tls->setCurrentIndex(tls->findData(static_cast<int>(TlsMode::Require)));
    // No password typed: libpq takes it from PGPASSFILE, as it would from ~/.pgpass.
    const ProbeResult r = testAndWait(d);
    INFO(r.error.toStdString());
    REQUIRE(r.connected);
    CHECK(r.tls);
    CHECK(r.serverVersion.startsWith(u"15."));
    CHECK(d.resultText().contains(u"Connected to PostgreSQL 15."));
    CHECK(d.resultText().contains(u"over TLS"));

    // The three kinds of database, each in a schema of its own (search_path through the URL's options).
    PgConnection admin(pg.url);
    const std::string base = "ui_probe_" + std::to_string(::getpid());
    for (const char* suffix : {"_empty", "_foreign", "_ours"})
        admin.exec("DROP SCHEMA IF EXISTS " + base + suffix + " CASCADE; CREATE SCHEMA " + base + suffix);
    admin.exec("CREATE TABLE " + base + "_foreign.invoices (id int)");
    const auto in = [&](const char* suffix) {
        return pg.urlWith(QStringLiteral("options=-csearch_path%3D") + QString::fromStdString(base + suffix));
    };
    {
        PgConnection ours(in("_ours"));
        upgradeSchema(
            ours, PgLockIntent{QStringLiteral("test"), QStringLiteral("host"), QStringLiteral("Upgrade")});
    }
    const ProbeResult empty = ConnectionProbe::probe(in("_empty"));
    CHECK(empty.workspace == ProbeResult::Workspace::Empty);
    CHECK(describeProbe(empty).contains(u"you can create a team workspace here"));
    const ProbeResult foreign = ConnectionProbe::probe(in("_foreign"));
    CHECK(foreign.workspace == ProbeResult::Workspace::Foreign);
    CHECK(describeProbe(foreign).contains(u"not a RevAlign database"));
    const ProbeResult ours = ConnectionProbe::probe(in("_ours"));
    CHECK(ours.workspace == ProbeResult::Workspace::Ours);
    CHECK(ours.schemaVersion > 0);
    CHECK(describeProbe(ours).contains(QStringLiteral("workspace version %1").arg(ours.schemaVersion)));
    for (const char* suffix : {"_empty", "_foreign", "_ours"})
        admin.exec("DROP SCHEMA IF EXISTS " + base + suffix + " CASCADE");
}

TEST_CASE("ui: Test connection with a wrong password names the server and user, never the password", "[pg]") {
    REVALIGN_NEED_PG(pg);
    ConnectDialog d(nullptr);
    useServer(d, pg);
    const QString wrong = QStringLiteral("wrong-%1").arg(pg.password);
    child<QLineEdit>(d, "passwordEdit")->setText(wrong);
    const ProbeResult r = testAndWait(d);
    CHECK_FALSE(r.connected);
    CHECK(r.needsPassword);
    const QString where = QStringLiteral("127.0.0.1:%1/%2").arg(pg.port).arg(pg.database);
    CHECK(r.error.contains(where));
    CHECK(d.resultText().contains(u"Enter the password above"));
    CHECK_FALSE(d.resultText().contains(wrong));
    CHECK_FALSE(d.resultText().contains(pg.password));
    CHECK_FALSE(d.canCreate());
}

TEST_CASE("ui: the connect dialog renders in English and Thai (connect-dialog-en.png, -th.png)") {
    // Written into the test's working directory (build/dev/tests) for a person to look at.
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("th")}) {
        QTranslator thai;
        if (language == u"th") {
            REQUIRE(thai.load(QStringLiteral(":/i18n/revalign_th.qm")));
            QCoreApplication::installTranslator(&thai);
        }
        {
            ConnectDialog d(nullptr);
            fill(d, QStringLiteral("db.example.com"), 5432, QStringLiteral("revalign"),
                 QStringLiteral("anna"));
            auto* tls = child<QComboBox>(d, "tlsCombo");
            tls->setCurrentIndex(tls->findData(static_cast<int>(TlsMode::VerifyFull)));
            child<QLineEdit>(d, "caFileEdit")->setText(QStringLiteral("/etc/ssl/certs/team-ca.crt"));
            child<QLineEdit>(d, "passwordEdit")->setText(QStringLiteral("secret"));
            d.adjustSize();
            d.show();
            settleForCapture();
            // Thai really loaded: the .ui's strings and the code's.
            if (language == u"th") {
                CHECK(d.windowTitle() == u"เชื่อมต่อเวิร์กสเปซของทีม");
                CHECK(tls->currentText() == u"ตรวจเต็ม: เข้ารหัสและตรวจใบรับรองของเซิร์ฟเวอร์");
            }
            CHECK(d.grab().save(QStringLiteral("connect-dialog-%1.png").arg(language)));
        }
        QCoreApplication::removeTranslator(&thai);
    }
}
