#pragma once

#include "metrics/dataquality.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// Data-quality findings as a table: what was found, how many records (and their share), and what the
// figures do about them.
class QualityFindingModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Finding, Records, Share, Effect, ColumnCount };

    explicit QualityFindingModel(QObject* parent = nullptr);
    void setReport(QualityReport report);
    const QualityReport& report() const { return m_report; }
    const QualityFinding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QualityReport m_report;
};

} // namespace revalign::ui
