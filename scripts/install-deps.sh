#!/usr/bin/env bash
# Installs everything lys needs to build, test and benchmark, from Debian's packages.
# Quick when everything is already there.
set -euo pipefail

packages=(
  # build
  cmake g++ flex bison pkg-config
  # libraries
  libpq-dev libsqlite3-dev libcjson-dev libssl-dev libfmt-dev
  # tests and benchmarks
  googletest libgtest-dev libbenchmark-dev postgresql sqlite3 nodejs
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
# npm ships with Debian's nodejs only as a separate package; the image's nodejs may bundle it.
command -v npm >/dev/null || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
