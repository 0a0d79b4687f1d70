#pragma once

#include <string_view>
#include <vector>

namespace revalign {

class Database;

// "RvAl" — written to PRAGMA application_id so `file(1)` and RevAlign can tell a workspace from any
// other SQLite file.
inline constexpr int kApplicationId = 0x5276416c;

struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

// Numbered migrations; version N brings a file from user_version N-1 to N. Never edit a released one:
// add the next number.
const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Gives the default deal stages their expected days (migration 7 does it for older files).
void seedDefaultExpectedDays(Database& db);

// Applies every migration above the file's user_version up to `target` (default: latest), each in its
// own transaction together with the user_version bump.
void migrate(Database& db, int target = -1);

} // namespace revalign
