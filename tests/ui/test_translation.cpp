#include "uitext.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace revalign;
using namespace revalign::ui;

TEST_CASE("ui: the Thai translation is complete and loads") {
    // Every message in the catalog lupdate maintains has a finished, non-empty Thai translation.
    QFile ts(QStringLiteral(REVALIGN_SOURCE_DIR "/resources/translations/revalign_th.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList missing;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == u"vanished" || type == u"obsolete")
                continue;
            ++messages;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished" || text.trimmed().isEmpty())
                missing << context + QStringLiteral(": ") + source;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 500);
    INFO("untranslated: " << missing.join(QStringLiteral("\n")).toStdString());
    CHECK(missing.isEmpty());

    // The compiled catalog is in the binary and translates UI text and built-in definitions.
    QTranslator thai;
    REQUIRE(thai.load(QStringLiteral(":/i18n/revalign_th.qm")));
    QCoreApplication::installTranslator(&thai);
    const FunnelStage lead{StageId{}, QStringLiteral("lead"), QStringLiteral("Lead"), 1, Team::Marketing, {},
                           {}};
    const QString leadTh = stageDisplayName(lead);
    const QString winRateTh = builtinText("KpiDefinition", QStringLiteral("Win rate"));
    const QString salesTh = teamDisplayName(Team::Sales);
    // Regression: workspaceopen.cpp translated through a local tr() helper, which lupdate filed under
    // the context 'revalign::Workspace' while the helper looked its text up as 'Workspace': why a
    // workspace opened read-only (or refused as damaged) was always said in English.
    const QString readOnlyTh = QCoreApplication::translate("Workspace", "it is on a read-only disk");
    const QString restoreTh = QCoreApplication::translate("Workspace", " Restore it from a backup.");
    QCoreApplication::removeTranslator(&thai);
    CHECK(readOnlyTh == QStringLiteral("อยู่บนดิสก์แบบอ่านอย่างเดียว"));
    CHECK(restoreTh == QStringLiteral(" กู้คืนจากไฟล์สำรอง"));
    CHECK(leadTh == QStringLiteral("ลีด"));
    CHECK(winRateTh != QStringLiteral("Win rate"));
    CHECK(salesTh == QStringLiteral("ฝ่ายขาย"));
    // Text a team has edited is shown as written.
    CHECK(builtinText("KpiDefinition", QStringLiteral("Our own KPI")) == QStringLiteral("Our own KPI"));
}
