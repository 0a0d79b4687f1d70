#!/usr/bin/env bash
# One more weekly deals snapshot against SQLite's own CSV loader, measured side by side in the same run.
#
#   bench/snapshot_bench.sh [BUILD_DIR]   (default build/release; CONTACTS=1000000 DEALS=60000 WEEKS=12)
#
# Builds a demo workspace of CONTACTS contacts (its own deals carry twelve weekly snapshots), imports WEEKS-1
# weekly Salesforce exports of DEALS deals (5 % changed from week to week) with --as-of, then times
#   baseline: `sqlite3 fresh.db` in WAL mode running `.import --csv week12.csv deals` (all columns as text)
#   ours:     `revalign-cli import WORKSPACE week12.csv --as-of …` (profile detection, formats, parse,
#             change detection by content hash, the changed deals updated with their before-images, their
#             new states written and the previous ones closed, one transaction)
# and prints seconds and the ratio ours/baseline (must be <= 1). Then runs waterfall_bench on the result.
set -euo pipefail
BUILD=${1:-build/release}
CLI="$BUILD/app/revalign-cli"
HERE="$(cd "$(dirname "$0")" && pwd)"
CONTACTS=${CONTACTS:-1000000}
DEALS=${DEALS:-60000}
WEEKS=${WEEKS:-12}
[ -x "$CLI" ] || { echo "snapshot_bench: $CLI not built (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "snapshot_bench: sqlite3 missing (apt-get install sqlite3)" >&2; exit 2; }
TMP="$(mktemp -d /tmp/revalign-snapshot-bench.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT

seconds() { # runs the command, prints its wall time in seconds
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err" >&2; exit 1; }
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}

python3 "$HERE/snapshot_bench_gen.py" "$WEEKS" "$DEALS" "$TMP"
echo "demo workspace: $CONTACTS contacts ($(seconds "$CLI" demo "$TMP/ws.revalign" --contacts "$CONTACTS" --seed 3 --end 2024-03-25) s)"
for w in $(seq 1 $((WEEKS - 1))); do
    asof=$(python3 -c "import datetime; print(datetime.date(2024, 1, 1) + datetime.timedelta(days=7 * $w))")
    s=$(seconds "$CLI" import "$TMP/ws.revalign" "$TMP/$(printf 'week%02d.csv' "$w")" --as-of "$asof")
    echo "week $w as of $asof: $s s ($(head -c 120 "$TMP/out" | tr -d '\n'))"
done
last=$(printf 'week%02d.csv' "$WEEKS")
asof=$(python3 -c "import datetime; print(datetime.date(2024, 1, 1) + datetime.timedelta(days=7 * $WEEKS))")
sync
base=$(seconds sqlite3 -cmd "PRAGMA journal_mode=WAL" "$TMP/base.db" ".import --csv $TMP/$last deals")
ours=$(seconds "$CLI" import "$TMP/ws.revalign" "$TMP/$last" --as-of "$asof")
grep -q "updated" "$TMP/out" || { echo "snapshot_bench: unexpected result: $(cat "$TMP/out")" >&2; exit 1; }
echo "week $WEEKS: $(cat "$TMP/out")"
awk -v b="$base" -v o="$ours" -v n="$DEALS" 'BEGIN {
    printf "%-8s %10s %10s %7s\n", "deals", "sqlite3 s", "import s", "ratio"
    printf "%-8d %10.3f %10.3f %7.2f\n", n, b, o, o / b }'
if [ -x "$BUILD/bench/waterfall_bench" ]; then
    "$BUILD/bench/waterfall_bench" "$TMP/ws.revalign" 3
fi
