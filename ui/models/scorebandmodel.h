#pragma once

#include "metrics/scoringevaluation.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// Score bands against outcomes: contacts, acceptance, SQL and win rates per band (scoring page).
class ScoreBandModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Band, Contacts, AcceptedRate, SqlRate, WinRate, ColumnCount };

    explicit ScoreBandModel(QObject* parent = nullptr);
    void setBands(std::vector<ScoreBand> bands);
    // Bands at or above the threshold are shown as MQL bands.
    void setThreshold(int threshold);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ScoreBand> m_bands;
    int m_threshold = 0;
};

} // namespace revalign::ui
