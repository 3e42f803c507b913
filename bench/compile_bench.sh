#!/usr/bin/env bash
# Times the schema compiler on a generated schema of ~1,000 entities against protoc on
# the equivalent .proto files, and measures peak memory. See bench/README.md.
#
# Usage: bench/compile_bench.sh [LYSC]   (default: build-rel/lysc, a Release build
#        without sanitizers: cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release
#        -DLYS_BUILD_TESTS=OFF && cmake --build build-rel -j2 --target lysc)
# Environment: RUNS (default 10), WORK (default a temporary directory).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
lysc="$(realpath "${1:-$root/build-rel/lysc}")"
runs="${RUNS:-10}"
work="${WORK:-$(mktemp -d)}"

python3 "$root/bench/gen_schema.py" "$work"
mkdir -p "$work/protoc-out" "$work/generated"
echo "inputs: $(cat "$work"/schema/*.lys | wc -l) lines of .lys, $(cat "$work"/proto/*.proto | wc -l) lines of .proto in $work"

check=("$lysc" check "$work/schema")
build=("$lysc" build "$work/schema" -o "$work/generated")
# The same build into a directory emptied before every run: a first build, whose cost
# includes creating every file.
fresh=("$lysc" build "$work/schema" -o "$work/fresh")
protoc_cpp=(protoc -I "$work/proto" "--cpp_out=$work/protoc-out")
protoc_cpp+=("$work"/proto/*.proto)

# Peak resident memory (and the exit status, so a failing step is visible).
peak_rss() {
  local label="$1"
  shift
  local status=0
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || status=$?
  local kib
  kib="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")"
  awk -v l="$label" -v k="$kib" -v s="$status" 'BEGIN { printf "%-8s peak RSS %6.1f MB  exit %d\n", l, k / 1024, s }'
}
peak_rss check "${check[@]}"
peak_rss build "${build[@]}"
peak_rss protoc "${protoc_cpp[@]}"

# hyperfine refuses commands that fail; IGNORE_FAILURE=1 times them anyway (label
# such numbers as partial in the README).
ignore=()
if [[ "${IGNORE_FAILURE:-0}" == 1 ]]; then ignore=(--ignore-failure); fi
# One --prepare per command: only the fresh build empties its directory first.
hyperfine --warmup 1 --runs "$runs" "${ignore[@]}" --style basic \
  --export-markdown "$work/results.md" --export-json "$work/results.json" \
  --prepare true --prepare true --prepare "rm -rf $(printf '%q' "$work/fresh")" --prepare true \
  -n "lysc check" "$(printf '%q ' "${check[@]}")" \
  -n "lysc build" "$(printf '%q ' "${build[@]}")" \
  -n "lysc build (fresh)" "$(printf '%q ' "${fresh[@]}")" \
  -n "protoc --cpp_out" "$(printf '%q ' "${protoc_cpp[@]}") 2>/dev/null"
echo
cat "$work/results.md"
echo
# hyperfine's table gives means; the README records medians.
python3 - "$work/results.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
protoc = next(result for result in results if result["command"].startswith("protoc"))
for result in results:
    print(f"{result['command']:18} median {result['median'] * 1000:8.0f} ms"
          f"   user {result['user'] * 1000:6.0f} ms   system {result['system'] * 1000:6.0f} ms"
          f"   {result['median'] / protoc['median']:5.2f} x protoc")
PY
