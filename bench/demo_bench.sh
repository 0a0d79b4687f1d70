#!/usr/bin/env bash
# Demo generator benchmark: builds 100k- and 1M-contact demo workspaces with a Release revalign-cli and
# prints wall time and peak RSS. Baseline, measured in the same run: the sqlite3 shell inserting the same
# number of rows into the same tables of a fresh workspace with plain SQL (recursive CTEs, one transaction,
# the same bulk-load pragmas and the same index rebuild). The ratio says what our generation logic costs on
# top of SQLite's own insert speed. CPU seconds (user + system) are printed too: on a shared machine wall time
# includes waiting for the CPU, and the CPU ratio is the steadier number.
#
#   bench/demo_bench.sh [BUILD_DIR]        (default build/release; needs BUILD_DIR/app/revalign-cli)
#   DEMO_BENCH_SIZES="20000" bench/demo_bench.sh build-release     other sizes
# Needs /usr/bin/time (Debian package `time`) and sqlite3 (package `sqlite3`).
set -euo pipefail

build=${1:-build/release}
cli=$build/app/revalign-cli
sizes=${DEMO_BENCH_SIZES:-"100000 1000000"}
[ -x "$cli" ] || { echo "demo_bench: $cli not found (build it with -DCMAKE_BUILD_TYPE=Release)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "demo_bench: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "demo_bench: sqlite3 missing (apt-get install sqlite3)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/demo_bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

baseline_sql() { # accounts campaigns contacts stages opportunities touchpoints
    local acc=$1 cmp=$2 con=$3 stg=$4 opp=$5 tp=$6
    cat <<SQL
PRAGMA foreign_keys = OFF;
PRAGMA journal_mode = MEMORY;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -65536;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $cmp)
INSERT INTO campaign(id, source, source_id, name, channel, cost_cents, currency, start_date, end_date)
SELECT i, 'demo', printf('M%04d', i), 'Campaign number ' || i, 'Paid Search', 100000 * i, 'USD', '2025-01-01',
       '2026-11-26' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $acc)
INSERT INTO account(id, source, source_id, name, domain, industry, employees, country, segment)
SELECT i, 'demo', printf('A%07d', i), 'Blue River Logistics ' || i || ' Co., Ltd.', 'blueriver' || i || '.example',
       'Manufacturing', 20 + i % 5000, 'TH', 'Mid-market' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $con)
INSERT INTO contact(id, source, source_id, email, first_name, last_name, title, account_id, persona_id, channel,
                    campaign_id, owner_id, score, created_at, handoff_status, handoff_decided_at, rejection_reason,
                    first_sales_touch_at)
SELECT i, 'demo', printf('C%08d', i), 'somchai.wongsawat' || (i * 7919 % 1000003) || '@blueriver' || (i % $acc + 1) || '.example',
       'Somchai', 'Wongsawat', 'Director of Analytics', i % $acc + 1, 1 + i % 4, 'Paid Search', 1 + i % $cmp,
       1 + i % 21, 40 + i % 60, 1730000000 + i * 60, 'accepted', 1730000000 + i * 60 + 7200,
       CASE WHEN i % 3 = 0 THEN 'Not a fit' END, 1730000000 + i * 60 + 3600 FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $stg - 1)
INSERT INTO contact_stage(contact_id, stage_id, entered_at)
SELECT i / 6 + 1, i % 6 + 1, 1730000000 + i * 10 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $opp)
INSERT INTO opportunity(id, source, source_id, account_id, contact_id, owner_id, campaign_id, name, amount_cents,
                        currency, stage, probability, forecast_category, created_at, close_date, is_closed,
                        is_won, sourced_by, channel)
SELECT i, 'demo', printf('O%07d', i), i % $acc + 1, i * ($con / $opp) + 1, 14 + i % 6, 1 + i % $cmp,
       'Blue River Logistics Co., Ltd. — Analytics Platform', 3200000 + i * 100, 'USD', 'Closed Won', 1.0, 'closed',
       1730000000 + i * 600, '2026-01-15', 1, 1, 'marketing', 'Paid Search' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $tp)
INSERT INTO touchpoint(id, source, source_id, contact_id, occurred_at, channel, campaign_id, kind, team)
SELECT i, 'demo', printf('T%09d', i), (i - 1) * $con / $tp + 1, 1730000000 + i * 10, 'Organic Search',
       1 + i % $cmp, 'web_visit', 'marketing' FROM n;
COMMIT;
PRAGMA journal_mode = WAL;
SQL
}

printf '%-9s %8s %9s %8s %11s %12s %13s %20s %24s\n' contacts demo_s demo_cpu_s demo_MB baseline_s baseline_cpu \
    baseline_MB "demo/baseline ratio" "demo/baseline CPU ratio"
for n in $sizes; do
    ws=$tmp/demo-$n.revalign
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$cli" demo "$ws" --contacts "$n" --seed 1 --end 2026-11-26 >/dev/null
    read -r demo_s demo_user demo_sys demo_kb <"$tmp/time"
    IFS='|' read -r acc cmp con stg opp tp < <(sqlite3 "$ws" "SELECT (SELECT count(*) FROM account),
        (SELECT count(*) FROM campaign), (SELECT count(*) FROM contact), (SELECT count(*) FROM contact_stage),
        (SELECT count(*) FROM opportunity), (SELECT count(*) FROM touchpoint)")
    rm -f "$ws" "$ws-wal" "$ws-shm"

    base=$tmp/baseline-$n.revalign
    "$cli" init "$base" >/dev/null
    baseline_sql "$acc" "$cmp" "$con" "$stg" "$opp" "$tp" >"$tmp/baseline.sql"
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" sqlite3 "$base" <"$tmp/baseline.sql" >/dev/null
    read -r base_s base_user base_sys base_kb <"$tmp/time"
    got=$(sqlite3 "$base" "SELECT (SELECT count(*) FROM contact) + (SELECT count(*) FROM touchpoint)")
    [ "$got" = "$((con + tp))" ] || { echo "demo_bench: baseline wrote $got rows, expected $((con + tp))" >&2; exit 1; }
    rm -f "$base" "$base-wal" "$base-shm"

    awk -v n="$n" -v ds="$demo_s" -v du="$demo_user" -v dy="$demo_sys" -v dk="$demo_kb" -v bs="$base_s" \
        -v bu="$base_user" -v by="$base_sys" -v bk="$base_kb" 'BEGIN {
        dc = du + dy; bc = bu + by
        printf "%-9s %8.2f %10.2f %8d %11.2f %12.2f %13d %20.2f %24.2f\n", n, ds, dc, dk / 1024, bs, bc, bk / 1024,
            (bs > 0 ? ds / bs : 0), (bc > 0 ? dc / bc : 0) }'
    echo "  rows: $acc accounts, $cmp campaigns, $con contacts, $stg stage entries, $opp opportunities, $tp touchpoints"
done
