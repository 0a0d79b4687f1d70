#include "metrics/dataquality.h"

#include <QCoreApplication>

#include <algorithm>

namespace revalign {

namespace {
QString text(const char* source) {
    return QString::fromUtf8(source);
}

struct Check {
    const char* key;
    const char* title;
    const char* effect;
};

// One check per bit of the per-record quality flags set when the snapshot loaded.
template <typename Columns>
QualityFinding byFlag(const Columns& columns, RecordKind kind, quint8 flag, const Check& check) {
    QualityFinding f{QString::fromLatin1(check.key),
                     text(check.title),
                     text(check.effect),
                     kind,
                     0,
                     qint64(columns.id.size()),
                     0,
                     {}};
    for (size_t i = 0; i < columns.id.size(); ++i)
        if (columns.quality[i] & flag)
            f.ids.push_back(columns.id[i]);
    std::sort(f.ids.begin(), f.ids.end());
    f.count = qint64(f.ids.size());
    return f;
}
} // namespace

const QualityFinding* QualityReport::find(const QString& key) const {
    for (const QualityFinding& f : findings)
        if (f.key == key)
            return &f;
    return nullptr;
}

QualityReport checkDataQuality(const FactTable& facts, const QualityInputs& inputs) {
    const ContactColumns& c = facts.contacts;
    const OpportunityColumns& o = facts.opportunities;
    std::vector<QualityFinding> all;
    all.push_back(byFlag(
        o, RecordKind::Opportunities, kClosedBeforeCreated,
        {"closed_before_created", QT_TRANSLATE_NOOP("DataQuality", "Deals closed before they were created"),
         QT_TRANSLATE_NOOP("DataQuality", "Left out of the sales cycle and sales velocity; still counted "
                                          "in bookings and win rate.")}));
    all.push_back(byFlag(
        o, RecordKind::Opportunities, kWonBeforeFirstContact,
        {"won_before_first_contact",
         QT_TRANSLATE_NOOP("DataQuality", "Deals won before their contact was first seen"),
         QT_TRANSLATE_NOOP("DataQuality", "Left out of the sales cycle and sales velocity; still counted "
                                          "in bookings and win rate.")}));
    all.push_back(byFlag(
        c, RecordKind::Contacts, kStagesOutOfOrder,
        {"stage_dates_out_of_order",
         QT_TRANSLATE_NOOP("DataQuality", "Contacts whose stage dates are out of order (a later stage "
                                          "dated before an earlier one)"),
         QT_TRANSLATE_NOOP("DataQuality", "The impossible intervals are left out of time in stage; the "
                                          "stages still count.")}));
    all.push_back(byFlag(
        o, RecordKind::Opportunities, kNoAmount,
        {"deals_without_amount", QT_TRANSLATE_NOOP("DataQuality", "Deals without an amount"),
         QT_TRANSLATE_NOOP("DataQuality", "Counted with amount 0 in pipeline, bookings and deal size.")}));
    all.push_back(byFlag(
        o, RecordKind::Opportunities, kOpenPastCloseDate,
        {"open_past_close_date", QT_TRANSLATE_NOOP("DataQuality", "Open deals past their close date"),
         QT_TRANSLATE_NOOP("DataQuality", "Still counted as open pipeline: the close date needs updating "
                                          "in the CRM.")}));
    all.push_back(byFlag(
        o, RecordKind::Opportunities, kUndefinedStage,
        {"undefined_deal_stages",
         QT_TRANSLATE_NOOP("DataQuality", "Deals in a deal stage no one has defined"),
         QT_TRANSLATE_NOOP("DataQuality", "Weighted with the deal's own probability, else 0; define the "
                                          "stage to give it a probability and a forecast category.")}));
    all.push_back(
        byFlag(c, RecordKind::Contacts, kContactUndated,
               {"contacts_without_dates", QT_TRANSLATE_NOOP("DataQuality", "Contacts without any date"),
                QT_TRANSLATE_NOOP("DataQuality", "In no period: counted only when the range is All time.")}));
    all.push_back(byFlag(
        o, RecordKind::Opportunities, kNoCreatedDate | kNoCloseDate,
        {"deals_without_dates",
         QT_TRANSLATE_NOOP("DataQuality", "Deals without a creation date, or closed without a close date"),
         QT_TRANSLATE_NOOP("DataQuality", "Left out of the period figures that need the date; counted when "
                                          "the range is All time.")}));
    {
        QualityFinding d{
            QStringLiteral("duplicate_people"),
            text(QT_TRANSLATE_NOOP("DataQuality", "The same person in more than one record (same email)")),
            text(QT_TRANSLATE_NOOP("DataQuality",
                                   "Each record counts as a lead of its own: merge them in the "
                                   "CRM, or import one source per person.")),
            RecordKind::Contacts,
            0,
            qint64(c.id.size()),
            qint64(inputs.duplicateEmails.size()),
            {}};
        for (const auto& group : inputs.duplicateEmails)
            d.ids.insert(d.ids.end(), group.begin(), group.end());
        std::sort(d.ids.begin(), d.ids.end());
        d.ids.erase(std::unique(d.ids.begin(), d.ids.end()), d.ids.end());
        d.count = qint64(d.ids.size());
        all.push_back(std::move(d));
    }
    QualityReport r;
    for (QualityFinding& f : all) {
        r.checks.push_back(f.key);
        if (f.count > 0)
            r.findings.push_back(std::move(f));
    }
    return r;
}

} // namespace revalign
