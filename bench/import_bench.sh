#!/usr/bin/env bash
# Import speed against SQLite's own CSV loader, measured side by side in the same run.
#
#   bench/import_bench.sh [BUILD_DIR]          (default: build/release; configure with the release preset)
#
# For 100,000 and 1,000,000 generated HubSpot contacts in two shapes (SHAPES="wide narrow" by default):
#   wide:   HubSpot's 'all properties' export, 28 columns of which 17 are mapped, ~400 bytes a row (~400 MB at 1M)
#   narrow: a saved view, 17 columns all mapped, ~217 bytes a row, five stage dates: less text per field the
#           importer must type, so the fixed costs per field weigh more than against sqlite3's text copy
# it times
#   baseline: `sqlite3 fresh.db` in WAL mode running `.import --csv FILE contacts` (all columns as text)
#   ours:     `revalign-cli import fresh.revalign FILE` (profile detection, column formats decided and
#             verified over whole columns, parse, validate, upsert contacts + stage entries + owners,
#             BLAKE2b of the file, one transaction; writing overlaps reading on a second thread)
#   re-import of the unchanged file into the same workspace (must be faster than the first import)
# and prints seconds, the ratio ours/baseline (must be <= 1) and peak RSS (GNU time %M; must stay under
# 200 MB and flat from 100k to 1M). Big files live in a temporary folder that is removed at the end.
set -euo pipefail
BUILD=${1:-build/release}
CLI="$BUILD/app/revalign-cli"
HERE="$(cd "$(dirname "$0")" && pwd)"
[ -x "$CLI" ] || { echo "import_bench: $CLI not built (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "import_bench: sqlite3 missing (apt-get install sqlite3)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "import_bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
TMP="$(mktemp -d /tmp/revalign-import-bench.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT

measure() { # prints "seconds peak_kb" of the command
    /usr/bin/time -f "%e %M" -o "$TMP/time" "$@" >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err" >&2; exit 1; }
    cat "$TMP/time"
}

printf "%-7s %-9s %9s %10s %10s %7s %11s %11s %10s %9s\n" shape rows "bytes/row" "sqlite3 s" "import s" ratio "sqlite3 MB" "import MB" "reimport s" "re/first"
for shape in ${SHAPES:-wide narrow}; do
for rows in ${ROWS:-100000 1000000}; do
    csv="$TMP/hubspot-contacts-$shape-$rows.csv"
    python3 "$HERE/import_bench_gen.py" "$rows" "$csv" --shape "$shape"
    bytes=$(stat -c %s "$csv")
    sync
    read -r base_s base_kb < <(measure sqlite3 -cmd "PRAGMA journal_mode=WAL" "$TMP/base-$rows.db" ".import --csv $csv contacts")
    "$CLI" init "$TMP/ws-$rows.revalign" >/dev/null
    read -r ours_s ours_kb < <(measure "$CLI" import "$TMP/ws-$rows.revalign" "$csv")
    grep -q "$rows new" "$TMP/out" || { echo "import_bench: unexpected result: $(cat "$TMP/out")" >&2; exit 1; }
    read -r again_s _ < <(measure "$CLI" import "$TMP/ws-$rows.revalign" "$csv")
    grep -q "$rows unchanged" "$TMP/out" || { echo "import_bench: re-import changed rows: $(cat "$TMP/out")" >&2; exit 1; }
    awk -v s="$shape" -v r="$rows" -v by="$bytes" -v b="$base_s" -v o="$ours_s" -v bk="$base_kb" -v ok="$ours_kb" -v a="$again_s" 'BEGIN {
        printf "%-7s %-9d %9.0f %10.2f %10.2f %7.2f %11.1f %11.1f %10.2f %9.2f\n", s, r, by / r, b, o, o / b, bk / 1024, ok / 1024, a, a / o }'
    rm -f "$csv" "$TMP"/base-* "$TMP"/ws-*
done
done
