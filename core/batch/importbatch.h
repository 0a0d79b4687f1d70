#pragma once

#include "batch/importfields.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QString>

namespace revalign {

// The import's contract between the pipeline (core/import) and the store (core/store): value types only,
// no SQL and no profile parsing, so that neither folder includes the other (docs/postgresql.md §6).

// Where a batch came from (recorded on the batch; every row it wrote carries its id).
struct ImportBatchInfo {
    QString fileName;
    QString fileHash; // BLAKE2b-256 of the file's bytes, hex
    QString profile;
    QString entity;
    QString source;
    QDateTime importedAt; // UTC
    // The moment the export describes (its deals become a snapshot as of then); invalid = importedAt.
    QDateTime asOf;
    QString importedBy{}; // user@host (currentUserIdentity()); empty = not known (batches before schema 9)
    friend bool operator==(const ImportBatchInfo&, const ImportBatchInfo&) = default;
    QDateTime effectiveAsOf() const { return asOf.isValid() ? asOf : importedAt; }
};

// What the store needs of a profile to write its rows: the entity, the system the ids come from and how
// rows find their existing record. The rest of a profile (signatures, column names, value maps, formats)
// is the pipeline's business and has been applied by the time a record reaches the store.
struct ImportRules {
    ImportEntity entity = ImportEntity::Contacts;
    QString source;          // the system the ids come from: "hubspot", "salesforce", ...
    QString ownerRole;       // role given to owners first seen in this file; empty = "sdr"
    bool matchEmail = false; // contacts: a row whose source id is unknown may match a contact by email
    bool mapsAsOf = false;   // deals: a column gives each row's own snapshot moment (Field::AsOf)
    friend bool operator==(const ImportRules&, const ImportRules&) = default;
    QString effectiveOwnerRole() const { return ownerRole.isEmpty() ? QStringLiteral("sdr") : ownerRole; }
};

struct ImportCounts {
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 invalid = 0;
    friend bool operator==(const ImportCounts&, const ImportCounts&) = default;
};

struct ImportBatchSummary {
    ImportBatchId id;
    ImportBatchInfo info;
    ImportCounts counts;
    friend bool operator==(const ImportBatchSummary&, const ImportBatchSummary&) = default;
};

} // namespace revalign
