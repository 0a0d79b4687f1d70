#include "store/pg/pgtransaction.h"

#include <QCoreApplication>

namespace revalign {

PgTransaction::PgTransaction(PgConnection& conn, Mode mode)
    : m_conn(conn) {
    m_conn.exec(mode == Mode::ReadOnlySnapshot ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
}

PgTransaction::~PgTransaction() {
    if (m_done || !m_conn.isOpen())
        return; // a lost session has rolled back on the server already
    try {
        m_conn.exec("ROLLBACK");
    } catch (const Error&) {
        // Nothing to undo on a connection that fails now: the server rolls back when the session ends.
    }
}

void PgTransaction::commit() {
    m_done = true;
    try {
        m_conn.exec("COMMIT");
    } catch (const PgError& e) {
        if (e.kind() != PgError::Kind::ConnectionLost)
            throw;
        throw PgError(PgError::Kind::ConnectionLost,
                      QCoreApplication::translate(
                          "PgConnection", "%1 The server may or may not have saved the changes: check, "
                                          "and repeat the work if they are missing.")
                          .arg(e.message()),
                      e.sqlState());
    }
}

} // namespace revalign
