#pragma once

#include "domain/persona.h"

#include <QAbstractTableModel>

#include <map>

namespace revalign::ui {

// Personas with their contact counts, plus a last row for contacts outside every persona.
class PersonaSummaryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Contacts, Share, Rules, ColumnCount };

    explicit PersonaSummaryModel(QObject* parent = nullptr);
    void setPersonas(std::vector<Persona> personas, std::map<QString, qint64> contactsByName);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString rulesText(const Persona& persona);

private:
    qint64 countFor(int row) const;

    std::vector<Persona> m_personas;
    std::map<QString, qint64> m_counts;
    qint64 m_total = 0;
};

} // namespace revalign::ui
