#include "dialogs/scoringmodeldialog.h"
#include "services/definitionservice.h"
#include "store/definitionstore.h"
#include "store/scoringstore.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace revalign;
using namespace revalign::ui;

namespace {
QPushButton* buttonUnder(QWidget* area, const QString& text) {
    for (QPushButton* b : area->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}
} // namespace

TEST_CASE("ui: the scoring model editor shows the model as it is and gives back what was edited") {
    ScoringModelDialog dialog(defaultScoringModel(), {QStringLiteral("CMO")});
    // Nothing edited: exactly the model it was given (values joined and split, optional bounds empty).
    CHECK(dialog.model() == defaultScoringModel());
    QTableWidget* fit = dialog.fitTable();
    REQUIRE(fit->rowCount() == int(defaultScoringModel().fit.size()));
    CHECK(fit->item(2, ScoringModelDialog::FitMin)->text() == u"200");
    CHECK(fit->item(0, ScoringModelDialog::FitMin)->text().isEmpty());

    fit->item(0, ScoringModelDialog::FitPoints)->setData(Qt::EditRole, 30.0);
    fit->item(4, ScoringModelDialog::FitValues)->setText(QStringLiteral("Software,  Retail ,"));
    auto* field = qobject_cast<QComboBox*>(fit->cellWidget(3, ScoringModelDialog::FitFieldColumn));
    REQUIRE(field);
    field->setCurrentIndex(field->findData(QStringLiteral("country")));
    fit->item(3, ScoringModelDialog::FitValues)->setText(QStringLiteral("TH"));

    // Engagement order matters (first match wins): move the second rule up.
    QTableWidget* engagement = dialog.engagementTable();
    const ScoringModel before = dialog.model();
    engagement->selectRow(1);
    REQUIRE(buttonUnder(engagement->parentWidget(), QStringLiteral("Move up")));
    buttonUnder(engagement->parentWidget(), QStringLiteral("Move up"))->click();

    const ScoringModel m = dialog.model();
    CHECK(m.fit[0].points == 30);
    CHECK(m.fit[4].values == QStringList{QStringLiteral("Software"), QStringLiteral("Retail")});
    CHECK(m.fit[3].field == FitField::Country);
    CHECK(m.fit[3].values == QStringList{QStringLiteral("TH")});
    CHECK(m.engagement[0] == before.engagement[1]);
    CHECK(m.engagement[1] == before.engagement[0]);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("ui: the scoring model editor refuses a model with problems and names them") {
    ScoringModelDialog dialog(defaultScoringModel(), {});
    QTableWidget* engagement = dialog.engagementTable();
    const int rows = engagement->rowCount();
    buttonUnder(engagement->parentWidget(), QStringLiteral("Add rule"))->click();
    REQUIRE(engagement->rowCount() == rows + 1);
    QTableWidget* caps = dialog.capTable();
    caps->item(0, ScoringModelDialog::CapGroup)->setText(QStringLiteral("nobody's group"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(
        dialog.problemsText().contains(QStringLiteral("engagement rule %1: give it a label").arg(rows + 1)));
    CHECK(dialog.problemsText().contains(QStringLiteral("cap for 'nobody's group'")));

    // The built-in model, restored, has none.
    buttonUnder(&dialog, QStringLiteral("Restore the built-in model"))->click();
    CHECK(dialog.model() == defaultScoringModel());
    CHECK(dialog.problemsText().isEmpty());
}

TEST_CASE("ui: saving the scoring model stores it with a change-log note, off the UI thread") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("s.revalign"));
    Workspace::create(path);
    DefinitionService service;
    service.setWorkspace(path);
    QSignalSpy finished(&service, &DefinitionService::writeFinished);

    ScoringModel m = defaultScoringModel();
    m.threshold = 70;
    REQUIRE(service.saveScoringModel(m, QStringLiteral("agreed in the sync")));
    REQUIRE(finished.wait(10000));
    CHECK(finished.takeFirst().at(0).toBool());
    {
        Workspace ws = Workspace::open(path);
        CHECK(ScoringStore(ws.db()).load() == m);
        bool logged = false;
        for (const DefinitionChange& c : DefinitionStore(ws.db()).changeLog())
            logged = logged ||
                     (c.entity == u"scoring" && c.field == u"threshold" && c.note == u"agreed in the sync");
        CHECK(logged);
    }

    m.fit.front().label.clear();
    REQUIRE(service.saveScoringModel(m, {}));
    REQUIRE(finished.wait(10000));
    const QList<QVariant> failed = finished.takeFirst();
    CHECK_FALSE(failed.at(0).toBool());
    CHECK(failed.at(1).toString().contains(QStringLiteral("fit rule 1: give it a label")));
    Workspace ws = Workspace::open(path);
    CHECK(ScoringStore(ws.db()).load().threshold == 70); // the refused model left the saved one alone
}
