#pragma once

#include "metrics/waterfall.h"

#include <QAbstractTableModel>

#include <optional>

namespace revalign::ui {

// The pipeline waterfall as one row per bar: Start, the seven buckets, End. The chart maps the Base
// (invisible), Rise, Fall and Total columns as stacked bar sets (QVBarModelMapper), so each bucket floats at
// the running level; a table can show Bar, Amount and Deals. Money columns are in currency units divided
// by scale() (thousands or millions when the amounts are large).
class WaterfallModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Bar, Base, Rise, Fall, Total, Amount, Deals, ColumnCount };
    static constexpr int kStartRow = 0;
    static constexpr int kEndRow = kWaterfallBuckets + 1;
    static constexpr int kRows = kWaterfallBuckets + 2;

    explicit WaterfallModel(QObject* parent = nullptr);

    void setWaterfall(const Waterfall& waterfall, const QString& currency = QString());
    const Waterfall& waterfall() const { return m_waterfall; }
    // The bucket a row shows (nullopt for Start and End).
    static std::optional<WaterfallBucket> bucketOfRow(int row);
    static QString barName(int row);
    // The bar's name and its amount ("New<br>+$224K", rich text): the chart's category labels, so every bar
    // reads its figure however thin it is next to the pipeline.
    QString barLabel(int row) const;
    // What one chart unit is in currency units (1, 1,000 or 1,000,000).
    double scale() const { return m_scale; }
    // The highest point any bar reaches, in chart units.
    double top() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct BarValues {
        qint64 base = 0, rise = 0, fall = 0, total = 0, amount = 0, deals = 0;
    };
    BarValues values(int row) const;

    Waterfall m_waterfall;
    std::array<BarValues, kRows> m_bars{};
    double m_scale = 1.0;
    QString m_currency;
};

} // namespace revalign::ui
