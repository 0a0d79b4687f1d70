#include "dialogs/personadialog.h"
#include "mainwindow.h"
#include "models/personalistmodel.h"
#include "models/personapreviewmodel.h"
#include "pages/personaspage.h"
#include "services/definitionservice.h"
#include "services/personapreview.h"
#include "store/definitionstore.h"
#include "store/personastore.h"
#include "store/workspace.h"
#include "workspaceloader.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;

namespace {
// tests/data/personas/classification.sql: personas IT leader (1), Ops (2), Any CTO (3), Big retail (4) and
// eight contacts, stored after classification as IT leader 2, Ops 2, Any CTO 1, Big retail 1, none 2.
// Big retail is "Retail, >= 1000 employees"; contact 7 has no title and works at a 50-person retailer.
QString makeWorkspace(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("personas.revalign"));
    Workspace ws = Workspace::create(path);
    ws.db().exec(
        test::fileBytes(test::testData(QStringLiteral("personas/classification.sql"))).toStdString());
    PersonaStore(ws.db()).reclassifyAll();
    return path;
}

qint64 storedPersonaOf(const QString& path, qint64 contact) {
    Workspace ws = Workspace::open(path);
    Statement st(ws.db(), "SELECT coalesce(persona_id, 0) FROM contact WHERE id = ?");
    st.bind(1, contact);
    REQUIRE(st.step());
    return st.int64(0);
}

// Waits until the preview has answered the latest request.
void waitForPreview(PersonaPreview* preview) {
    QSignalSpy ready(preview, &PersonaPreview::countsReady);
    while (preview->isPending())
        REQUIRE(ready.wait(10000));
}

std::vector<qint64> afterCounts(const PersonaPreviewModel* model) {
    std::vector<qint64> out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.push_back(model->afterCount(row));
    return out;
}

QStringList changedFields(const QString& path) {
    Workspace ws = Workspace::open(path);
    QStringList out;
    for (const DefinitionChange& c : DefinitionStore(ws.db()).changeLog())
        out << c.entityKey + u'.' + c.field;
    return out;
}
} // namespace

TEST_CASE("ui: the persona list shows stored counts and passes the model tester") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    PersonasPage page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setWorkspace(WorkspaceLoader::readOverview(path));
    PersonaListModel* model = page.model();
    REQUIRE(model->rowCount() == 4);
    CHECK(model->index(0, PersonaListModel::Name).data().toString() == QStringLiteral("IT leader"));
    CHECK(model->index(0, PersonaListModel::Contacts).data(Qt::UserRole).toLongLong() == 2);
    CHECK(model->index(2, PersonaListModel::Contacts).data(Qt::UserRole).toLongLong() == 1);
    CHECK(model->countOf(PersonaId{}) == 2);
    CHECK(model->index(0, PersonaListModel::Name).data(Qt::DecorationRole).value<QColor>().isValid());
    page.clearWorkspace();
    CHECK(model->rowCount() == 0);
}

TEST_CASE("ui: editing a persona's rules updates the preview counts before anything is saved") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    PersonasPage page;
    page.setWorkspace(WorkspaceLoader::readOverview(path));

    SECTION("dropping Big retail's size rule") {
        PersonaDialog* dialog = page.createDialog(page.model()->personas()[3]);
        QAbstractItemModelTester tester(dialog->previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        waitForPreview(page.preview());
        // Unchanged rules: the preview equals what is stored (2, 2, 1, 1, none 2).
        CHECK(afterCounts(dialog->previewModel()) == std::vector<qint64>{2, 2, 1, 1, 2});

        // Big retail = any Retail company (1 rule). Contact 7 (no title, retail) now matches it; contact 2
        // ("CTO", retail) ties Any CTO at 1 and stays there (listed first); 4 and 8 keep their 2-rule
        // personas.
        auto* minSpin = dialog->findChild<QSpinBox*>(QStringLiteral("minEmployeesSpin"));
        REQUIRE(minSpin);
        minSpin->setValue(minSpin->minimum());
        CHECK(dialog->previewModel()->afterCount(0) == -1); // counting…
        waitForPreview(page.preview());
        CHECK(afterCounts(dialog->previewModel()) == std::vector<qint64>{2, 2, 1, 2, 1});
        CHECK(dialog->previewModel()->index(3, PersonaPreviewModel::Now).data(Qt::UserRole).toLongLong() ==
              1);
        CHECK(dialog->previewModel()->index(3, PersonaPreviewModel::After).data().toString() ==
              QStringLiteral("2 (+1)"));

        // Adding "Buyer" as a title keyword as well leaves only contact 5 ("Buyer" at a retailer): 1;
        // 7 falls back to none (2).
        dialog->findChild<QLineEdit*>(QStringLiteral("titleKeywordsEdit"))->setText(QStringLiteral("Buyer"));
        waitForPreview(page.preview());
        CHECK(afterCounts(dialog->previewModel()) == std::vector<qint64>{2, 2, 1, 1, 2});
        // Nothing was written.
        CHECK(storedPersonaOf(path, 7) == 0);
        delete dialog;
    }

    SECTION("a new persona is previewed last in the priority order") {
        PersonaDialog* dialog = page.createDialog(Persona{});
        dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Directors"));
        dialog->findChild<QLineEdit*>(QStringLiteral("titleKeywordsEdit"))
            ->setText(QStringLiteral("Director, CTO"));
        waitForPreview(page.preview());
        // "Director" takes contact 6 out of none; every CTO already has a persona that matches at least as
        // well and is listed earlier, so they stay: 2, 2, 1, 1, Directors 1, none 1.
        CHECK(afterCounts(dialog->previewModel()) == std::vector<qint64>{2, 2, 1, 1, 1, 1});
        CHECK(dialog->persona().titleKeywords ==
              QStringList{QStringLiteral("Director"), QStringLiteral("CTO")});
        delete dialog;
    }
}

