#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs dependencies, starts a real
# PostgreSQL server on loopback (stopped on exit), builds with warnings as errors and
# AddressSanitizer + UndefinedBehaviorSanitizer, and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
(cd tests/js && npm ci --no-audit --no-fund --loglevel=error)

pg_dir=$(mktemp -d /tmp/lys-pg.XXXXXX)
trap 'scripts/pg.sh stop "$pg_dir" >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
scripts/pg.sh start "$pg_dir"
LYS_TEST_PG_URL=$(cat "$pg_dir/url")
export LYS_TEST_PG_URL

cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DLYS_SANITIZE=ON -DLYS_WERROR=ON >/dev/null
cmake --build build-test -j"$(nproc)"
cd build-test
ctest --output-on-failure -j"$(nproc)" "$@"
