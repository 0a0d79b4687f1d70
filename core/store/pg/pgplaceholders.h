#pragma once

#include <string>
#include <string_view>

namespace revalign {

// Rewrites SQLite placeholders (?, ?NNN) as PostgreSQL's ($n), outside string literals, quoted
// identifiers and comments, so store SQL can be written once. Bare ? count up from the highest number
// seen so far, as in SQLite.
std::string fromSqlitePlaceholders(std::string_view sql);

} // namespace revalign
