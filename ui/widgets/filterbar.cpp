#include "widgets/filterbar.h"

#include "metrics/period.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <utility>

namespace revalign::ui {

namespace {
QComboBox* makeCombo(const QString& accessibleName, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(8);
    return box;
}
} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_preset(makeCombo(tr("Date range"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_period(makeCombo(tr("Granularity"), this))
    , m_persona(makeCombo(tr("Persona"), this))
    , m_channel(makeCombo(tr("Channel"), this))
    , m_owner(makeCombo(tr("Owner"), this))
    , m_team(makeCombo(tr("Team"), this))
    , m_manager(makeCombo(tr("Manager"), this))
    , m_region(makeCombo(tr("Region"), this))
    , m_anchorNote(new QLabel(this)) {
    const std::pair<Preset, QString> presets[] = {
        {Preset::ThisWeek, tr("This week")},       {Preset::LastWeek, tr("Last week")},
        {Preset::ThisMonth, tr("This month")},     {Preset::LastMonth, tr("Last month")},
        {Preset::ThisQuarter, tr("This quarter")}, {Preset::LastQuarter, tr("Last quarter")},
        {Preset::YearToDate, tr("Year to date")},  {Preset::Last12Months, tr("Last 12 months")},
        {Preset::AllData, tr("All data")},         {Preset::Custom, tr("Custom…")},
    };
    for (const auto& [preset, text] : presets)
        m_preset->addItem(text, int(preset));
    m_period->addItem(tr("by week"), int(PeriodKind::Week));
    m_period->addItem(tr("by month"), int(PeriodKind::Month));
    m_period->addItem(tr("by quarter"), int(PeriodKind::Quarter));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    fill(m_persona, tr("All personas"), {});
    fill(m_channel, tr("All channels"), {});
    fill(m_owner, tr("All owners"), {});
    fill(m_team, tr("Both teams"), {});
    fill(m_manager, tr("All managers"), {});
    fill(m_region, tr("All regions"), {});
    m_manager->setToolTip(tr("A manager's team: the manager and everyone who reports to them, directly or "
                             "through other managers"));
    m_manager->hide();
    m_region->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_period);
    layout->addSpacing(12);
    layout->addWidget(m_persona);
    layout->addWidget(m_channel);
    layout->addWidget(m_owner);
    layout->addWidget(m_team);
    layout->addWidget(m_manager);
    layout->addWidget(m_region);
    layout->addWidget(m_anchorNote, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updateDates();
        emitChanged();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            m_updating = true;
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            m_updating = false;
            emitChanged();
        });
    for (QComboBox* box : {m_period, m_persona, m_channel, m_owner, m_team, m_manager, m_region})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    restore();
    updateDates();
}

void FilterBar::fill(QComboBox* box, const QString& allText, const QStringList& names) {
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allText, QString());
    for (const QString& n : names)
        box->addItem(n.isEmpty() ? tr("(none)") : n, n.isEmpty() ? QStringLiteral("(none)") : n);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

void FilterBar::setChoices(const QStringList& personas, const QStringList& channels,
                           const QStringList& owners, const QStringList& teams,
                           const WorkspaceSettings& settings) {
    m_settings = settings;
    fill(m_persona, tr("All personas"), personas);
    fill(m_channel, tr("All channels"), channels);
    fill(m_owner, tr("All owners"), owners);
    fill(m_team, tr("Both teams"), teams);
    restore();
    updateDates();
}

void FilterBar::setOwnerHierarchy(const QStringList& managers, const QStringList& regions) {
    fill(m_manager, tr("All managers"), managers);
    fill(m_region, tr("All regions"), regions);
    // Only "(none)" (or nothing) on offer: the workspace has no hierarchy to pick from.
    const auto any = [](const QStringList& names) {
        return std::any_of(names.begin(), names.end(), [](const QString& n) { return !n.isEmpty(); });
    };
    m_manager->setVisible(any(managers));
    m_region->setVisible(any(regions));
    restore();
    updateDates();
}

void FilterBar::setAnchor(const QDate& today, const QDate& dataTo) {
    m_anchor = dataTo.isValid() && dataTo < today ? dataTo : today;
    m_anchorNote->setText(m_anchor != today ? tr("Periods anchored on %1, the last day with data")
                                                  .arg(QLocale().toString(m_anchor, QLocale::ShortFormat))
                                            : QString());
    updateDates();
}

DateRange FilterBar::presetRange(Preset preset, const QDate& anchor, const WorkspaceSettings& settings) {
    const PeriodCalendar calendar(settings);
    switch (preset) {
    case Preset::ThisWeek:
        return calendar.containing(anchor, PeriodKind::Week);
    case Preset::LastWeek:
        return calendar.containing(anchor.addDays(-7), PeriodKind::Week);
    case Preset::ThisMonth:
        return calendar.containing(anchor, PeriodKind::Month);
    case Preset::LastMonth:
        return calendar.containing(calendar.containing(anchor, PeriodKind::Month).from.addDays(-1),
                                   PeriodKind::Month);
    case Preset::ThisQuarter:
        return calendar.containing(anchor, PeriodKind::Quarter);
    case Preset::LastQuarter:
        return calendar.containing(calendar.containing(anchor, PeriodKind::Quarter).from.addDays(-1),
                                   PeriodKind::Quarter);
    case Preset::YearToDate: {
        // The fiscal year to date.
        QDate start(anchor.year(), settings.fiscalYearStartMonth, 1);
        if (start > anchor)
            start = start.addYears(-1);
        return {start, anchor};
    }
    case Preset::Last12Months:
        return {anchor.addMonths(-12).addDays(1), anchor};
    case Preset::AllData:
    case Preset::Custom:
        break;
    }
    return {};
}

FilterBar::Preset FilterBar::preset() const {
    return Preset(m_preset->currentData().toInt());
}

void FilterBar::setPreset(Preset preset) {
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void FilterBar::setCustomRange(const QDate& from, const QDate& to) {
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    updateDates();
    emitChanged();
}

void FilterBar::setFilter(const QString& dimension, const QString& name) {
    QComboBox* box = dimension == u"persona"   ? m_persona
                     : dimension == u"channel" ? m_channel
                     : dimension == u"owner"   ? m_owner
                     : dimension == u"manager" ? m_manager
                     : dimension == u"region"  ? m_region
                                               : m_team;
    const int index = box->findData(name);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

void FilterBar::setPeriod(PeriodKind period) {
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void FilterBar::updateDates() {
    const Preset p = preset();
    const bool custom = p == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom || p == Preset::AllData) {
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        return;
    }
    m_from->setVisible(true);
    m_to->setVisible(true);
    const DateRange r = presetRange(p, m_anchor, m_settings);
    const bool wasUpdating = std::exchange(m_updating, true);
    m_from->setDate(r.from);
    m_to->setDate(r.to);
    m_updating = wasUpdating;
}

MetricQuery FilterBar::query() const {
    MetricQuery q;
    if (preset() != Preset::AllData)
        q.range = {m_from->date(), m_to->date()};
    q.period = PeriodKind(m_period->currentData().toInt());
    const auto pick = [](const QComboBox* box) {
        const QString v = box->currentData().toString();
        return v.isEmpty() ? QStringList() : QStringList{v};
    };
    q.filters.personas = pick(m_persona);
    q.filters.channels = pick(m_channel);
    q.filters.owners = pick(m_owner);
    q.filters.teams = pick(m_team);
    q.filters.managers = pick(m_manager);
    q.filters.regions = pick(m_region);
    return q;
}

QString FilterBar::describe() const {
    const QLocale l;
    QStringList parts;
    const MetricQuery q = query();
    parts << (q.range.isValid()
                  ? QStringLiteral("%1 (%2 – %3)")
                        .arg(m_preset->currentText(), l.toString(q.range.from, QLocale::ShortFormat),
                             l.toString(q.range.to, QLocale::ShortFormat))
                  : m_preset->currentText());
    parts << m_period->currentText();
    for (const QComboBox* box : {m_persona, m_channel, m_owner, m_team, m_manager, m_region})
        if (box->currentIndex() > 0)
            parts << QStringLiteral("%1: %2").arg(box->accessibleName(), box->currentText());
    return parts.join(QStringLiteral(" · "));
}

void FilterBar::emitChanged() {
    if (m_updating)
        return;
    save();
    Q_EMIT queryChanged();
}

void FilterBar::save() const {
    QSettings s;
    s.setValue(QStringLiteral("filters/preset"), int(preset()));
    s.setValue(QStringLiteral("filters/from"), m_from->date());
    s.setValue(QStringLiteral("filters/to"), m_to->date());
    s.setValue(QStringLiteral("filters/period"), m_period->currentData());
    s.setValue(QStringLiteral("filters/persona"), m_persona->currentData());
    s.setValue(QStringLiteral("filters/channel"), m_channel->currentData());
    s.setValue(QStringLiteral("filters/owner"), m_owner->currentData());
    s.setValue(QStringLiteral("filters/team"), m_team->currentData());
    s.setValue(QStringLiteral("filters/manager"), m_manager->currentData());
    s.setValue(QStringLiteral("filters/region"), m_region->currentData());
}

void FilterBar::restore() {
    const QSettings s;
    m_updating = true;
    // INI-backed settings read numbers back as strings: compare as ints.
    const int preset =
        m_preset->findData(s.value(QStringLiteral("filters/preset"), int(Preset::Last12Months)).toInt());
    m_preset->setCurrentIndex(preset >= 0 ? preset : 0);
    if (this->preset() == Preset::Custom) {
        m_from->setDate(s.value(QStringLiteral("filters/from")).toDate());
        m_to->setDate(s.value(QStringLiteral("filters/to")).toDate());
    }
    const auto select = [&](QComboBox* box, const char* key, const QVariant& fallback) {
        const int i = box->findData(s.value(QString::fromLatin1(key), fallback));
        box->setCurrentIndex(i >= 0 ? i : 0);
    };
    const int period =
        m_period->findData(s.value(QStringLiteral("filters/period"), int(PeriodKind::Month)).toInt());
    m_period->setCurrentIndex(period >= 0 ? period : 1);
    select(m_persona, "filters/persona", QString());
    select(m_channel, "filters/channel", QString());
    select(m_owner, "filters/owner", QString());
    select(m_team, "filters/team", QString());
    select(m_manager, "filters/manager", QString());
    select(m_region, "filters/region", QString());
    m_updating = false;
}

} // namespace revalign::ui
