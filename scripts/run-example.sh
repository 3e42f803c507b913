#!/usr/bin/env bash
# The main job: build lysc, then compile the example schemas (schemas/) into
# generated/ (GraphQL SDL, SQL for both dialects, the IR snapshot) and migrations/
# (the next migration, when the schemas changed since the last one).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DLYS_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)" --target lysc

lysc=build-release/lysc
$lysc check schemas
$lysc build schemas -o generated
$lysc migrate diff schemas --migrations migrations --name "${LYS_MIGRATION_NAME:-schema_update}"

echo
echo "lysc is at $lysc; outputs:"
find generated migrations -type f ! -name '.lysc-manifest' | sort | sed 's/^/  /'
