#include "models/personalistmodel.h"

#include "models/personasummarymodel.h"

#include <QColor>
#include <QLocale>

namespace revalign::ui {

PersonaListModel::PersonaListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PersonaListModel::setPersonas(std::vector<Persona> personas, std::map<PersonaId, qint64> counts) {
    beginResetModel();
    m_personas = std::move(personas);
    m_counts = std::move(counts);
    endResetModel();
}

const Persona* PersonaListModel::personaAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_personas.size()) ? &m_personas[static_cast<size_t>(row)]
                                                                 : nullptr;
}

int PersonaListModel::rowOf(PersonaId id) const {
    for (size_t i = 0; i < m_personas.size(); ++i)
        if (m_personas[i].id == id)
            return static_cast<int>(i);
    return -1;
}

qint64 PersonaListModel::countOf(PersonaId id) const {
    const auto it = m_counts.find(id);
    return it == m_counts.end() ? 0 : it->second;
}

int PersonaListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_personas.size());
}

int PersonaListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonaListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Persona& p = m_personas[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.name;
        case Contacts:
            return QLocale().toString(countOf(p.id));
        case Rules:
            return PersonaSummaryModel::rulesText(p);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Name)
            return QColor(p.color);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Contacts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!p.description.isEmpty())
            lines << p.description;
        if (!p.pains.isEmpty())
            lines << tr("Pains: %1").arg(p.pains);
        if (!p.goals.isEmpty())
            lines << tr("Goals: %1").arg(p.goals);
        lines << PersonaSummaryModel::rulesText(p);
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        if (index.column() == Name)
            return tr("%1, %n contact(s)", nullptr, static_cast<int>(countOf(p.id))).arg(p.name);
        break;
    case Qt::UserRole:
        return index.column() == Contacts ? QVariant(countOf(p.id)) : QVariant(p.id.value());
    default:
        break;
    }
    return {};
}

QVariant PersonaListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Persona");
    case Contacts:
        return tr("Contacts");
    case Rules:
        return tr("Classification rules");
    }
    return {};
}

} // namespace revalign::ui
