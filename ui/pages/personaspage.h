#pragma once

#include "domain/persona.h"

#include <QWidget>

#include <map>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace revalign::ui {

class DefinitionService;
class PersonaDialog;
class PersonaListModel;
class PersonaPreview;
struct WorkspaceOverview;

// Personas: who we sell to, with the rules that sort contacts into them. Create, edit (with a live
// preview of the counts) and delete; every save re-classifies all contacts on a worker.
class PersonasPage final : public QWidget {
    Q_OBJECT
public:
    explicit PersonasPage(QWidget* parent = nullptr);
    ~PersonasPage() override;

    // Shows a freshly loaded workspace (its personas and stored counts come with the overview) and
    // forgets cached contacts of the one before. An empty path clears the page.
    void setWorkspace(const WorkspaceOverview& overview);
    void clearWorkspace();

    PersonaListModel* model() const { return m_model; }
    PersonaPreview* preview() const { return m_preview; }

    // The dialog the page opens for a persona (not shown; callers exec() or show() it).
    PersonaDialog* createDialog(const Persona& persona);
    // Starts writing; false if a write is running. saved() follows.
    bool savePersona(const Persona& persona, const QString& note);
    bool removePersona(PersonaId id, const QString& note);

    void newPersona();
    void editSelected();
    void removeSelected();

Q_SIGNALS:
    void saved(bool ok, const QString& message);
    // Contacts' persona_id changed: views counting by persona should reload.
    void personasChanged();

private:
    void showPersonas();
    void showDetails();
    void selectPersona(PersonaId id);
    void writeFinished(bool ok, const QString& message);
    void updateActions();
    void setBusy(bool busy, const QString& message);
    const Persona* selectedPersona() const;

    QString m_path;
    DefinitionService* m_service;
    PersonaPreview* m_preview;
    PersonaListModel* m_model;
    QTableView* m_view;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
    QGroupBox* m_detailsBox;
    QLabel* m_details;
    QLabel* m_outside;
    QLabel* m_status;
    QProgressBar* m_progress;
};

} // namespace revalign::ui
