#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and the benchmarks: nothing is installed system-wide,
# nothing outlives the run.
#
#   tests/pg/cluster.sh start DIR [--durable]   initdb into DIR/data, start on a free local port, create the
#                                               test roles and a database for this run, write DIR/env
#   tests/pg/cluster.sh stop DIR                stop the server and remove DIR
#
# The server listens on 127.0.0.1 (TLS on, self-signed CA generated here) and on a unix socket in DIR.
# Run as root it runs as the unprivileged `postgres` user (initdb refuses root); DIR is handed to that user.
# DIR/env holds `export` lines for the test process (see tests/pg/with-cluster.sh):
#   REVALIGN_TEST_PG           postgresql://revalign_test@127.0.0.1:PORT/DB   (no password in the URL)
#   PGPASSFILE                 DIR/pgpass with the test roles' passwords (libpq reads it itself)
#   REVALIGN_TEST_PG_PASSWORD  the test role's password, so tests can check it never leaks into messages
#   REVALIGN_TEST_PG_CA        the CA that signed the server certificate (CN and SAN: localhost)
#   REVALIGN_TEST_PG_SOCKET    the unix socket directory
#   REVALIGN_TEST_PG_TLS_USER  a role pg_hba.conf admits over TLS only
# Without --durable the cluster trades crash safety for speed (fsync off): it is deleted afterwards anyway.
set -euo pipefail

die() { echo "pg cluster: $*" >&2; exit 1; }

bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$d" ] && [ -x "$d/initdb" ] && { echo "$d"; return; }
    command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return; }
    return 1
}

# Runs a server-side command as the cluster's owner: ourselves, or `postgres` when we are root.
as_owner() {
    if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
    local dir=$1 durable=${2:-}
    local bin; bin=$(bindir) || die "PostgreSQL server binaries not found (apt-get install postgresql)"
    command -v openssl >/dev/null || die "openssl not found (apt-get install openssl)"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        getent passwd postgres >/dev/null || die "running as root needs the 'postgres' system user (apt-get install postgresql)"
        chown postgres: "$dir"
        as_owner test -x "$dir" || die "$dir is not reachable by the postgres user (its parent folders must be)"
    fi
    chmod 0755 "$dir" # the test user (root) and the server user both reach the socket and the CA here

    local password db
    password=$(openssl rand -hex 16)
    db="revalign_test_$(date +%s)_$$"

    # A CA and a server certificate for "localhost" signed by it, so sslmode=verify-full can be tested.
    local tls="$dir/tls"
    mkdir -p "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=RevAlign test CA" \
        -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
        -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost\n' >"$tls/san.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
        -extfile "$tls/san.ext" -out "$tls/server.crt" 2>/dev/null
    chmod 0600 "$tls/server.key" "$tls/ca.key"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$tls"
    chmod 0755 "$tls" && chmod 0644 "$tls/ca.crt"

    printf '%s\n' "$password" >"$dir/superpw"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/superpw"
    chmod 0600 "$dir/superpw"
    as_owner "$bin/initdb" -D "$dir/data" -U revalign_admin --pwfile="$dir/superpw" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$dir/superpw"

    # Only this machine: TCP on 127.0.0.1 (passwords, TLS optional except for the TLS-only role) and the socket.
    cat >"$dir/data/pg_hba.conf" <<EOF
local     all all                               trust
hostnossl all revalign_tls_only 127.0.0.1/32    reject
host      all all               127.0.0.1/32    scram-sha-256
EOF
    {
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$dir'"
        echo "ssl = on"
        echo "ssl_cert_file = '$tls/server.crt'"
        echo "ssl_key_file = '$tls/server.key'"
        echo "max_connections = 60"
        echo "log_min_messages = warning"
        if [ "$durable" != "--durable" ]; then
            echo "fsync = off"
            echo "synchronous_commit = off"
            echo "full_page_writes = off"
        fi
    } >>"$dir/data/postgresql.conf"

    # Another process may take the port between our probe and the server's bind: try a few.
    local port started=
    for _ in 1 2 3 4 5; do
        port=$(free_port)
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    [ -n "$started" ] || { tail -20 "$dir/server.log" >&2; die "the server did not start"; }
    echo "$port" >"$dir/port"

    "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U revalign_admin -d postgres >/dev/null <<EOF
CREATE ROLE revalign_test LOGIN PASSWORD '$password';
CREATE ROLE revalign_tls_only LOGIN PASSWORD '$password';
CREATE DATABASE $db OWNER revalign_test;
GRANT CONNECT ON DATABASE $db TO revalign_tls_only;
EOF

    # libpq ignores a password file that others can read.
    printf '127.0.0.1:%s:*:revalign_test:%s\nlocalhost:%s:*:revalign_test:%s\n127.0.0.1:%s:*:revalign_tls_only:%s\nlocalhost:%s:*:revalign_tls_only:%s\n' \
        "$port" "$password" "$port" "$password" "$port" "$password" "$port" "$password" >"$dir/pgpass"
    chmod 0600 "$dir/pgpass"

    touch "$dir/env" && chmod 0600 "$dir/env" # it holds the test password
    cat >"$dir/env" <<EOF
export REVALIGN_TEST_PG='postgresql://revalign_test@127.0.0.1:$port/$db'
export PGPASSFILE='$dir/pgpass'
export REVALIGN_TEST_PG_PASSWORD='$password'
export REVALIGN_TEST_PG_CA='$tls/ca.crt'
export REVALIGN_TEST_PG_SOCKET='$dir'
export REVALIGN_TEST_PG_TLS_USER='revalign_tls_only'
export REVALIGN_TEST_PG_BINDIR='$bin'
EOF
}

stop() {
    local dir=$1
    [ -d "$dir" ] || return 0
    local bin
    if bin=$(bindir) && [ -f "$dir/data/postmaster.pid" ]; then
        # Immediate: the data is thrown away, a clean checkpoint would only cost time.
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
start) [ $# -ge 2 ] || die "usage: $0 start DIR [--durable]"; start "$2" "${3:-}" ;;
stop) [ $# -ge 2 ] || die "usage: $0 stop DIR"; stop "$2" ;;
*) die "usage: $0 start DIR [--durable] | stop DIR" ;;
esac
