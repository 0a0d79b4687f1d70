#!/usr/bin/env bash
# Crash test (issue 10, "done when"): `revalign-cli import` of a generated 100,000-row HubSpot export is
# killed with SIGKILL at several points of its run; after each kill the next open must find the workspace
# exactly as it was before the import or exactly as the finished import leaves it, compared by content
# (every table's rows, not the file's bytes: SQLite may lay pages out differently), never in between.
#
#   tests/cli/crash_test.sh REVALIGN_CLI GENERATOR.py
#
# The content digest leaves out import_batch.imported_at only (the clock of each run). Takes ~40 s.
set -euo pipefail
CLI=$1
GEN=$2
TMP="$(mktemp -d /tmp/revalign-crash-test.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT

digest() { # content of the workspace $1, one line per row, hashed
    python3 - "$1" <<'PY'
import hashlib, sqlite3, sys
db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
h = hashlib.sha256()
tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
for t in tables:
    cols = [r[1] for r in db.execute('PRAGMA table_info("%s")' % t)]
    if t == "import_batch":
        cols = [c for c in cols if c != "imported_at"]
    sel = ", ".join('"%s"' % c for c in cols)
    h.update(("\x1d" + t).encode())
    for row in sorted(repr(r) for r in db.execute('SELECT %s FROM "%s"' % (sel, t))):
        h.update(row.encode())
print(h.hexdigest())
PY
}

python3 "$GEN" 10000 "$TMP/base.csv"
python3 "$GEN" 100000 "$TMP/big.csv" --changed 2000 # updates, unchanged and new rows
"$CLI" init "$TMP/before.revalign" >/dev/null
"$CLI" import "$TMP/before.revalign" "$TMP/base.csv" >/dev/null
before=$(digest "$TMP/before.revalign")

# The finished import, timed: the kills are placed at fractions of its run.
cp "$TMP/before.revalign" "$TMP/after.revalign"
start=$(date +%s%N)
"$CLI" import "$TMP/after.revalign" "$TMP/big.csv" >"$TMP/out"
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
grep -q "100000 rows: 90000 new, 2000 updated, 8000 unchanged, 0 invalid" "$TMP/out" ||
    { echo "crash_test: unexpected import result: $(cat "$TMP/out")" >&2; exit 1; }
after=$(digest "$TMP/after.revalign")
[ "$before" != "$after" ] || { echo "crash_test: the import changed nothing" >&2; exit 1; }
echo "import of 100,000 rows: ${took_ms} ms"

failures=0
seen_before=0
seen_after=0
for percent in 5 20 40 60 80 100; do
    ws="$TMP/crash-$percent.revalign"
    cp "$TMP/before.revalign" "$ws"
    "$CLI" import "$ws" "$TMP/big.csv" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v t="$took_ms" -v p="$percent" 'BEGIN { printf "%.3f", t * p / 100000 }')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # The next open (as a user would run it) must succeed and find one of the two states.
    if ! "$CLI" info "$ws" >"$TMP/info" 2>&1; then
        echo "killed at ${percent}%: the next open failed: $(cat "$TMP/info")" >&2
        failures=$((failures + 1))
        continue
    fi
    now=$(digest "$ws")
    if [ "$now" = "$before" ]; then
        seen_before=$((seen_before + 1))
        echo "killed at ${percent}%: exactly as before the import"
    elif [ "$now" = "$after" ]; then
        seen_after=$((seen_after + 1))
        echo "killed at ${percent}%: exactly as after the import"
    else
        echo "killed at ${percent}%: the workspace is neither as before nor as after the import" >&2
        failures=$((failures + 1))
    fi
    # And it still takes the import: afterwards it is exactly as after (nothing half-done left behind).
    [ "$percent" = 5 ] || continue
    "$CLI" import "$ws" "$TMP/big.csv" >/dev/null
    [ "$(digest "$ws")" = "$after" ] ||
        { echo "killed at ${percent}%: importing again does not give the finished import" >&2; failures=$((failures + 1)); }
done
echo "before: $seen_before, after: $seen_after, failures: $failures"
[ "$failures" -eq 0 ] && [ "$seen_before" -gt 0 ]
