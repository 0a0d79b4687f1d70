// The meeting's notes and action items, the appendix of definitions, and the document around them.
#include "kpiformat.h"
#include "models/changelogmodel.h"
#include "report/packsections.h"
#include "report/packstyle.h"
#include "report/packtext.h"
#include "report/packtr.h"
#include "uitext.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace revalign::ui::report {

namespace {
// In tables a date never breaks across lines (no-break spaces).
QString shortDate(const QDate& d) {
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")).replace(u' ', QChar(0x00A0))
                       : QStringLiteral("—");
}

QString span(const QString& cls, const QString& html) {
    return QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, html);
}

Block muted(const QString& text) {
    return Block::text(QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(text)));
}

// Where an item stands in this period, and the colour of its marker.
std::pair<QString, QColor> actionStatus(const ActionItem& a, const DateRange& period) {
    if (a.doneOn.isValid() && a.doneOn <= period.to)
        return {span(QStringLiteral("good"), esc(Pack::tr("Done on %1").arg(shortDate(a.doneOn)))),
                colour::good};
    QString status = a.raisedOn < period.from
                         ? esc(Pack::tr("Open — carried over since %1").arg(shortDate(a.raisedOn)))
                         : esc(Pack::tr("Open — raised %1").arg(shortDate(a.raisedOn)));
    QColor marker = colour::second;
    if (a.dueOn.isValid() && a.dueOn < period.to) {
        status += QStringLiteral("<br>") +
                  span(QStringLiteral("bad"), esc(Pack::tr("overdue since %1").arg(shortDate(a.dueOn))));
        marker = colour::bad;
    }
    if (a.doneOn.isValid())
        status += QStringLiteral("<br>") +
                  span(QStringLiteral("muted"), esc(Pack::tr("done later, on %1").arg(shortDate(a.doneOn))));
    return {status, marker};
}

QString targetLines(const KpiDefinition& k, const QString& currency) {
    QStringList lines;
    for (const auto& [period, label] :
         {std::pair{PeriodKind::Week, Pack::tr("Week")}, std::pair{PeriodKind::Month, Pack::tr("Month")},
          std::pair{PeriodKind::Quarter, Pack::tr("Quarter")}}) {
        auto t = k.target(period);
        if (!t)
            continue;
        if (k.unit == KpiUnit::Money || k.unit == KpiUnit::MoneyPerDay)
            *t /= 100.0; // money targets are kept in cents
        lines << esc(Pack::tr("%1: %2").arg(label, formatKpiValue(k.key, t, k.unit, currency)));
    }
    return lines.isEmpty() ? span(QStringLiteral("muted"), esc(Pack::tr("none agreed")))
                           : lines.join(QStringLiteral("<br>"));
}

// A stored change value as people read it: targets ("week=2.821e+07, month=…", money in cents) in the
// KPI's unit; anything else as stored.
QString changeValue(const DefinitionChange& c, const std::vector<KpiDefinition>& kpis,
                    const QString& currency) {
    if (c.entity != u"kpi" || c.field != u"targets" || (c.newValue.isEmpty() && c.oldValue.isEmpty()))
        return {};
    const auto kpi =
        std::find_if(kpis.begin(), kpis.end(), [&](const KpiDefinition& k) { return k.key == c.entityKey; });
    if (kpi == kpis.end())
        return {};
    const auto readable = [&](const QString& stored) {
        if (stored.isEmpty())
            return Pack::tr("none");
        QStringList parts;
        for (const QString& part : stored.split(u',', Qt::SkipEmptyParts)) {
            const QStringList kv = part.trimmed().split(u'=');
            bool ok = false;
            double v = kv.value(1).toDouble(&ok);
            if (kv.size() != 2 || !ok)
                return stored;
            if (kpi->unit == KpiUnit::Money || kpi->unit == KpiUnit::MoneyPerDay)
                v /= 100.0;
            const auto period = periodKindFromKey(kv[0]);
            const QString label = period == PeriodKind::Week      ? Pack::tr("Week")
                                  : period == PeriodKind::Month   ? Pack::tr("Month")
                                  : period == PeriodKind::Quarter ? Pack::tr("Quarter")
                                                                  : kv[0];
            parts << Pack::tr("%1: %2").arg(label, formatKpiValue(kpi->key, v, kpi->unit, currency));
        }
        return parts.join(QStringLiteral(", "));
    };
    return Pack::tr("%1 → %2").arg(readable(c.oldValue), readable(c.newValue));
}

