#!/usr/bin/env bash
# Install Debian packages the tests run for real (nginx for the gateway test, Chromium and its
# driver for the page's browser test) when their programs are missing.
# Usage: scripts/ensure-debian-packages.sh PROGRAM=PACKAGE [PROGRAM=PACKAGE ...]
set -euo pipefail
missing=()
for pair in "$@"; do
  program=${pair%%=*}
  package=${pair#*=}
  if ! command -v "$program" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$program" ] && [ ! -x "/usr/bin/$program" ]; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing: ${missing[*]}; this user cannot install them: run 'sudo apt-get install -y ${missing[*]}'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
  apt-get update >/dev/null
  apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
}
