#include "models/waterfallmodel.h"

#include "kpiformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace revalign::ui {

WaterfallModel::WaterfallModel(QObject* parent)
    : QAbstractTableModel(parent) {}

std::optional<WaterfallBucket> WaterfallModel::bucketOfRow(int row) {
    if (row <= kStartRow || row >= kEndRow)
        return std::nullopt;
    return WaterfallBucket(row - 1);
}

QString WaterfallModel::barName(int row) {
    if (row == kStartRow)
        return QCoreApplication::translate("WaterfallModel", "Start");
    if (row == kEndRow)
        return QCoreApplication::translate("WaterfallModel", "End");
    switch (*bucketOfRow(row)) {
    case WaterfallBucket::New:
        return QCoreApplication::translate("WaterfallModel", "New");
    case WaterfallBucket::PulledIn:
        return QCoreApplication::translate("WaterfallModel", "Pulled in");
    case WaterfallBucket::Increased:
        return QCoreApplication::translate("WaterfallModel", "Increased");
    case WaterfallBucket::Decreased:
        return QCoreApplication::translate("WaterfallModel", "Decreased");
    case WaterfallBucket::PushedOut:
        return QCoreApplication::translate("WaterfallModel", "Pushed out");
    case WaterfallBucket::Won:
        return QCoreApplication::translate("WaterfallModel", "Won");
    case WaterfallBucket::Lost:
        return QCoreApplication::translate("WaterfallModel", "Lost");
    }
    return {};
}

QString WaterfallModel::barLabel(int row) const {
    if (!m_waterfall.available)
        return barName(row);
    // A bar that did not move reads as money too ("$0.00"), like every other bar and in every language:
    // a bare "0" read as a count of deals next to "+$352K".
    const qint64 cents = m_bars[size_t(row)].amount;
    const QString sign = bucketOfRow(row) && cents > 0 ? QStringLiteral("+") : QString();
    return barName(row) + QStringLiteral("<br>") + sign +
           formatMoney(double(cents) / 100.0, m_currency, true);
}

void WaterfallModel::setWaterfall(const Waterfall& w, const QString& currency) {
    beginResetModel();
    m_waterfall = w;
    m_currency = currency;
    m_bars = {};
    if (w.available) {
        // Each bucket floats at the running level: a rise starts where the pipeline stood, a fall ends there.
        qint64 level = w.startCents;
        m_bars[kStartRow] = {0, 0, 0, w.startCents, w.startCents, w.startDeals};
        for (int b = 0; b < kWaterfallBuckets; ++b) {
            const qint64 delta = w.bucketCents[size_t(b)];
            BarValues& bar = m_bars[size_t(b + 1)];
            bar.amount = delta;
            bar.deals = w.bucketDeals[size_t(b)];
            const qint64 next = level + delta;
            bar.base = std::max<qint64>(0, std::min(level, next));
            if (delta >= 0)
                bar.rise = std::max(level, next) - bar.base;
            else
                bar.fall = std::max(level, next) - bar.base;
            level = next;
        }
        m_bars[kEndRow] = {0, 0, 0, w.endCents, w.endCents, w.endDeals};
    }
    qint64 highest = 0;
    for (const BarValues& v : m_bars)
        highest = std::max(highest, v.base + v.rise + v.fall + v.total);
    const double units = double(highest) / 100.0;
    m_scale = units >= 2e6 ? 1e6 : units >= 2e3 ? 1e3 : 1.0;
    endResetModel();
}

double WaterfallModel::top() const {
    qint64 highest = 0;
    for (const BarValues& v : m_bars)
        highest = std::max(highest, v.base + v.rise + v.fall + v.total);
    return double(highest) / 100.0 / m_scale;
}

int WaterfallModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kRows;
}

int WaterfallModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

WaterfallModel::BarValues WaterfallModel::values(int row) const {
    return m_bars[size_t(row)];
}

QVariant WaterfallModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= kRows || index.column() >= ColumnCount)
        return {};
    const BarValues v = values(index.row());
    const auto chart = [this](qint64 cents) { return double(cents) / 100.0 / m_scale; };
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Bar:
            return barName(index.row());
        case Base:
            return chart(v.base);
        case Rise:
            return chart(v.rise);
        case Fall:
            return chart(v.fall);
        case Total:
            return chart(v.total);
        case Amount:
            if (!m_waterfall.available)
                return QCoreApplication::translate("WaterfallModel", "n/a");
            return formatMoney(double(v.amount) / 100.0, m_currency, false);
        case Deals:
            if (!m_waterfall.available)
                return QCoreApplication::translate("WaterfallModel", "n/a");
            return QLocale().toString(v.deals);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::EditRole && index.column() == Amount)
        return double(v.amount) / 100.0;
    if (role == Qt::TextAlignmentRole && index.column() != Bar)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && m_waterfall.available)
        return QCoreApplication::translate("WaterfallModel", "%1: %2 (%n deal(s))", nullptr, int(v.deals))
            .arg(barName(index.row()), formatMoney(double(v.amount) / 100.0, m_currency, false));
    return {};
}

QVariant WaterfallModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Bar:
        return QCoreApplication::translate("WaterfallModel", "Bar");
    case Base:
        return QCoreApplication::translate("WaterfallModel", "Base");
    case Rise:
        return QCoreApplication::translate("WaterfallModel", "Added");
    case Fall:
        return QCoreApplication::translate("WaterfallModel", "Taken away");
    case Total:
        return QCoreApplication::translate("WaterfallModel", "Pipeline");
    case Amount:
        return QCoreApplication::translate("WaterfallModel", "Amount");
    case Deals:
        return QCoreApplication::translate("WaterfallModel", "Deals");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace revalign::ui
