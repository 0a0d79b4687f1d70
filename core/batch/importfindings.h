#pragma once

#include "batch/importfields.h"

#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace revalign {

// What one file's import found that the figures must know about, besides its counts and row errors:
// references it could not resolve (kept until their record arrives), facts it holds without a date,
// deal stages nobody has defined yet, and notes. Written by the import's writer thread; read after it.

// A reference field whose id names no record in the workspace (yet).
struct UnresolvedReference {
    QString field;  // the import field: account_source_id, contact_source_id, campaign_source_id, email
    QString target; // account, contact, campaign
    qint64 count = 0;
    QStringList examples; // the first few distinct ids
    friend bool operator==(const UnresolvedReference&, const UnresolvedReference&) = default;
};

// A fact the file states without a date: a stage reached (its status, a Converted flag), a deal won or
// lost without a close date. Kept as "reached, date unknown".
struct UndatedFact {
    QString fact; // stage.<key> (a funnel stage), won, lost
    qint64 count = 0;
    std::vector<qint64> lines; // the first few lines
    friend bool operator==(const UndatedFact&, const UndatedFact&) = default;
};

// A deal stage of the file that the workspace has not defined (an open stage until someone does).
struct UndefinedStage {
    QString stage;
    qint64 count = 0;   // deals of this file in it
    bool added = false; // first met in this file (added to the workspace's deal stages by it)
    friend bool operator==(const UndefinedStage&, const UndefinedStage&) = default;
};

struct ImportFindings {
    std::vector<UnresolvedReference> unresolved;
    qint64 linked = 0; // references left pending by earlier files or imports that this file resolved
    std::vector<UndatedFact> undated;
    std::vector<UndefinedStage> undefinedStages;
    QStringList notes;
    friend bool operator==(const ImportFindings&, const ImportFindings&) = default;
};

// Counts findings row by row without allocating per row once a key has been seen.
class FindingsCollector final {
public:
    static constexpr int kExamples = 5;

    void unresolved(Field field, std::string_view id);
    void undated(const QString& fact, qint64 line);
    void undefinedStage(const QString& stage, bool added);
    void note(const QString& text) { m_findings.notes << text; }
    void linked(qint64 n) { m_findings.linked += n; }
    // Sorted by field / fact / stage name.
    ImportFindings take();

private:
    struct Unresolved {
        qint64 count = 0;
        std::vector<std::string> examples;
    };
    std::map<Field, Unresolved> m_unresolved;
    std::map<QString, UndatedFact> m_undated;
    std::map<QString, UndefinedStage> m_stages;
    ImportFindings m_findings;
};

// "account" for account_source_id, ...: the table a reference field points into.
const char* referenceTarget(Field field);

} // namespace revalign
