#pragma once

#include "domain/definitionchange.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// The log of changes to the agreed definitions, newest first: when, who, what, field, old → new, note.
class ChangeLogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, What, Field, Change, Note, ColumnCount };

    explicit ChangeLogModel(QObject* parent = nullptr);
    // Takes the changes newest first (as DefinitionStore::changeLog returns them).
    void setChanges(std::vector<DefinitionChange> changes);
    const DefinitionChange* changeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString entityText(const QString& entity);
    static QString fieldText(const QString& field);

private:
    std::vector<DefinitionChange> m_changes;
};

} // namespace revalign::ui