// What a change is about, by the name people read (the KPI's or stage's), else the stored key.
QString entityName(const DefinitionChange& c, const DefinitionsInput& in) {
    if (c.entity == u"kpi")
        for (const KpiDefinition& k : in.kpis)
            if (k.key == c.entityKey)
                return kpiName(k);
    if (c.entity == u"stage")
        for (const FunnelStage& st : in.stages)
            if (st.key == c.entityKey)
                return stageDisplayName(st);
    return c.entityKey;
}

// The agreement most KPIs share (one sentence above the table instead of the same line on every row).
std::pair<QDate, QString> commonAgreement(const std::vector<KpiDefinition>& kpis) {
    std::map<std::pair<QDate, QString>, int> counts;
    for (const KpiDefinition& k : kpis)
        if (k.agreedOn.isValid())
            ++counts[{k.agreedOn, k.agreedBy}];
    std::pair<QDate, QString> best;
    int most = 0;
    for (const auto& [agreement, n] : counts)
        if (n > most) {
            best = agreement;
            most = n;
        }
    return most >= 2 ? best : std::pair<QDate, QString>{};
}
} // namespace

Section notesSection(const NotesInput& in) {
    Section s;
    s.key = QStringLiteral("notes");
    s.title = Pack::tr("Notes and action items");
    const QLocale l;
    if (in.meetings.empty())
        s.blocks.push_back(
            muted(Pack::tr("No meeting was recorded in %1: nobody took notes on the weekly sync "
                           "page for these days.")
                      .arg(dayRange(in.period.range))));
    for (const MeetingNotes& m : in.meetings) {
        QString heading =
            Pack::tr("Meeting of %1").arg(l.toString(m.meeting.heldOn, QStringLiteral("dddd d MMMM yyyy")));
        if (!m.meeting.title.isEmpty())
            heading += QStringLiteral(" — ") + m.meeting.title;
        s.blocks.push_back(Block::heading(esc(heading)));
        if (m.notes.empty()) {
            s.blocks.push_back(muted(Pack::tr("No notes were taken.")));
            continue;
        }
        std::vector<TableRow> rows;
        for (const MeetingNote& n : m.notes)
            rows.push_back({{esc(teamName(n.team)), esc(n.author), esc(n.text)}, false, {}});
        s.blocks.push_back(Block::table(
            {{Pack::tr("Team"), 1, false}, {Pack::tr("Said by"), 1.5, false}, {Pack::tr("Note"), 5, false}},
            std::move(rows)));
    }

    s.blocks.push_back(Block::heading(esc(Pack::tr("Action items"))));
    if (in.actions.empty()) {
        s.blocks.push_back(
            muted(Pack::tr("No action item was open, raised or done in %1.").arg(dayRange(in.period.range))));
        return s;
    }
    qint64 open = 0, done = 0, carried = 0;
    std::vector<TableRow> rows;
    for (const ActionItem& a : in.actions) {
        const auto [status, marker] = actionStatus(a, in.period.range);
        const bool isDone = a.doneOn.isValid() && a.doneOn <= in.period.range.to;
        ++(isDone ? done : open);
        carried += a.raisedOn < in.period.range.from && !isDone ? 1 : 0;
        rows.push_back({{esc(a.text), esc(a.owner), esc(teamName(a.team)), esc(shortDate(a.dueOn)), status},
                        false,
                        marker});
    }
    s.blocks.push_back(
        Block::text(QStringLiteral("<p>%1</p>")
                        .arg(esc(Pack::tr("%1 open (%2 carried over from earlier meetings), %3 done "
                                          "in %4.")
                                     .arg(l.toString(open), l.toString(carried), l.toString(done),
                                          dayRange(in.period.range))))));
    s.blocks.push_back(Block::table({{Pack::tr("Action"), 3.2, false},
                                     {Pack::tr("Owner"), 1.3, false},
                                     {Pack::tr("Team"), 1, false},
                                     {Pack::tr("Due"), 1.2, false},
                                     {Pack::tr("Status"), 2.3, false}},
                                    std::move(rows)));
    return s;
}

