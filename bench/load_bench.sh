#!/usr/bin/env bash
# Server load benchmark: catalog-server under wrk on PostgreSQL and SQLite over
# 100,000 products, against a bare libpq loop running the same statements.
#
#   bench/load_bench.sh [BUILD_DIR]     # default: build-release
#
# Builds nothing: BUILD_DIR must hold catalog-server and libpq_ceiling (Release,
# LYS_BUILD_BENCH=ON). Starts a private PostgreSQL (scripts/pg.sh) in WORK, seeds
# both databases (bench/load/seed_*.sql), then for each database and workload runs
# RUNS times: a fresh server, a checked warm-up, a measured wrk run; it reads the
# server's peak RSS (VmHWM) before stopping it. Before that, for each workload, it
# captures the SQL the server runs on PostgreSQL (log_statement = all on its
# connections only), and it runs libpq_ceiling on it right after each PostgreSQL run,
# so that both sides of the ratio see the machine in the same state. Prints medians
# over the runs, and the CPU time the hypervisor stole during each run.
#
# Environment: DURATION (seconds per measured run, 20), CONNECTIONS (wrk
# connections, 16), WORKERS (server HTTP threads = pool size = ceiling threads and
# connections, so both sides run as many statements at once; 8, the server's
# default), THREADS (wrk threads, 2), RUNS (3), WORK (scratch directory, a new temporary one by default),
# WORKLOADS (the workloads to run, space-separated; all three by default), DATABASES
# (those to serve from, of "postgres sqlite"; both by default), PIN_POSTGRES (1: run
# PostgreSQL on the upper half of the CPUs and everything else, the servers, wrk and
# the ceiling's loop, on the lower half, as when the database has a machine of its
# own; 0, the default, lets every process run on every CPU).
set -euo pipefail

readonly REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly BUILD=$(cd "${1:-$REPO/build-release}" && pwd)
readonly DURATION=${DURATION:-20} CONNECTIONS=${CONNECTIONS:-16} THREADS=${THREADS:-2}
readonly WORKERS=${WORKERS:-8}
readonly RUNS=${RUNS:-3}
readonly PIN_POSTGRES=${PIN_POSTGRES:-0}
readonly LOAD="$REPO/bench/load"
readonly SERVER="$BUILD/catalog-server" CEILING="$BUILD/libpq_ceiling"
read -r -a WORKLOADS <<<"${WORKLOADS:-product_by_id newest_products clients_with_products}"
read -r -a DATABASES <<<"${DATABASES:-postgres sqlite}"
readonly WORKLOADS DATABASES
WORK=${WORK:-$(mktemp -d)}
readonly WORK
chmod go+rx "$WORK"  # run as root, scripts/pg.sh starts PostgreSQL as 'postgres' inside it

die() {
  echo "load_bench.sh: $*" >&2
  exit 1
}
say() { echo "load_bench.sh: $*" >&2; }

for binary in "$SERVER" "$CEILING" /usr/bin/wrk; do
  [[ -x "$binary" ]] || die "$binary is missing (see bench/README.md for the build)"
done

# The servers verify access tokens with this secret; workload 3 reads clients, which
# anonymous callers may not, with an administrator's token signed with it.
LYS_SECRET_KEY="lys-bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
LYS_BENCH_TOKEN=$(LYS_SECRET_KEY=$LYS_SECRET_KEY python3 "$LOAD/admin_token.py")
# Global ids are sealed with a key derived from the same secret: workload 1's ids, and
# the session settings the captured statements read it from, for libpq_ceiling.
LYS_BENCH_PRODUCT_IDS="$WORK/product_ids"
LYS_SECRET_KEY=$LYS_SECRET_KEY python3 "$LOAD/sealed_ids.py" product-ids >"$LYS_BENCH_PRODUCT_IDS"
CEILING_PGOPTIONS=$(LYS_SECRET_KEY=$LYS_SECRET_KEY python3 "$LOAD/sealed_ids.py" pgoptions)
export LYS_SECRET_KEY LYS_BENCH_TOKEN LYS_BENCH_PRODUCT_IDS
# wrk is one client sending as fast as it can: the rate limits would measure themselves.
export LYS_RATE_LIMIT_IP=off LYS_RATE_LIMIT_USER=off

