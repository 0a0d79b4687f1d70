#!/usr/bin/env bash
# Runs a command (the test suite) with a throw-away PostgreSQL cluster, exporting its URL and friends
# (see cluster.sh) to it, and removes the cluster afterwards whatever happens: the command's exit status
# is ours. Without a PostgreSQL server installed the command still runs, without REVALIGN_TEST_PG, and the
# tests that need a server skip.
#
#   tests/pg/with-cluster.sh [--durable] COMMAND [ARGS...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
durable=
if [ "${1:-}" = "--durable" ]; then durable=--durable; shift; fi
[ $# -ge 1 ] || { echo "usage: $0 [--durable] COMMAND [ARGS...]" >&2; exit 2; }

dir=$(mktemp -d /tmp/revalign-pg.XXXXXX)
trap '"$here/cluster.sh" stop "$dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if "$here/cluster.sh" start "$dir" $durable; then
    # shellcheck disable=SC1091
    source "$dir/env"
    echo "PostgreSQL test cluster: $REVALIGN_TEST_PG (socket $REVALIGN_TEST_PG_SOCKET)"
else
    echo "PostgreSQL test cluster not started; the tests that need a server are skipped" >&2
fi
status=0
"$@" || status=$?
exit $status
