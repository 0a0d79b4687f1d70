#!/usr/bin/env bash
# Runs every benchmark against a Release build folder (default build/release). Each prints its own times
# and the ratio to the baseline it measures in the same run. Big workspaces and files go to a temp folder.
set -euo pipefail
build=${1:-build/release}
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "== demo generator"; "$here/demo_bench.sh" "$build"
echo "== import"; "$here/import_bench.sh" "$build"
echo "== PostgreSQL bulk load"; "$here/pg_import_bench.sh" "$build"
[ -x "$here/kpi_bench.sh" ] && { echo "== KPIs"; "$here/kpi_bench.sh" "$build"; }
[ -x "$build/bench/attribution_bench" ] && [ -x "$here/attribution_bench.sh" ] && { echo "== attribution"; "$here/attribution_bench.sh" "$build"; }
if [ -x "$build/bench/dashboard_bench" ]; then
    echo "== dashboard filter change (1,000,000 contacts)"
    "$build/app/revalign-cli" demo "$scratch/big.revalign" --contacts 1000000 --seed 3 >/dev/null
    QT_QPA_PLATFORM=offscreen "$build/bench/dashboard_bench" "$scratch/big.revalign" 2
    if [ -x "$build/bench/meetingpack_bench" ]; then
        echo "== meeting pack (1,000,000 contacts)"
        QT_QPA_PLATFORM=offscreen "$build/bench/meetingpack_bench" "$scratch/big.revalign" 3
    fi
fi