# Command prefixes that run a program on PostgreSQL's CPUs or on the others (taskset
# execs it: the process keeps its pid), empty unless PIN_POSTGRES is 1.
ON_POSTGRES_CPUS=() ON_OTHER_CPUS=()
if [[ "$PIN_POSTGRES" == 1 ]]; then
  cpu_count=$(nproc)
  ((cpu_count >= 2)) || die "PIN_POSTGRES=1 needs two CPUs or more"
  cpu_range() { if (($1 == $2)); then echo "$1"; else echo "$1-$2"; fi; }
  ON_POSTGRES_CPUS=(taskset -c "$(cpu_range $((cpu_count / 2)) $((cpu_count - 1)))")
  ON_OTHER_CPUS=(taskset -c "$(cpu_range 0 $((cpu_count / 2 - 1)))")
fi
readonly ON_POSTGRES_CPUS ON_OTHER_CPUS

server_pid=
stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}
trap 'stop_server; "$REPO/scripts/pg.sh" stop "$WORK/pg" >/dev/null 2>&1 || true' EXIT

# Starts catalog-server on database URL $1 (any free port); sets server_pid and port.
start_server() {
  local log="$WORK/server.out"
  : >"$log"  # before the server starts: no stale "listening on" line
  LYS_HTTP_THREADS=$WORKERS LYS_POOL_SIZE=$WORKERS LYS_ENV=prod \
    "${ON_OTHER_CPUS[@]}" "$SERVER" serve --database "$1" --port 0 >"$log" 2>"$WORK/server.err" &
  server_pid=$!
  for _ in $(seq 100); do
    port=$(sed -n 's|^listening on http://[^:]*:\([0-9]*\)$|\1|p' "$log")
    [[ -n "$port" ]] && return
    kill -0 "$server_pid" 2>/dev/null || die "the server did not start: $(cat "$WORK/server.err")"
    sleep 0.1
  done
  die "the server did not start within 10 s"
}

# Runs workload $1 against the server for $2 seconds with $3 connections; extra
# arguments go to wrk. Prints wrk's report.
run_wrk() {
  local workload=$1 seconds=$2 connections=$3
  shift 3
  "${ON_OTHER_CPUS[@]}" wrk --threads "$(((connections < THREADS) ? connections : THREADS))" \
    --connections "$connections" --duration "${seconds}s" --timeout 30s --latency "$@" \
    --script "$LOAD/$workload.lua" "http://127.0.0.1:$port"
}

# A checked run: every response must be a 200 with data and no errors.
check_workload() {
  LYS_BENCH_CHECK=1 run_wrk "$1" 1 1 >/dev/null || die "workload $1 gave a bad response"
}

# wrk's latency "1.23ms" / "456.00us" / "1.02s" in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000
    printf "%.2f", n }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

seed() {
  say "PostgreSQL: $("${ON_POSTGRES_CPUS[@]}" "$REPO/scripts/pg.sh" start "$WORK/pg" 2>&1 | tail -n 1)"
  local admin_url
  admin_url=$(cat "$WORK/pg/url")
  psql -q "$admin_url" -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS lys_bench" -c "CREATE DATABASE lys_bench"
  PG_URL="${admin_url%/*}/lys_bench"
  SQLITE_URL="sqlite:$WORK/bench.db"
  rm -f "$WORK/bench.db"
  for url in "$PG_URL" "$SQLITE_URL"; do
    "$SERVER" migrate up --database "$url" --migrations "$REPO/migrations" >/dev/null
    "$SERVER" fixtures load --database "$url" --env dev >/dev/null
  done
  local started=$SECONDS
  psql -q -v ON_ERROR_STOP=1 "$PG_URL" -f "$LOAD/seed_postgres.sql"
  sqlite3 -bail "$WORK/bench.db" <"$LOAD/seed_sqlite.sql"
  say "seeded 100,000 products in each database in $((SECONDS - started)) s"
}

# Measures workload $2 on database URL $1 RUNS times; appends one line per run to
# $WORK/results: database workload req/s p50 p99 rss_mb.
measure() {
  local url=$1 workload=$2 database=$3
  for run in $(seq "$RUNS"); do
    start_server "$url"
    check_workload "$workload"
    run_wrk "$workload" 2 "$CONNECTIONS" >/dev/null  # warm-up: every connection prepares
    local report steal
    steal=$(steal_ticks)
    report=$(run_wrk "$workload" "$DURATION" "$CONNECTIONS")
    local rss_kb
    rss_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status")
    stop_server
    if grep -q "Non-2xx\|Socket errors" <<<"$report"; then
      die "$database $workload: errors under load: $report"
    fi
    local rate p50 p99
    rate=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$report")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$report")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$report")")
    echo "$database $workload $rate $p50 $p99 $(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')" \
      "steal $(steal_since "$steal")" | tee -a "$WORK/results" >&2
    if [[ "$database" == postgres ]]; then run_ceiling "$workload"; fi
  done
}