Section definitionsSection(const DefinitionsInput& in) {
    Section s;
    s.key = QStringLiteral("definitions");
    s.title = Pack::tr("Appendix: the definitions in force");
    s.blocks.push_back(
        muted(Pack::tr("Every figure in this pack was computed with these definitions. One set of "
                       "numbers, one set of definitions.")));

    s.blocks.push_back(Block::heading(esc(Pack::tr("Funnel stages"))));
    std::vector<TableRow> stages;
    for (const FunnelStage& st : in.stages)
        stages.push_back(
            {{QStringLiteral("<b>%1</b>").arg(esc(stageDisplayName(st))), esc(teamName(st.team)),
              esc(stageDisplayDefinition(st)),
              st.slaHours ? esc(Pack::tr("%1 business hours").arg(QLocale().toString(*st.slaHours, 'g', 6)))
                          : QStringLiteral("—")},
             false,
             {}});
    s.blocks.push_back(Block::table({{Pack::tr("Stage"), 1.3, false},
                                     {Pack::tr("Team"), 0.9, false},
                                     {Pack::tr("Definition"), 5, false},
                                     {Pack::tr("SLA to move on"), 1.3, false}},
                                    std::move(stages)));

    s.blocks.push_back(Block::heading(esc(Pack::tr("KPIs, formulas and targets"))));
    const auto [agreedOn, agreedBy] = commonAgreement(in.kpis);
    if (agreedOn.isValid())
        s.blocks.push_back(Block::text(
            QStringLiteral("<p>%1</p>")
                .arg(esc(
                    agreedBy.isEmpty()
                        ? Pack::tr("Agreed on %1 unless noted.").arg(longDate(agreedOn))
                        : Pack::tr("Agreed on %1 by %2 unless noted.").arg(longDate(agreedOn), agreedBy)))));
    std::vector<TableRow> kpis;
    for (const KpiDefinition& k : in.kpis) {
        const QString direction = k.direction == KpiDirection::HigherIsBetter ? Pack::tr("higher is better")
                                                                              : Pack::tr("lower is better");
        QString details = unitName(k.unit, in.currency) + QStringLiteral(" · ") + direction;
        if (!k.agreedOn.isValid())
            details += QStringLiteral(" · ") + Pack::tr("no agreement recorded");
        else if (k.agreedOn != agreedOn || k.agreedBy != agreedBy)
            details +=
                QStringLiteral(" · ") +
                (k.agreedBy.isEmpty() ? Pack::tr("agreed on %1").arg(longDate(k.agreedOn))
                                      : Pack::tr("agreed on %1 by %2").arg(longDate(k.agreedOn), k.agreedBy));
        kpis.push_back({{QStringLiteral("<b>%1</b><br>%2")
                             .arg(esc(kpiName(k)), span(QStringLiteral("muted"), esc(teamName(k.team)))),
                         esc(builtinText("KpiDefinition", k.formula)) + QStringLiteral("<br>") +
                             span(QStringLiteral("muted"), esc(details)),
                         targetLines(k, in.currency)},
                        false,
                        {}});
    }
    s.blocks.push_back(Block::table(
        {{Pack::tr("KPI"), 1.5, false}, {Pack::tr("Formula"), 4.6, false}, {Pack::tr("Targets"), 1.5, false}},
        std::move(kpis)));

    s.blocks.push_back(Block::heading(esc(Pack::tr("Change log: who changed what, when"))));
    if (in.changes.empty()) {
        s.blocks.push_back(
            muted(Pack::tr("No definition has been changed since the workspace was created.")));
        return s;
    }
    // One heading per sitting (same day, same person, same note), then what changed in it.
    for (size_t i = 0; i < in.changes.size();) {
        const DefinitionChange& first = in.changes[i];
        const QDate day = first.at.toLocalTime().date();
        size_t end = i;
        while (end < in.changes.size() && in.changes[end].at.toLocalTime().date() == day &&
               in.changes[end].who == first.who && in.changes[end].note == first.note)
            ++end;
        QString heading =
            QStringLiteral("<span style=\"font-size:9pt\">%1 · %2").arg(esc(longDate(day)), esc(first.who));
        if (!first.note.isEmpty())
            heading += QStringLiteral(" — <i>%1</i>").arg(esc(first.note));
        s.blocks.push_back(Block::heading(heading + QStringLiteral("</span>")));
        std::vector<TableRow> rows;
        for (; i < end; ++i) {
            const DefinitionChange& c = in.changes[i];
            QString change = changeValue(c, in.kpis, in.currency);
            if (change.isEmpty())
                change = c.oldValue.isEmpty() ? c.newValue : Pack::tr("%1 → %2").arg(c.oldValue, c.newValue);
            if (c.field == u"agreed_on") {
                const auto iso = [](const QString& v) {
                    const QDate d = QDate::fromString(v, Qt::ISODate);
                    return d.isValid() ? longDate(d) : v;
                };
                change = c.oldValue.isEmpty() ? iso(c.newValue)
                                              : Pack::tr("%1 → %2").arg(iso(c.oldValue), iso(c.newValue));
            }
            rows.push_back(
                {{esc(ChangeLogModel::entityText(c.entity) + QStringLiteral(": ") + entityName(c, in)),
                  esc(ChangeLogModel::fieldText(c.field)), esc(change)},
                 false,
                 {}});
        }
        s.blocks.push_back(Block::table({{Pack::tr("What"), 2.2, false},
                                         {Pack::tr("Field"), 1.3, false},
                                         {Pack::tr("Change"), 4.2, false}},
                                        std::move(rows)));
    }
    if (in.changesLeftOut > 0)
        s.blocks.push_back(muted(Pack::tr("%n older changes are not printed: RevAlign shows them all under "
                                          "Definitions › Change log.",
                                          "", int(in.changesLeftOut))));
    return s;
}

PackDocument composePack(const PackInputs& in) {
    PackDocument doc;
    doc.title = Pack::tr("Sales–marketing sync");
    doc.workspace = in.cover.filters.isEmpty()
                        ? in.cover.workspace
                        : Pack::tr("%1 · %2").arg(in.cover.workspace, in.cover.filters);
    doc.period = periodTitle(in.cover.period);
    doc.generated = Pack::tr("Generated %1 by RevAlign %2")
                        .arg(QLocale().toString(in.generatedAt, QStringLiteral("d MMMM yyyy, HH:mm")),
                             QStringLiteral(REVALIGN_VERSION));
    doc.language = QLocale().language() == QLocale::Thai ? QStringLiteral("th") : QStringLiteral("en");
    doc.sections.push_back(coverSection(in.cover));
    doc.sections.push_back(sinceLastSyncSection(in.sinceLastSync));
    doc.sections.push_back(sideBySideSection(in.sideBySide));
    doc.sections.push_back(funnelSection(in.funnel));
    doc.sections.push_back(notesSection(in.notes));
    doc.sections.push_back(definitionsSection(in.definitions));
    return doc;
}

} // namespace revalign::ui::report
