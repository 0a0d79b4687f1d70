#pragma once

#include "metrics/facttable.h"

namespace revalign {

// Sets the per-record quality bits of opportunities (contacts get theirs in FactTable::finish), counts
// which kinds of facts the workspace carries (FactTable::presence) and lists the records no period can
// hold for want of a date. FactStore::load calls it last, once the calendar is known.
void assessRecords(FactTable& facts);

} // namespace revalign
