#!/usr/bin/env bash
# KPI engine benchmark (issue 4). For each demo size it prints:
#   1. the in-process recompute of every KPI + the funnel per filter change (bench/kpi_bench.cpp),
#   2. cold `revalign-cli kpi WORKSPACE --json` (a whole new process) vs the sqlite3 command-line tool
#      running bench/kpi_baseline.sql (the same KPIs in plain SQL) on the same file, and the ratio,
#   3. peak memory (max RSS) of both.
# Usage: bench/kpi_bench.sh BUILD_DIR [CONTACTS...]      (default sizes: 100000 1000000)
# BUILD_DIR is a Release build with benchmarks (cmake -DCMAKE_BUILD_TYPE=Release -DREVALIGN_BUILD_TESTS=OFF).
# Demo workspaces are generated in ${KPI_BENCH_TMP:-/tmp} and deleted afterwards (KEEP=1 keeps them).
# Needs /usr/bin/time (Debian package `time`) and sqlite3.
set -euo pipefail
BUILD=${1:?usage: bench/kpi_bench.sh BUILD_DIR [CONTACTS...]}
shift
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(100000 1000000); fi
HERE=$(cd "$(dirname "$0")" && pwd)
CLI="$BUILD/app/revalign-cli"
BENCH="$BUILD/bench/kpi_bench"
TMP=${KPI_BENCH_TMP:-/tmp}
RUNS=${RUNS:-3}
for tool in /usr/bin/time sqlite3 "$CLI" "$BENCH"; do
    command -v "$tool" >/dev/null || { echo "kpi_bench.sh: missing $tool" >&2; exit 2; }
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs a command RUNS times; prints "median_seconds max_rss_kb".
measure() {
    local times=() rss=0 out
    for _ in $(seq "$RUNS"); do
        out=$( { /usr/bin/time -f '%e %M' "$@" >/dev/null; } 2>&1 | tail -1)
        times+=("${out% *}")
        [ "${out#* }" -gt "$rss" ] && rss=${out#* }
    done
    printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | median)" "$rss"
}

for n in "${SIZES[@]}"; do
    ws="$TMP/kpi-bench-$n.revalign"
    if [ ! -f "$ws" ]; then
        echo "== generating a $n-contact demo workspace ($ws)"
        "$CLI" demo "$ws" --contacts "$n" --seed 1 --end 2026-06-30 >/dev/null
    fi
    echo "== $n contacts ($(du -h "$ws" | cut -f1) on disk), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    "$BENCH" "$ws" 3
    read -r cli_s cli_kb < <(measure "$CLI" kpi "$ws" --json)
    read -r sql_s sql_kb < <(measure sh -c "sqlite3 '$ws' < '$HERE/kpi_baseline.sql'")
    awk -v c="$cli_s" -v s="$sql_s" -v ck="$cli_kb" -v sk="$sql_kb" 'BEGIN {
        printf "cold revalign-cli kpi --json: %.2f s (median of runs), peak RSS %.0f MB\n", c, ck / 1024;
        printf "sqlite3 + bench/kpi_baseline.sql: %.2f s, peak RSS %.0f MB\n", s, sk / 1024;
        printf "ratio CLI / sqlite3: %.2f (< 1: the CLI is faster)\n", (s > 0 ? c / s : 0) }'
    [ "${KEEP:-0}" = 1 ] || rm -f "$ws" "$ws-wal" "$ws-shm"
done