TEST_CASE("ui: saving a persona re-classifies every contact and logs who changed what") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    PersonasPage page;
    page.setWorkspace(WorkspaceLoader::readOverview(path));
    QSignalSpy saved(&page, &PersonasPage::saved);
    QSignalSpy changed(&page, &PersonasPage::personasChanged);

    Persona bigRetail = page.model()->personas()[3];
    bigRetail.minEmployees.reset();
    REQUIRE(page.savePersona(bigRetail, QStringLiteral("any size counts")));
    CHECK_FALSE(page.savePersona(bigRetail, QString())); // one write at a time
    REQUIRE(saved.wait(10000));
    CHECK(saved.first().at(0).toBool());
    CHECK(changed.size() == 1);
    CHECK(storedPersonaOf(path, 7) == 4); // retail, 50 employees: now Big retail
    CHECK(storedPersonaOf(path, 2) == 3); // tie with Any CTO: stays
    {
        Workspace ws = Workspace::open(path);
        const DefinitionChange last = DefinitionStore(ws.db()).changeLog().front();
        CHECK(last.field == QStringLiteral("min_employees"));
        CHECK(last.oldValue == QStringLiteral("1000"));
        CHECK(last.newValue.isEmpty());
        CHECK(last.who == currentUserName());
        CHECK(last.note == QStringLiteral("any size counts"));
    }
    // The list reloads its counts off the UI thread.
    QSignalSpy reloaded(page.model(), &QAbstractItemModel::modelReset);
    REQUIRE(reloaded.wait(10000));
    CHECK(page.model()->countOf(PersonaId{4}) == 2);
    CHECK(page.model()->countOf(PersonaId{}) == 1);

    // Deleting IT leader moves contacts 1 and 4 to Any CTO (3): for contact 4 ("Operations CTO" at a
    // retailer) Big retail, now a one-rule persona, only ties Any CTO and is listed after it.
    REQUIRE(page.removePersona(PersonaId{1}, QStringLiteral("merged")));
    REQUIRE(saved.wait(10000));
    CHECK(saved.last().at(0).toBool());
    CHECK(storedPersonaOf(path, 1) == 3);
    CHECK(storedPersonaOf(path, 4) == 3);
    CHECK(changedFields(path).first() == QStringLiteral("IT leader.removed"));
}

TEST_CASE("ui: a persona that cannot be saved changes nothing and says why") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    PersonasPage page;
    page.setWorkspace(WorkspaceLoader::readOverview(path));
    QSignalSpy saved(&page, &PersonasPage::saved);
    Persona clash;
    clash.name = QStringLiteral("Ops"); // taken
    clash.titleKeywords = {QStringLiteral("Director")};
    REQUIRE(page.savePersona(clash, QString()));
    REQUIRE(saved.wait(10000));
    CHECK_FALSE(saved.first().at(0).toBool());
    CHECK_FALSE(saved.first().at(1).toString().isEmpty());
    CHECK(storedPersonaOf(path, 6) == 0);
    CHECK(changedFields(path).isEmpty());
}

TEST_CASE("ui: the personas page renders in the main window") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    MainWindow window;
    window.setHeadless(true);
    window.resize(1100, 700);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(path);
    REQUIRE(loaded.wait(10000));
    REQUIRE(window.showPage(QStringLiteral("personas")));
    auto* page = window.findChild<PersonasPage*>();
    REQUIRE(page);
    CHECK(page->model()->rowCount() == 4);
    const QImage image = window.grab().toImage();
    REQUIRE_FALSE(image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 10);
}

TEST_CASE("ui: Enter edits the selected persona and Delete asks before removing it") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    PersonasPage page;
    page.setWorkspace(WorkspaceLoader::readOverview(path));
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto* view = page.findChild<QTableView*>();
    REQUIRE(view);
    view->setFocus();
    view->selectRow(1); // Ops

    QTest::keyClick(view, Qt::Key_Return);
    auto* dialog = page.findChild<PersonaDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->persona().name == QStringLiteral("Ops"));
    dialog->reject();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    view->setFocus();

    // Delete opens a confirmation; cancelling it removes nothing.
    bool asked = false;
    QTimer::singleShot(0, &page, [&asked] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            asked = true;
            if (auto* input = qobject_cast<QDialog*>(modal))
                input->reject();
        }
    });
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(asked);
    CHECK_FALSE(page.findChild<QProgressBar*>()->isVisible());
    CHECK(storedPersonaOf(path, 3) == 2); // Ops still there and still holding its contacts
}
