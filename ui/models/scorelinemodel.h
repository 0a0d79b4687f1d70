#pragma once

#include "metrics/scoring.h"

#include <QAbstractTableModel>

namespace revalign::ui {

// One contact's score, rule by rule (scoring page).
class ScoreLineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rule, Group, Touches, Points, ColumnCount };

    explicit ScoreLineModel(QObject* parent = nullptr);
    void setLines(std::vector<ScoreLine> lines);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ScoreLine> m_lines;
};

} // namespace revalign::ui
