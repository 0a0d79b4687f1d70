#include "models/personapreviewmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace revalign::ui {

PersonaPreviewModel::PersonaPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PersonaPreviewModel::setPersonas(std::vector<Persona> personas, std::map<PersonaId, qint64> now) {
    beginResetModel();
    m_personas = std::move(personas);
    m_now = std::move(now);
    m_after.reset();
    endResetModel();
}

void PersonaPreviewModel::setPreview(std::optional<PersonaMatchCounts> counts) {
    if (counts && counts->perPersona.size() != m_personas.size())
        counts.reset(); // computed for another list; a newer answer is on its way
    m_after = std::move(counts);
    Q_EMIT dataChanged(index(0, After), index(rowCount() - 1, After));
}

qint64 PersonaPreviewModel::nowCount(int row) const {
    const PersonaId id = row < noneRow() ? m_personas[static_cast<size_t>(row)].id : PersonaId{};
    if (row < noneRow() && !id.isValid())
        return 0; // a persona not saved yet has no contacts
    const auto it = m_now.find(id);
    return it == m_now.end() ? 0 : it->second;
}

qint64 PersonaPreviewModel::afterCount(int row) const {
    if (!m_after || row < 0 || row > noneRow())
        return -1;
    return row == noneRow() ? m_after->none : m_after->perPersona[static_cast<size_t>(row)];
}

int PersonaPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_personas.size()) + 1;
}

int PersonaPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonaPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool none = index.row() == noneRow();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            if (none)
                return tr("Matches no persona");
            return m_personas[static_cast<size_t>(index.row())].name.isEmpty()
                       ? tr("(new persona)")
                       : m_personas[static_cast<size_t>(index.row())].name;
        case Now:
            return QLocale().toString(nowCount(index.row()));
        case After: {
            const qint64 after = afterCount(index.row());
            if (after < 0)
                return tr("counting…");
            const qint64 delta = after - nowCount(index.row());
            const QString number = QLocale().toString(after);
            if (delta == 0)
                return number;
            return tr("%1 (%2)").arg(number, (delta > 0 ? QStringLiteral("+") : QString()) +
                                                 QLocale().toString(delta));
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Name && !none)
            return QColor(m_personas[static_cast<size_t>(index.row())].color);
        break;
    case Qt::FontRole:
        if (none) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Name)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::UserRole:
        if (index.column() == Now)
            return nowCount(index.row());
        if (index.column() == After)
            return afterCount(index.row());
        break;
    default:
        break;
    }
    return {};
}

QVariant PersonaPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Persona");
    case Now:
        return tr("Contacts now");
    case After:
        return tr("With these rules");
    }
    return {};
}

} // namespace revalign::ui
