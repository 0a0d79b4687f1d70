#pragma once

#include "domain/persona.h"

#include <QAbstractTableModel>

#include <map>

namespace revalign::ui {

// The personas page's list: colour swatch and name, contacts stored as matching, the rules in words.
class PersonaListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Contacts, Rules, ColumnCount };

    explicit PersonaListModel(QObject* parent = nullptr);
    void setPersonas(std::vector<Persona> personas, std::map<PersonaId, qint64> counts);

    const std::vector<Persona>& personas() const { return m_personas; }
    const std::map<PersonaId, qint64>& counts() const { return m_counts; }
    const Persona* personaAt(int row) const;
    int rowOf(PersonaId id) const;
    qint64 countOf(PersonaId id) const; // invalid id = contacts outside every persona

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Persona> m_personas;
    std::map<PersonaId, qint64> m_counts;
};

} // namespace revalign::ui
