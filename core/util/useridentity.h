#pragma once

#include <QString>

namespace revalign {

// Who is at the keyboard, as other people see it: "anna@laptop" (the login name and the machine's host
// name). Recorded on every import batch (undo takes back only the undoer's own imports) and on every
// change of a note or action item (a conflict names whose text is stored). The environment variable
// REVALIGN_USER replaces the whole value: tests act as two people with it, and a shared login account can
// tell its users apart. Never empty: "unknown@HOST" when the system names no user.
QString currentUserIdentity();

} // namespace revalign
