#pragma once

#include <QStringList>

namespace revalign {

class Database;

// What the file lacks of the schema this build expects at its version: every table, column and index the
// migrations create. The expectation is derived from the migrations themselves (run once per process on
// an in-memory database), so it never drifts from them. Empty when the schema is whole. Extra tables or
// columns are not problems. Costs a few milliseconds (sqlite_master and one table_info per table).
QStringList schemaProblems(Database& db);

// PRAGMA integrity_check (`full`) or quick_check: empty when the file is sound, else SQLite's findings
// (the first 20). quick_check skips only the index-to-table cross-check. Both read the whole file: at
// a million contacts (a 785 MB file) quick_check takes 11 s warm and 21 s cold, integrity_check 28-30 s
// (issue 10.3), so neither runs at every open; see Workspace::open(). Measured again on 1M generated
// HubSpot contacts (bench/import_bench_gen.py, a 185 MB file, dev build, machine shared with builds):
// quick_check 11.3 s cold / 7.2 s warm, integrity_check 14.6 s / 27.0 s. Every open runs schemaProblems()
// (milliseconds); the full integrity_check runs on `info --check` and before every upgrade.
QStringList integrityProblems(Database& db, bool full);

} // namespace revalign
