#pragma once

#include "store/pg/pgconnection.h"

namespace revalign {

// BEGIN ... COMMIT on a PgConnection; rolls back when destroyed without commit(), like Transaction.
//   ReadWrite         the default (READ COMMITTED): what imports and edits use.
//   ReadOnlySnapshot  REPEATABLE READ READ ONLY: every statement sees the same committed state, so a
//                     reader loading figures while an import commits gets them all from before or all
//                     from after, never a mix. Readers never wait for writers.
class PgTransaction final {
public:
    enum class Mode { ReadWrite, ReadOnlySnapshot };
    explicit PgTransaction(PgConnection& conn, Mode mode = Mode::ReadWrite);
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    // A connection lost during COMMIT leaves it unknown whether the server committed: the error says so
    // (the import can then be checked and re-run; imports are idempotent by content hash).
    void commit();

private:
    PgConnection& m_conn;
    bool m_done = false;
};

} // namespace revalign
