#pragma once

#include "domain/persona.h"
#include "store/personastore.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>

namespace revalign::ui {

// The live preview while a persona is edited: for each persona (with the edited one's new rules) the
// contacts it has now and would have after saving, and a last row for contacts matching none.
class PersonaPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Now, After, ColumnCount };

    explicit PersonaPreviewModel(QObject* parent = nullptr);
    // `now` holds stored counts by persona id (invalid id = outside every persona). Clears the preview.
    void setPersonas(std::vector<Persona> personas, std::map<PersonaId, qint64> now);
    // Counts by index into the persona list given last; nullopt while they are being computed.
    void setPreview(std::optional<PersonaMatchCounts> counts);

    int noneRow() const { return static_cast<int>(m_personas.size()); }
    // The previewed count of a row, or -1 while computing.
    qint64 afterCount(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 nowCount(int row) const;

    std::vector<Persona> m_personas;
    std::map<PersonaId, qint64> m_now;
    std::optional<PersonaMatchCounts> m_after;
};

} // namespace revalign::ui
