#pragma once

#include "metrics/metricquery.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace revalign::ui {

// The filters every page shares: a date preset (or a custom range), the granularity of series, and
// persona / channel / owner / team / manager / region. Remembered between runs (QSettings "filters/...").
class FilterBar final : public QWidget {
    Q_OBJECT
public:
    enum class Preset {
        ThisWeek,
        LastWeek,
        ThisMonth,
        LastMonth,
        ThisQuarter,
        LastQuarter,
        YearToDate,
        Last12Months,
        AllData,
        Custom
    };
    Q_ENUM(Preset)

    explicit FilterBar(QWidget* parent = nullptr);

    // The names offered in the pickers, and the calendar presets are computed in.
    void setChoices(const QStringList& personas, const QStringList& channels, const QStringList& owners,
                    const QStringList& teams, const WorkspaceSettings& settings);
    // The managers (a manager stands for their whole team, see MetricFilters::managers) and regions on
    // offer; each picker is shown only when the workspace has some.
    void setOwnerHierarchy(const QStringList& managers, const QStringList& regions);
    // "Today" for presets: the earlier of the real date and the data's last day, so an export of last
    // quarter still shows numbers under "this month" (the label says which day it is anchored on).
    void setAnchor(const QDate& today, const QDate& dataTo);

    MetricQuery query() const;
    Preset preset() const;
    void setPreset(Preset preset);
    void setCustomRange(const QDate& from, const QDate& to);
    // "persona", "channel", "owner", "team", "manager", "region"
    void setFilter(const QString& dimension, const QString& name);
    void setPeriod(PeriodKind period);
    // One line naming the range and every active filter (for the meeting pack and screen readers).
    QString describe() const;
    QDate anchor() const { return m_anchor; }
    static DateRange presetRange(Preset preset, const QDate& anchor, const WorkspaceSettings& settings);

Q_SIGNALS:
    void queryChanged();

private:
    void emitChanged();
    void updateDates();
    void save() const;
    void restore();
    static void fill(QComboBox* box, const QString& allText, const QStringList& names);

    WorkspaceSettings m_settings;
    QDate m_anchor = QDate::currentDate();
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_period;
    QComboBox* m_persona;
    QComboBox* m_channel;
    QComboBox* m_owner;
    QComboBox* m_team;
    QComboBox* m_manager;
    QComboBox* m_region;
    QLabel* m_anchorNote;
    bool m_updating = false;
};

} // namespace revalign::ui
