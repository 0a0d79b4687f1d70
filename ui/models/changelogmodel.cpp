#include "models/changelogmodel.h"

#include "kpiformat.h"

#include <QLocale>

namespace revalign::ui {

ChangeLogModel::ChangeLogModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ChangeLogModel::setChanges(std::vector<DefinitionChange> changes) {
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

const DefinitionChange* ChangeLogModel::changeAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_changes.size()) ? &m_changes[static_cast<size_t>(row)]
                                                                : nullptr;
}

QString ChangeLogModel::entityText(const QString& entity) {
    if (entity == u"persona")
        return tr("Persona");
    if (entity == u"stage")
        return tr("Funnel stage");
    if (entity == u"kpi")
        return tr("KPI");
    if (entity == u"setting")
        return tr("Setting");
    return entity;
}

QString ChangeLogModel::fieldText(const QString& field) {
    // The stored field names are the column names; people read these.
    static const std::pair<const char16_t*, const char*> kNames[] = {
        {u"name", QT_TR_NOOP("name")},
        {u"team", QT_TR_NOOP("team")},
        {u"definition", QT_TR_NOOP("definition")},
        {u"sla_hours", QT_TR_NOOP("SLA hours")},
        {u"formula", QT_TR_NOOP("formula")},
        {u"unit", QT_TR_NOOP("unit")},
        {u"direction", QT_TR_NOOP("direction")},
        {u"targets", QT_TR_NOOP("targets")},
        {u"agreed_on", QT_TR_NOOP("agreed on")},
        {u"agreed_by", QT_TR_NOOP("agreed by")},
        {u"created", QT_TR_NOOP("created")},
        {u"removed", QT_TR_NOOP("removed")},
        {u"description", QT_TR_NOOP("description")},
        {u"pains", QT_TR_NOOP("pains")},
        {u"goals", QT_TR_NOOP("goals")},
        {u"color", QT_TR_NOOP("colour")},
        {u"title_keywords", QT_TR_NOOP("title keywords")},
        {u"industries", QT_TR_NOOP("industries")},
        {u"min_employees", QT_TR_NOOP("minimum employees")},
        {u"max_employees", QT_TR_NOOP("maximum employees")},
        {u"countries", QT_TR_NOOP("countries")},
    };
    for (const auto& [key, text] : kNames)
        if (field == QStringView(key))
            return tr(text);
    return field;
}

int ChangeLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int ChangeLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DefinitionChange& c = m_changes[static_cast<size_t>(index.row())];
    const QString empty = tr("(empty)");
    const QString change = tr("%1 → %2").arg(c.oldValue.isEmpty() ? empty : c.oldValue,
                                             c.newValue.isEmpty() ? empty : c.newValue);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return formatDateTime(c.at);
        case Who:
            return c.who;
        case What:
            return tr("%1: %2").arg(entityText(c.entity), c.entityKey);
        case Field:
            return fieldText(c.field);
        case Change:
            return change;
        case Note:
            return c.note;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Change)
            return change;
        if (index.column() == Note)
            return c.note;
        break;
    case Qt::UserRole:
        switch (index.column()) {
        case When:
            return c.at;
        case Field:
            return c.field;
        case Change:
            return QStringList{c.oldValue, c.newValue};
        default:
            return c.id;
        }
    default:
        break;
    }
    return {};
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Field:
        return tr("Field");
    case Change:
        return tr("Old → new");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace revalign::ui