# The CPU time stolen from this virtual machine (/proc/stat), in clock ticks; and the
# share of the machine's time stolen since such a reading, as a percentage.
steal_ticks() { awk '$1 == "cpu" { print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
steal_since() {
  read -r stolen total <<<"$1"
  steal_ticks | awk -v s="$stolen" -v t="$total" '{ printf "%.0f%%", 100 * ($1 - s) / ($2 - t) }'
}

# The statement the server runs for workload $1 on PostgreSQL, for libpq_ceiling.
capture_statement() {
  local workload=$1 log="$WORK/pg/server.log" offset
  offset=$(stat -c %s "$log")
  start_server "$PG_URL?options=-c%20log_statement%3Dall"
  check_workload "$workload"
  stop_server
  "$LOAD/captured_statement.py" "$log" "$offset" "$WORK/$workload.sql" "$WORK/$workload.params"
}

# One libpq_ceiling run on workload $1's statement; appends "ceiling workload
# statements/s p50 p99".
run_ceiling() {
  local workload=$1 line steal
  steal=$(steal_ticks)
  line=$(PGOPTIONS=$CEILING_PGOPTIONS "${ON_OTHER_CPUS[@]}" "$CEILING" "$PG_URL" "$WORK/$workload.sql" \
    "$WORK/$workload.params" "$WORKERS" "$DURATION")
  awk -v w="$workload" -v s="$(steal_since "$steal")" '{ print "ceiling", w, $2, $4, $7, "-", "steal", s }' \
    <<<"$line" | tee -a "$WORK/results" >&2
}

report() {
  echo
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); medians of $RUNS runs of" \
    "${DURATION} s, $CONNECTIONS connections, $WORKERS workers"
  printf '%-26s %-10s %10s %9s %9s %9s %8s %6s\n' workload database req/s p50_ms p99_ms rss_MB \
    vs_libpq steal
  for workload in "${WORKLOADS[@]}"; do
    local ceiling
    ceiling=$(awk -v w="$workload" '$1 == "ceiling" && $2 == w { print $3 }' "$WORK/results" \
      | median)
    local rows=("${DATABASES[@]}")
    [[ " ${DATABASES[*]} " == *" postgres "* ]] && rows+=(ceiling)  # measured with PostgreSQL only
    for database in "${rows[@]}"; do
      local column values=()
      for column in 3 4 5 6 8; do
        values+=("$(awk -v d="$database" -v w="$workload" -v c="$column" \
          '$1 == d && $2 == w { print $c }' "$WORK/results" | median)")
      done
      local ratio=""
      [[ "$database" == postgres ]] && ratio=$(awk -v a="${values[0]}" -v b="$ceiling" \
        'BEGIN { printf "%.0f%%", 100 * a / b }')
      printf '%-26s %-10s %10s %9s %9s %9s %8s %6s\n' "$workload" "$database" "${values[0]}" \
        "${values[1]}" "${values[2]}" "${values[3]:--}" "$ratio" "${values[4]}"
    done
  done
}

say "work directory: $WORK; load average at the start: $(cut -d" " -f1-3 /proc/loadavg)"
if [[ "$PIN_POSTGRES" == 1 ]]; then
  say "PostgreSQL on CPUs ${ON_POSTGRES_CPUS[2]}; the servers, wrk and the ceiling on ${ON_OTHER_CPUS[2]}"
fi
: >"$WORK/results"
seed
for workload in "${WORKLOADS[@]}"; do
  if [[ " ${DATABASES[*]} " == *" postgres "* ]]; then capture_statement "$workload"; fi
  for database in "${DATABASES[@]}"; do
    case $database in
      postgres) measure "$PG_URL" "$workload" postgres ;;
      sqlite) measure "$SQLITE_URL" "$workload" sqlite ;;
      *) die "unknown database '$database' in DATABASES" ;;
    esac
  done
done
report
