#include "models/importerrormodel.h"

#include <QFileInfo>
#include <QLocale>

namespace revalign::ui {

ImportErrorModel::ImportErrorModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportErrorModel::setGroups(std::vector<ErrorGroup> groups) {
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

const ErrorGroup* ImportErrorModel::group(int row) const {
    return row >= 0 && row < rowCount() ? &m_groups[static_cast<size_t>(row)] : nullptr;
}

qint64 ImportErrorModel::problemCount() const {
    qint64 n = 0;
    for (const ErrorGroup& g : m_groups)
        n += g.count;
    return n;
}

int ImportErrorModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int ImportErrorModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportErrorModel::linesText(const ErrorGroup& g) {
    const QLocale locale;
    QStringList lines;
    for (const qint64 line : g.lines)
        lines << locale.toString(line);
    QString text = lines.join(QStringLiteral(", "));
    if (g.count > static_cast<qint64>(g.lines.size()))
        text = tr("%1, … (the first %2 of %3)")
                   .arg(text, locale.toString(static_cast<qint64>(g.lines.size())), locale.toString(g.count));
    return text;
}

QVariant ImportErrorModel::data(const QModelIndex& index, int role) const {
    const ErrorGroup* g = index.isValid() ? group(index.row()) : nullptr;
    if (!g || index.column() >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return g->toString();
    if (role == Qt::TextAlignmentRole && index.column() == Rows)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case File:
        return QFileInfo(g->file).fileName();
    case ColumnName:
        return g->column == 0 ? tr("(whole row)") : tr("%1 (%2)").arg(g->columnName).arg(g->column);
    case Value:
        return g->otherValues ? tr("(other values)") : g->value;
    case Reason:
        return g->reason;
    case Rows:
        return QLocale().toString(g->count);
    case Lines:
        return linesText(*g);
    default:
        return {};
    }
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case ColumnName:
        return tr("Column");
    case Value:
        return tr("Value");
    case Reason:
        return tr("Reason");
    case Rows:
        return tr("Rows");
    case Lines:
        return tr("Lines");
    default:
        return {};
    }
}

} // namespace revalign::ui
