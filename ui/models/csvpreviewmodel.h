#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace revalign::ui {

// The first rows of a CSV file as the reader tokenized them: one column per header field, raw text.
// Rows with more fields than the header get extra columns named by number (so nothing is hidden).
class CsvPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CsvPreviewModel(QObject* parent = nullptr);

    void setPreview(const QStringList& header, const std::vector<QStringList>& rows,
                    const std::vector<qint64>& lines = {});
    void clear();
    // The row showing physical file `line`, or -1.
    int rowForLine(qint64 line) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    std::vector<QStringList> m_rows;
    std::vector<qint64> m_lines;
    int m_columns = 0;
};

} // namespace revalign::ui
