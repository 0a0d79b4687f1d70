#pragma once

#include <libpq-fe.h>

#include <memory>

namespace revalign {

// Owns a PGresult, so it is freed on every path, exceptions included. Internal to store/pg (it needs
// libpq's header, which the public headers keep out of their users' builds).
struct PgResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using PgResultPtr = std::unique_ptr<PGresult, PgResultDeleter>;

inline bool hasStatus(const PgResultPtr& r, ExecStatusType status) {
    return r && PQresultStatus(r.get()) == status;
}

} // namespace revalign
