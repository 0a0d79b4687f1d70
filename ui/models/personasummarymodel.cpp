#include "models/personasummarymodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace revalign::ui {

PersonaSummaryModel::PersonaSummaryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PersonaSummaryModel::setPersonas(std::vector<Persona> personas,
                                      std::map<QString, qint64> contactsByName) {
    beginResetModel();
    m_personas = std::move(personas);
    m_counts = std::move(contactsByName);
    m_total = 0;
    for (const auto& [name, n] : m_counts)
        m_total += n;
    endResetModel();
}

int PersonaSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_personas.size()) + 1;
}

int PersonaSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 PersonaSummaryModel::countFor(int row) const {
    const QString key =
        row < static_cast<int>(m_personas.size()) ? m_personas[static_cast<size_t>(row)].name : QString();
    const auto it = m_counts.find(key);
    return it == m_counts.end() ? 0 : it->second;
}

QString PersonaSummaryModel::rulesText(const Persona& p) {
    QStringList parts;
    if (!p.titleKeywords.isEmpty())
        parts << tr("title: %1").arg(p.titleKeywords.join(QStringLiteral(", ")));
    if (!p.industries.isEmpty())
        parts << tr("industry: %1").arg(p.industries.join(QStringLiteral(", ")));
    if (p.minEmployees || p.maxEmployees) {
        const QLocale l;
        if (p.minEmployees && p.maxEmployees)
            parts << tr("%1–%2 employees").arg(l.toString(*p.minEmployees), l.toString(*p.maxEmployees));
        else if (p.minEmployees)
            parts << tr("%1+ employees").arg(l.toString(*p.minEmployees));
        else
            parts << tr("up to %1 employees").arg(l.toString(*p.maxEmployees));
    }
    if (!p.countries.isEmpty())
        parts << tr("country: %1").arg(p.countries.join(QStringLiteral(", ")));
    return parts.isEmpty() ? tr("no rules yet") : parts.join(QStringLiteral("; "));
}

QVariant PersonaSummaryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool outside = index.row() == static_cast<int>(m_personas.size());
    const Persona* p = outside ? nullptr : &m_personas[static_cast<size_t>(index.row())];
    const qint64 count = countFor(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return outside ? tr("Outside every persona") : p->name;
        case Contacts:
            return QLocale().toString(count);
        case Share:
            return m_total > 0 ? QLocale().toString(100.0 * double(count) / double(m_total), 'f', 1) + u'%'
                               : tr("n/a");
        case Rules:
            return outside ? tr("matches no persona's rules — worth a look") : rulesText(*p);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Name)
            return QColor(outside ? QStringLiteral("#9ca3af") : p->color);
        break;
    case Qt::FontRole:
        if (outside) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Contacts || index.column() == Share)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (!outside && index.column() == Name)
            return tr("%1\nPains: %2\nGoals: %3").arg(p->description, p->pains, p->goals);
        break;
    case Qt::UserRole:
        return count;
    default:
        break;
    }
    return {};
}

QVariant PersonaSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Persona");
    case Contacts:
        return tr("Contacts");
    case Share:
        return tr("Share");
    case Rules:
        return tr("Classification rules");
    }
    return {};
}

} // namespace revalign::ui
