#pragma once

#include "batch/importbatch.h"
#include "batch/importfields.h"
#include "import/valueparsers.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <utility>
#include <vector>

namespace revalign {

// What one value of a column turns into: a new text for the field itself (empty = keep the value) and
// values for other fields (e.g. HubSpot Lead Status "Unqualified" -> handoff_status "rejected" plus
// rejection_reason "Unqualified").
struct ValueMapping {
    QString value;
    std::map<Field, QString> also;
    // Why this value is read as it is, when that loses a distinction the source makes (Salesforce's
    // "Most Likely" read as best_case): every import that meets the value says so, with the count.
    QString note;
    friend bool operator==(const ValueMapping&, const ValueMapping&) = default;
};

// An import profile: data, not code. Says which entity a file holds, how to recognise it, which
// column feeds which field, how values translate, how the file is written, and how rows are matched
// to what is already in the workspace. Stored as JSON (docs/import-profiles.md).
struct ImportProfile {
    QString name;  // stable key, e.g. "hubspot-contacts"
    QString title; // shown to people
    QString description;
    QString source; // the system the ids come from: "hubspot", "salesforce", ...
    ImportEntity entity = ImportEntity::Contacts;
    // The word the profile file used for its entity when it is another name for it ("leads", "deals");
    // empty = toKey(entity). Leads are written before contacts (a lead converts into a contact, so a
    // contact matching a lead by email updates that person, whatever order the files were given in).
    QString entityWord;
    // Auto-detection: the profile matches a header containing every column of any one signature...
    std::vector<QStringList> signatures;
    // ... and none of these: the columns that tell a look-alike file apart (a Salesforce OpportunityHistory
    // export has Id, StageName and CloseDate like an Opportunity export, and OpportunityId, which no
    // Opportunity export has).
    QStringList absent;
    // Column header -> field, in priority order: when several columns feed one field (API name and
    // report label, LeadId and ContactId), the first non-empty value wins.
    std::vector<std::pair<QString, Field>> columns;
    // Field -> lower-cased source value -> mapping; the key "*" maps every other non-empty value.
    std::map<Field, std::map<QString, ValueMapping>> values;
    // Values every row gets unless a column sets them (e.g. kind "event" for campaign members).
    std::map<Field, QString> defaults;
    QString encoding;   // empty = detect
    char delimiter = 0; // 0 = detect
    DateOrder dateOrder = DateOrder::Auto;
    DecimalMark decimal = DecimalMark::Auto;
    // Spellings of "no value" beyond the built-in ones (isNullSpelling), case-insensitive: for every
    // column, and for one column (by its header). They apply before the value maps' "*" and before
    // type detection; a value map that names the spelling itself wins.
    QStringList nullValues;
    std::map<QString, QStringList> columnNullValues;
    QString ownerRole; // role given to owners first seen in this file ("sdr", "ae", ...)
    // Column headers that each hold the time a deal entered one stage, as templates with a {stage} (and
    // optionally a {pipeline}) placeholder: HubSpot's `Date entered "{stage} ({pipeline})"`. Every header
    // a template matches feeds the deal's stage history (ImportRecord::stageEntries).
    QStringList stageEnteredColumns;
    // How rows find their existing record: "source_id" (always first) and, for contacts, "email".
    QStringList matchKeys{QStringLiteral("source_id")};

    friend bool operator==(const ImportProfile&, const ImportProfile&) = default;

    // Reads a profile; throws Error naming `origin` (a file name) and the offending key.
    static ImportProfile fromJson(const QJsonObject& json, const QString& origin);
    static ImportProfile fromJsonBytes(const QByteArray& bytes, const QString& origin);
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;

    // How well a header fits (0 = not at all): the number of mapped columns present, when a whole
    // signature is present and no `absent` column is.
    int matchScore(const QStringList& header) const;
    // The `absent` columns the header has (why a signature match was refused).
    QStringList absentPresent(const QStringList& header) const;
    bool isLeads() const { return entityWord == u"leads"; }
    bool matchesEmail() const { return matchKeys.contains(QStringLiteral("email")); }
    // What the store needs of this profile to write its rows (the rest stays with the pipeline).
    ImportRules rules() const;
};

} // namespace revalign
