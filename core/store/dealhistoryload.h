#pragma once

namespace revalign {

class Database;
struct FactTable;

// Reads deal_state into facts.dealHistory with the carry-over rules applied: a snapshot states every
// field; an imported history row only what its file carried, the rest carried over from the entry before;
// a field no entry has stated yet takes its first stated value (flagged kAssumed). FactStore::load calls
// it once the opportunities, owners and deal stages are in `facts`.
void loadDealHistory(Database& db, FactTable& facts);

} // namespace revalign
