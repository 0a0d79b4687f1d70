#pragma once

#include "domain/persona.h"

#include <QDialog>

#include <map>
#include <memory>

namespace Ui {
class PersonaDialog;
}

namespace revalign::ui {

class PersonaPreview;
class PersonaPreviewModel;

// Creates or edits one persona. While the rules are edited, the preview beside them shows how many
// contacts every persona would get (and how many none) if the edit were saved; the counting runs on
// PersonaPreview's worker, so typing stays smooth on a million contacts.
class PersonaDialog final : public QDialog {
    Q_OBJECT
public:
    // `all` is the stored persona list in priority order; `now` the stored counts by persona id.
    PersonaDialog(const Persona& persona, std::vector<Persona> all, std::map<PersonaId, qint64> now,
                  PersonaPreview* preview, QWidget* parent = nullptr);
    ~PersonaDialog() override;

    Persona persona() const;
    QString note() const;
    PersonaPreviewModel* previewModel() const { return m_previewModel; }

    // "CIO, CTO ,, it director" -> {"CIO", "CTO", "it director"}
    static QStringList splitList(const QString& text);

private:
    void edited();
    void chooseColour();
    void showColour();
    void showCounts();
    std::vector<Persona> previewList() const;
    QString problem() const; // what stops saving
    QString remark() const;  // what to tell while editing

    std::unique_ptr<::Ui::PersonaDialog> m_ui;
    Persona m_original;
    QString m_color;
    std::vector<Persona> m_all;
    std::map<PersonaId, qint64> m_now;
    PersonaPreview* m_preview;
    PersonaPreviewModel* m_previewModel;
};

} // namespace revalign::ui
