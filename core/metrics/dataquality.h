#pragma once

#include "metrics/facttable.h"

#include <QString>

#include <optional>
#include <vector>

namespace revalign {

enum class RecordKind { Contacts, Opportunities };

// One thing the data cannot support, with every record it concerns (for the drill-down) and what the
// figures do about it. Titles and effects are English source strings (context "DataQuality"): the CLI
// prints them as they are, the UI shows their translation.
struct QualityFinding {
    QString key; // stable, e.g. "closed_before_created" (scripts read `check --json`)
    QString title;
    QString effect; // what RevAlign does with these records
    RecordKind kind = RecordKind::Contacts;
    qint64 count = 0;        // records concerned
    qint64 checked = 0;      // records of the kind that were checked: the share's denominator
    qint64 groups = 0;       // for duplicates: how many people the records stand for
    std::vector<qint64> ids; // workspace row ids, ascending

    std::optional<double> share() const {
        return checked > 0 ? std::optional<double>(double(count) / double(checked)) : std::nullopt;
    }
    friend bool operator==(const QualityFinding&, const QualityFinding&) = default;
};

// Facts only the store can read (columns the snapshot does not load), found by store/qualitystore.h.
struct QualityInputs {
    // Contact ids that share one email address, one group per address (each group ≥ 2 records).
    std::vector<std::vector<qint64>> duplicateEmails;
};

struct QualityReport {
    std::vector<QString> checks;          // every check that ran, in order (clean ones too)
    std::vector<QualityFinding> findings; // the checks that found something, same order
    const QualityFinding* find(const QString& key) const;
};

// Runs every check on a snapshot. Pure: same snapshot and inputs, same report.
QualityReport checkDataQuality(const FactTable& facts, const QualityInputs& inputs);

} // namespace revalign
