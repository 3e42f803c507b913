#!/usr/bin/env bash
# A throwaway PostgreSQL server for the integration tests, from the distribution's
# package (Debian: `apt-get install postgresql`); no system service is touched.
#
#   eval "$(scripts/pg.sh start [DIR])"   # initialises and starts it, prints the URL
#   scripts/pg.sh stop [DIR]              # stops it (the data stays for the next start)
#   scripts/pg.sh status [DIR]
#
# The server listens on 127.0.0.1 only (no Unix socket), with trust authentication
# for loopback and fsync off: a test database, never a real one. `start` prints
# `export LYS_TEST_PG_URL=postgresql://...` and writes the URL to DIR/url and the
# export line to DIR/env. Both commands are idempotent.
#
# Environment: LYS_PG_PORT forces the port (default: a free one); LYS_PG_BIN the
# directory of initdb/pg_ctl (default: the newest /usr/lib/postgresql/*/bin).
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres`
# system user, which then owns DIR.
set -euo pipefail

readonly DATABASE=lys_test
readonly SUPERUSER=postgres

die() {
  echo "pg.sh: $*" >&2
  exit 1
}
say() { echo "pg.sh: $*" >&2; }

default_dir() {
  # One server per worktree and user, so parallel checkouts do not stop each other's.
  local repo key
  repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  key=$(printf '%s' "$repo" | cksum | cut -d' ' -f1)
  echo "${TMPDIR:-/tmp}/lys-pg-$(id -un)-$key"
}

find_bin() {
  if [[ -n "${LYS_PG_BIN:-}" ]]; then
    [[ -x "$LYS_PG_BIN/pg_ctl" ]] || die "LYS_PG_BIN=$LYS_PG_BIN has no pg_ctl"
    echo "$LYS_PG_BIN"
    return
  fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5n | tail -n1 || true)
  [[ -n "$newest" && -x "$newest/pg_ctl" ]] ||
    die "no PostgreSQL server found in /usr/lib/postgresql/*/bin; install it: apt-get install postgresql"
  echo "$newest"
}

# Runs a command as the server's owner: ourselves, or `postgres` when we are root.
as_owner() {
  if [[ $(id -u) -ne 0 ]]; then
    "$@"
  elif command -v runuser >/dev/null; then
    runuser -u postgres -- "$@"
  else
    su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  fi
}

port_in_use() {
  # bash's /dev/tcp connects; success means something listens there.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_port() {
  local port tries
  for ((tries = 0; tries < 50; tries++)); do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" || {
      echo "$port"
      return
    }
  done
  die "no free port found on 127.0.0.1"
}

is_running() { as_owner "$BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1; }

url_for_port() { echo "postgresql://$SUPERUSER@127.0.0.1:$1/$DATABASE"; }

publish_url() {
  local url
  url=$(url_for_port "$1")
  echo "$url" >"$DIR/url"
  echo "export LYS_TEST_PG_URL=$url" >"$DIR/env"
  echo "export LYS_TEST_PG_URL=$url"
  say "PostgreSQL $(basename "$(dirname "$BIN")") on $url (data in $DATA)"
}

psql_admin() {
  "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U "$SUPERUSER" -d postgres "${@:2}"
}

initialise() {
  say "initialising a cluster in $DATA"
  rm -rf "$DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" -E UTF8 --no-locale \
    --auth=trust >"$DIR/initdb.log" 2>&1 || die "initdb failed; see $DIR/initdb.log"
  # Only loopback TCP connections exist (no socket, listen on 127.0.0.1 only).
  as_owner sh -c "cat >'$DATA/pg_hba.conf'" <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
host    all       all   127.0.0.1/32  trust
EOF
  as_owner sh -c "cat >>'$DATA/postgresql.conf'" <<'EOF'

# lys test server (scripts/pg.sh): loopback only, speed over durability.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

wait_until_ready() {
  local i
  for ((i = 0; i < 100; i++)); do
    "$BIN/pg_isready" -q -h 127.0.0.1 -p "$1" -d postgres -U "$SUPERUSER" && return 0
    is_running || return 1
    sleep 0.1
  done
  return 1
}

start() {
  mkdir -p "$DIR"
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' system user"
    chown postgres: "$DIR"
    as_owner test -w "$DIR" || die "user 'postgres' cannot write $DIR (check its parents' permissions)"
  fi

  if is_running && [[ -f "$DIR/port" ]] && wait_until_ready "$(cat "$DIR/port")"; then
    say "already running"
    publish_url "$(cat "$DIR/port")"
    return
  fi
  [[ -f "$DATA/PG_VERSION" ]] || initialise

  # A port taken between the check and the bind fails the start: try another one.
  local port attempt
  for ((attempt = 0; attempt < 5; attempt++)); do
    if [[ -n "${LYS_PG_PORT:-}" ]]; then
      port=$LYS_PG_PORT
      ! port_in_use "$port" || die "port $port (LYS_PG_PORT) is already in use"
    else
      port=$(pick_port)
    fi
    # pg_ctl and the server clean up a postmaster.pid whose process is gone.
    if as_owner "$BIN/pg_ctl" start -D "$DATA" -l "$DIR/server.log" -w -t 30 \
      -o "-p $port" >/dev/null 2>&1 && wait_until_ready "$port"; then
      echo "$port" >"$DIR/port"
      psql_admin "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" |
        grep -q 1 || psql_admin "$port" -c "CREATE DATABASE $DATABASE"
      publish_url "$port"
      return
    fi
    is_running && as_owner "$BIN/pg_ctl" stop -D "$DATA" -m immediate >/dev/null 2>&1 || true
    [[ -z "${LYS_PG_PORT:-}" ]] || break
  done
  tail -n 20 "$DIR/server.log" >&2 || true
  die "the server did not start; see $DIR/server.log"
}

stop() {
  if [[ -d "$DATA" ]] && is_running; then
    as_owner "$BIN/pg_ctl" stop -D "$DATA" -m fast -w >/dev/null
    say "stopped"
  else
    say "not running"
  fi
  rm -f "$DIR/port" "$DIR/url" "$DIR/env"
}

status() {
  if [[ -d "$DATA" ]] && is_running && [[ -f "$DIR/url" ]]; then
    cat "$DIR/url"
  else
    say "not running"
    return 3
  fi
}

command=${1:-}
DIR=${2:-$(default_dir)}
[[ "$command" != start ]] || mkdir -p "$DIR"
[[ ! -d "$DIR" ]] || DIR=$(cd "$DIR" && pwd)
DATA=$DIR/data
BIN=$(find_bin)

case "$command" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: pg.sh start|stop|status [DIR]" ;;
esac
