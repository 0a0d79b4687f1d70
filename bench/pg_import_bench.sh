#!/usr/bin/env bash
# Bulk load into PostgreSQL against psql's own CSV loader, measured side by side in the same run, on a
# throw-away local server (tests/pg/cluster.sh --durable: fsync on, as a real server).
#
#   bench/pg_import_bench.sh [BUILD_DIR]      (default: build/release; ROWS=1000000 by default)
#
# baseline  psql -c "\copy contacts_text FROM FILE CSV HEADER" into a table of 28 text columns
# ours      pg_import_bench load: the file read by core's CsvReader, ids and dates converted to integers,
#           binary COPY through PgConnection/PgCopyIn into the equivalent typed table, one transaction
# and the variants that decide how a PostgreSQL import should write (COPY format, buffer, indexes built
# before or after, UNLOGGED), then the three ways PgStatement reads the loaded table back. Both sides
# connect over TCP to 127.0.0.1 without TLS. Seconds are wall time of the whole process (GNU time %e),
# best of two runs; MB is peak RSS.
set -euo pipefail
BUILD=${1:-build/release}
ROWS=${ROWS:-1000000}
HERE="$(cd "$(dirname "$0")" && pwd)"
BENCH="$BUILD/bench/pg_import_bench"
[ -x "$BENCH" ] || { echo "pg_import_bench: $BENCH not built (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "pg_import_bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
TMP="$(mktemp -d /tmp/revalign-pg-bench.XXXXXX)"
chmod 0755 "$TMP" # the server runs as another user when we are root (cluster.sh)
CLUSTER="$TMP/cluster"
trap '"$HERE/../tests/pg/cluster.sh" stop "$CLUSTER"; rm -rf "$TMP"' EXIT
"$HERE/../tests/pg/cluster.sh" start "$CLUSTER" --durable
# shellcheck disable=SC1091
source "$CLUSTER/env"
URL="$REVALIGN_TEST_PG?sslmode=disable"
PSQL="$REVALIGN_TEST_PG_BINDIR/psql"
ADMIN=(-X -q -h "$REVALIGN_TEST_PG_SOCKET" -p "$(cat "$CLUSTER/port")" -U revalign_admin -d "${REVALIGN_TEST_PG##*/}")

csv="$TMP/contacts-$ROWS.csv"
python3 "$HERE/import_bench_gen.py" "$ROWS" "$csv"
chmod 0644 "$csv"
echo "file: $ROWS rows, $(( $(stat -c %s "$csv") / 1048576 )) MB; server: PostgreSQL $("$PSQL" "$URL" -XAtc 'SHOW server_version'), shared_buffers $("$PSQL" "$URL" -XAtc 'SHOW shared_buffers')"

settle() { # the previous run's dirty pages written out, so runs do not pay for each other
    "$PSQL" "${ADMIN[@]}" -c "CHECKPOINT" >/dev/null
}
measure() { # best "seconds peak_kb" of two runs of the command
    local best="" kb=""
    for _ in 1 2; do
        settle
        /usr/bin/time -f "%e %M" -o "$TMP/time" "$@" >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err" >&2; exit 1; }
        read -r s k <"$TMP/time"
        if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$s; kb=$k; fi
    done
    echo "$best $kb"
}

cols=$(head -1 "$csv" | awk -F, '{ for (i = 1; i <= NF; i++) printf "%sc%d text", (i > 1 ? ", " : ""), i }')
baseline() {
    "$PSQL" "$URL" -X -q -c "DROP TABLE IF EXISTS contacts_text; CREATE TABLE contacts_text ($cols)" &&
        "$PSQL" "$URL" -X -q -c "\\copy contacts_text FROM '$csv' CSV HEADER"
}
export -f baseline
export PSQL URL cols csv
read -r base_s base_kb < <(measure bash -c baseline)
rows=$("$PSQL" "$URL" -XAtc "SELECT count(*) FROM contacts_text")
[ "$rows" = "$ROWS" ] || { echo "pg_import_bench: baseline loaded $rows rows" >&2; exit 1; }
printf "%-58s %8s %7s %8s\n" "load $ROWS contacts" seconds ratio "peak MB"
printf "%-58s %8.2f %7s %8.1f\n" 'baseline: psql \copy CSV HEADER, 28 text columns' "$base_s" "1.00" "$(awk -v k="$base_kb" 'BEGIN { print k / 1024 }')"

variant() { # label, then pg_import_bench load options
    local label=$1; shift
    read -r s kb < <(measure "$BENCH" load "$URL" "$csv" "$@")
    grep -q "rows=$ROWS " "$TMP/out" || { echo "pg_import_bench: $label: $(cat "$TMP/out")" >&2; exit 1; }
    awk -v l="$label" -v s="$s" -v b="$base_s" -v k="$kb" 'BEGIN { printf "%-58s %8.2f %7.2f %8.1f\n", l, s, s / b, k / 1024 }'
}
variant "ours: binary COPY, typed, 256 KB buffer"
variant "ours: text COPY, typed" --format text
variant "ours: binary COPY, 64 KB buffer" --buffer 65536
variant "ours: binary COPY, 4 MB buffer" --buffer 4194304
variant "ours: binary COPY into an UNLOGGED table" --unlogged
variant "ours: binary COPY, primary key + unique source id before" --index keys
variant "ours: binary COPY, primary key + unique email before" --index before
variant "ours: binary COPY, primary key + unique email after" --index after

printf "\n%-58s %8s %7s %8s\n" "read $ROWS rows back (8 columns)" seconds "" "peak MB"
for transfer in binary text; do
    for mode in cursor single all; do
        read -r s kb < <(measure "$BENCH" read "$URL" --rows "$mode" --transfer "$transfer")
        grep -q "rows=$ROWS " "$TMP/out" || { echo "pg_import_bench: read: $(cat "$TMP/out")" >&2; exit 1; }
        case $mode in cursor) name=Cursor ;; single) name=SingleRow ;; *) name=All ;; esac
        awk -v l="PgStatement Rows::$name, Transfer::$transfer" -v s="$s" -v k="$kb" 'BEGIN { printf "%-58s %8.2f %7s %8.1f\n", l, s, "", k / 1024 }'
    done
done
