#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace revalign {

// Rewrites SQLite placeholders (?, ?NNN) as PostgreSQL's ($n), outside string literals, quoted
// identifiers and comments, so store SQL can be written once. Bare ? count up from the highest number
// seen so far, as in SQLite.
std::string fromSqlitePlaceholders(std::string_view sql);

// Which of $1..$count `sql` names: element n (1-based; element 0 unused) is true when "$n" occurs. A
// plain scan (a "$3" inside a string literal counts too), for typing parameters a PREPARE left untyped.
std::vector<bool> namedPlaceholders(std::string_view sql, size_t count);

} // namespace revalign
