#!/usr/bin/env bash
# The main job: build lysc and the runtime, compile the example schemas (schemas/)
# into generated/ (GraphQL SDL, SQL, the IR snapshot, the C++ server sources) and
# migrations/ (the next migration, when the schemas changed), build the example
# server, migrate a SQLite file, load the dev fixtures and serve on 127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DLYS_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)" --target lysc

lysc=build-release/lysc
$lysc check schemas
$lysc build schemas -o generated
$lysc migrate diff schemas --migrations migrations --name "${LYS_MIGRATION_NAME:-schema_update}"

# Built after generation, so it is built from what lysc just wrote.
cmake --build build-release -j"$(nproc)" --target catalog-server
server=build-release/catalog-server
database="${LYS_DATABASE_URL:-sqlite:catalog.db}"
port="${LYS_PORT:-8080}"

$server migrate up --database "$database"
$server fixtures load --database "$database" --env dev

cat <<MSG

The catalog server is starting on http://127.0.0.1:$port (Ctrl-C stops it). Try:

  curl -s http://127.0.0.1:$port/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ products(first: 5) { totalCount nodes { name price status category { code } reviews { nodes { rating body } } } } }"}'

MSG
exec $server serve --database "$database" --host 127.0.0.1 --port "$port"
